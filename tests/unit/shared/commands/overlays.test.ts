import { describe, expect, it } from 'vitest';
import { applyCommand, invocation } from '../../../../shared/commands';
import type { CommandError } from '../../../../shared/commands';
import { staticTransform } from '../../../../shared/model';
import { applyAll, expectInverseRestores, sampleDoc, textOverlay } from '../fixtures';

const base = () =>
  applyAll(sampleDoc(), [
    invocation('overlay.add', { overlay: textOverlay('ovl_1', 0, 3000) }),
    invocation('overlay.add', {
      overlay: { ...textOverlay('ovl_2', 1000, 2000), outline: { color: '#000000', widthPx: 4 } },
    }),
  ]);

describe('overlay commands', () => {
  it('overlay.add stacks on top, or at an index, and undoes', () => {
    const doc = expectInverseRestores(
      base(),
      invocation('overlay.add', { overlay: textOverlay('ovl_3'), index: 0 }),
    );
    expect(doc.tracks.overlays.map((overlay) => overlay.id)).toEqual(['ovl_3', 'ovl_1', 'ovl_2']);
  });

  it('overlay.add refuses an image overlay of a video and a repeated id', () => {
    const image = {
      ...textOverlay('ovl_9'),
      kind: 'image' as const,
      mediaId: 'med_a',
      widthPx: 300,
    };
    expect(() => applyCommand(base(), invocation('overlay.add', { overlay: image }))).toThrow(
      /not an image/,
    );
    const logo = applyCommand(
      base(),
      invocation('overlay.add', { overlay: { ...image, mediaId: 'med_logo' } }),
    );
    expect(logo.doc.tracks.overlays).toHaveLength(3);
    expect(() =>
      applyCommand(base(), invocation('overlay.add', { overlay: textOverlay('ovl_1') })),
    ).toThrow(/already exists/);
  });

  it('overlay.update merges a partial change and undoes it exactly', () => {
    const keyframes = [
      ...staticTransform(0.2, 0.3),
      { ...staticTransform(0.8, 0.3)[0]!, t: 1500, easing: 'easeOut' as const },
    ];
    const doc = expectInverseRestores(
      base(),
      invocation('overlay.update', { id: 'ovl_1', patch: { text: 'Moved', transform: keyframes } }),
    );
    expect(doc.tracks.overlays[0]).toMatchObject({
      text: 'Moved',
      transform: keyframes,
      fontSizePx: 60,
    });
  });

  it('overlay.update deletes optional fields with null and adds new ones', () => {
    const cleared = expectInverseRestores(
      base(),
      invocation('overlay.update', { id: 'ovl_2', patch: { outline: null } }),
    );
    expect(cleared.tracks.overlays[1]).not.toHaveProperty('outline');
    const boxed = expectInverseRestores(
      base(),
      invocation('overlay.update', {
        id: 'ovl_1',
        patch: { box: { color: '#000000', opacity: 0.5, paddingPx: 10, radiusPx: 4 } },
      }),
    );
    expect(boxed.tracks.overlays[0]).toHaveProperty('box.opacity', 0.5);
  });

  it('overlay.update validates the result as a whole and drops unknown keys', () => {
    const refuse = (patch: Record<string, unknown>) => {
      try {
        applyCommand(base(), invocation('overlay.update', { id: 'ovl_1', patch }));
      } catch (error) {
        return error as CommandError;
      }
      throw new Error('expected a refusal');
    };
    expect(refuse({ end: 0 })).toMatchObject({
      code: 'invalid-args',
      message: expect.stringMatching(/end: an overlay must end after it starts/),
    });
    expect(refuse({ fontSizePx: 'big' }).issues[0]?.path).toBe('fontSizePx');
    expect(refuse({ text: null }).message).toMatch(/text/);
    expect(refuse({ kind: 'icon' }).message).toMatch(/cannot become another kind/);
    expect(refuse({ id: 'other' }).message).toMatch(/id of an overlay cannot change/);
    expect(refuse({}).code).toBe('invalid-args');
    const stray = applyCommand(
      base(),
      invocation('overlay.update', { id: 'ovl_1', patch: { text: 'Hi', sparkle: true } }),
    );
    expect(stray.doc.tracks.overlays[0]).not.toHaveProperty('sparkle');
    expect(stray.doc.tracks.overlays[0]).toHaveProperty('text', 'Hi');
  });

  it('overlay.remove restores the overlay at its stacking position', () => {
    const doc = expectInverseRestores(base(), invocation('overlay.remove', { id: 'ovl_1' }));
    expect(doc.tracks.overlays.map((overlay) => overlay.id)).toEqual(['ovl_2']);
  });

  it('a citation chip needs its citation', () => {
    const chip = { ...textOverlay('ovl_c'), kind: 'citationChip' as const, citationId: 'cit_1' };
    expect(() => applyCommand(base(), invocation('overlay.add', { overlay: chip }))).toThrow(
      /citation "cit_1" does not exist/,
    );
    const withCitation = { ...base(), citations: [{ id: 'cit_1', csl: { type: 'book' } }] };
    expect(
      expectInverseRestores(withCitation, invocation('overlay.add', { overlay: chip })).tracks
        .overlays,
    ).toHaveLength(3);
  });
});
