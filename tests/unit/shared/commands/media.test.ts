import { describe, expect, it } from 'vitest';
import { applyCommand, CommandError, invocation } from '../../../../shared/commands';
import {
  applyAll,
  asset,
  emptyDoc,
  expectInverseRestores,
  hashOf,
  sampleDoc,
  videoProbe,
} from '../fixtures';

describe('media commands', () => {
  it('media.add appends (or inserts at index) and undoes', () => {
    const doc = expectInverseRestores(
      emptyDoc(),
      invocation('media.add', { asset: asset('med_a') }),
    );
    expect(doc.media).toEqual([asset('med_a')]);
    const inserted = expectInverseRestores(
      doc,
      invocation('media.add', { asset: asset('med_b'), index: 0 }),
    );
    expect(inserted.media.map((m) => m.id)).toEqual(['med_b', 'med_a']);
  });

  it('media.add refuses a repeated id and a relative path', () => {
    const doc = sampleDoc();
    expect(() => applyCommand(doc, invocation('media.add', { asset: asset('med_a') }))).toThrow(
      /media "med_a" already exists/,
    );
    const relative = { ...asset('med_z'), path: 'clips/z.mp4' };
    expect(() => applyCommand(doc, invocation('media.add', { asset: relative }))).toThrow(
      /asset\.path: must be an absolute path/,
    );
  });

  it('media.remove restores the asset at its old position on undo', () => {
    const doc = sampleDoc();
    const removed = expectInverseRestores(doc, invocation('media.remove', { id: 'med_music' }));
    expect(removed.media.map((m) => m.id)).toEqual(['med_a', 'med_b', 'med_logo']);
  });

  it('media.remove refuses while anything uses the asset', () => {
    const doc = applyAll(sampleDoc(), [invocation('audio.add', { id: 'aud_1', mediaId: 'med_a' })]);
    let error: unknown;
    try {
      applyCommand(doc, invocation('media.remove', { id: 'med_a' }));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CommandError);
    expect((error as CommandError).code).toBe('precondition');
    expect((error as CommandError).message).toBe(
      'media.remove: media "med_a" is still used by 1 video clip, 1 audio clip; remove those first',
    );
    const withLogo = {
      ...sampleDoc(),
      brandKit: { ...sampleDoc().brandKit, logoMediaId: 'med_logo' },
    };
    expect(() => applyCommand(withLogo, invocation('media.remove', { id: 'med_logo' }))).toThrow(
      /1 brand logo/,
    );
  });

  it('media.relink points at the new file, clears missing, and undo restores every field', () => {
    const doc = applyAll(sampleDoc(), [
      invocation('media.setMissing', { id: 'med_a', missing: true }),
    ]);
    const relinked = expectInverseRestores(
      doc,
      invocation('media.relink', {
        id: 'med_a',
        path: 'D:\\moved\\a.mp4',
        contentHash: hashOf('moved'),
        sizeBytes: 5,
        probe: videoProbe(11_000),
      }),
    );
    const media = relinked.media[0];
    expect(media).toMatchObject({
      path: 'D:\\moved\\a.mp4',
      contentHash: hashOf('moved'),
      sizeBytes: 5,
    });
    expect(media?.probe.durationMs).toBe(11_000);
    expect(media).not.toHaveProperty('missing');
  });

  it('media.relink refuses a probe too short for the clips that use it', () => {
    const args = {
      id: 'med_a',
      path: '/x/a.mp4',
      contentHash: hashOf('x'),
      probe: videoProbe(3000),
    };
    expect(() => applyCommand(sampleDoc(), invocation('media.relink', args))).toThrow(
      /past the end/,
    );
  });

  it('media.setMissing sets and clears the flag and is not undoable', () => {
    const missing = applyCommand(
      sampleDoc(),
      invocation('media.setMissing', { id: 'med_b', missing: true }),
    );
    expect(missing.doc.media[1]?.missing).toBe(true);
    expect(missing.inverse).toEqual(
      invocation('media.setMissing', { id: 'med_b', missing: false }),
    );
    const found = applyCommand(missing.doc, missing.inverse).doc;
    expect(found).toStrictEqual(sampleDoc());
    expect(() =>
      applyCommand(sampleDoc(), invocation('media.setMissing', { id: 'med_x', missing: true })),
    ).toThrow(/does not exist/);
  });
});
