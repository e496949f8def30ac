import { describe, expect, it } from 'vitest';
import { applyCommand, DEFAULT_IMAGE_CLIP_MS, invocation } from '../../../../shared/commands';
import { centredFill } from '../../../../shared/model';
import { expectInverseRestores, sampleDoc } from '../fixtures';

const ids = (doc: ReturnType<typeof sampleDoc>) =>
  doc.tracks.video.map((clip) => `${clip.id}@${clip.start}`);

describe('clip.add', () => {
  it('appends at the end of the video track with the whole media and defaults', () => {
    const doc = expectInverseRestores(
      sampleDoc(),
      invocation('clip.add', { id: 'clip_3', mediaId: 'med_a' }),
    );
    expect(doc.tracks.video[2]).toEqual({
      id: 'clip_3',
      mediaId: 'med_a',
      start: 12_000,
      in: 0,
      out: 10_000,
      volume: 1,
      muted: false,
      reframe: centredFill(),
    });
  });

  it('places a clip with a start in time order', () => {
    const base = applyCommand(
      sampleDoc(),
      invocation('clip.move', { id: 'clip_2', start: 20_000 }),
    ).doc;
    const doc = expectInverseRestores(
      base,
      invocation('clip.add', { id: 'clip_3', mediaId: 'med_b', start: 5000, out: 3000 }),
    );
    expect(ids(doc)).toEqual(['clip_1@0', 'clip_3@5000', 'clip_2@20000']);
  });

  it('gives a still image a default length', () => {
    const doc = applyCommand(
      sampleDoc(),
      invocation('clip.add', { id: 'clip_3', mediaId: 'med_logo' }),
    ).doc;
    expect(doc.tracks.video[2]).toMatchObject({ in: 0, out: DEFAULT_IMAGE_CLIP_MS, start: 12_000 });
  });

  it('refuses audio-only media, missing media, overlaps, empty ranges and repeated ids', () => {
    const doc = sampleDoc();
    expect(() =>
      applyCommand(doc, invocation('clip.add', { id: 'c', mediaId: 'med_music' })),
    ).toThrow(/no picture/);
    expect(() => applyCommand(doc, invocation('clip.add', { id: 'c', mediaId: 'med_zz' }))).toThrow(
      /media "med_zz" does not exist/,
    );
    expect(() =>
      applyCommand(doc, invocation('clip.add', { id: 'c', mediaId: 'med_a', start: 3000 })),
    ).toThrow(/clip "c" \(3000-13000 ms\) would overlap clip "clip_1" \(0-4000 ms\)/);
    expect(() =>
      applyCommand(doc, invocation('clip.add', { id: 'c', mediaId: 'med_a', in: 500, out: 500 })),
    ).toThrow(/must be after in/);
    expect(() =>
      applyCommand(doc, invocation('clip.add', { id: 'clip_1', mediaId: 'med_a' })),
    ).toThrow(/already exists/);
  });
});

describe('clip edits', () => {
  it('clip.remove restores the whole clip on undo', () => {
    const doc = expectInverseRestores(sampleDoc(), invocation('clip.remove', { id: 'clip_1' }));
    expect(ids(doc)).toEqual(['clip_2@4000']);
  });

  it('clip.move reorders the track and refuses overlaps', () => {
    const base = sampleDoc();
    const moved = expectInverseRestores(
      applyCommand(base, invocation('clip.move', { id: 'clip_2', start: 30_000 })).doc,
      invocation('clip.move', { id: 'clip_1', start: 40_000 }),
    );
    expect(ids(moved)).toEqual(['clip_2@30000', 'clip_1@40000']);
    expect(() =>
      applyCommand(base, invocation('clip.move', { id: 'clip_1', start: 5000 })),
    ).toThrow(/would overlap clip "clip_2"/);
    // Touching end to start is not an overlap.
    const touching = applyCommand(base, invocation('clip.move', { id: 'clip_2', start: 4000 }));
    expect(ids(touching.doc)).toEqual(['clip_1@0', 'clip_2@4000']);
  });

  it('clip.trim changes in, out and start together and undoes all three', () => {
    const doc = expectInverseRestores(
      sampleDoc(),
      invocation('clip.trim', { id: 'clip_2', in: 1000, start: 5000 }),
    );
    expect(doc.tracks.video[1]).toMatchObject({ start: 5000, in: 1000, out: 8000 });
    expect(() =>
      applyCommand(sampleDoc(), invocation('clip.trim', { id: 'clip_1', in: 6000 })),
    ).toThrow(/out \(5000 ms\) must be after in \(6000 ms\)/);
    expect(() => applyCommand(sampleDoc(), { name: 'clip.trim', args: { id: 'clip_1' } })).toThrow(
      /give in, out or start/,
    );
    expect(() =>
      applyCommand(sampleDoc(), invocation('clip.trim', { id: 'clip_1', out: 9000 })),
    ).toThrow(/overlap/);
  });

  it('clip.setReframe switches between modes', () => {
    const blur = expectInverseRestores(
      sampleDoc(),
      invocation('clip.setReframe', {
        id: 'clip_1',
        reframe: { mode: 'fit-blur', blurStrength: 30 },
      }),
    );
    expect(blur.tracks.video[0]?.reframe).toEqual({ mode: 'fit-blur', blurStrength: 30 });
    const focus = {
      mode: 'fill' as const,
      focus: [
        { t: 1000, x: 0.3, y: 0.5, easing: 'easeInOut' as const },
        { t: 3000, x: 0.7, y: 0.4, easing: 'hold' as const },
      ],
    };
    expect(
      expectInverseRestores(blur, invocation('clip.setReframe', { id: 'clip_1', reframe: focus }))
        .tracks.video[0]?.reframe,
    ).toEqual(focus);
    expect(() =>
      applyCommand(sampleDoc(), {
        name: 'clip.setReframe',
        args: { id: 'clip_1', reframe: { mode: 'fit-color', color: 'red' } },
      }),
    ).toThrow(/reframe\.color/);
  });

  it('clip.setVolume sets volume and mute', () => {
    const doc = expectInverseRestores(
      sampleDoc(),
      invocation('clip.setVolume', { id: 'clip_1', volume: 1.5 }),
    );
    expect(doc.tracks.video[0]).toMatchObject({ volume: 1.5, muted: false });
    const muted = expectInverseRestores(
      doc,
      invocation('clip.setVolume', { id: 'clip_1', muted: true }),
    );
    expect(muted.tracks.video[0]).toMatchObject({ volume: 1.5, muted: true });
    expect(() =>
      applyCommand(doc, invocation('clip.setVolume', { id: 'clip_1', volume: 3 })),
    ).toThrow(/volume/);
  });
});
