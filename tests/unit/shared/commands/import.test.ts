import { describe, expect, it } from 'vitest';
import { applyCommand, applyTransaction, History, invocation } from '../../../../shared/commands';
import {
  asset,
  audioProbe,
  emptyDoc,
  expectInverseRestores,
  imageProbe,
  sampleDoc,
} from '../fixtures';

describe('media.import', () => {
  it('adds a video and appends a clip of all of it, as one undo step', () => {
    const start = sampleDoc();
    const doc = expectInverseRestores(
      start,
      invocation('media.import', { asset: asset('med_new'), clipId: 'clip_new' }),
    );
    expect(doc.media.at(-1)?.id).toBe('med_new');
    expect(doc.tracks.video.at(-1)).toMatchObject({
      id: 'clip_new',
      mediaId: 'med_new',
      start: 12_000,
      in: 0,
      out: 10_000,
    });

    const { doc: imported, history } = History.empty().apply(
      start,
      invocation('media.import', { asset: asset('med_new'), clipId: 'clip_new' }),
    );
    expect(history.labels.done).toEqual(['Import media']);
    expect(history.undo(imported).doc).toStrictEqual(start);
  });

  it('puts an image on the video track for the default length and audio at 0 on the audio track', () => {
    const image = applyCommand(
      emptyDoc(),
      invocation('media.import', {
        asset: asset('med_img', imageProbe()),
        clipId: 'clip_1',
        imageDurationMs: 3000,
      }),
    ).doc;
    expect(image.tracks.video[0]).toMatchObject({ start: 0, in: 0, out: 3000 });
    const music = expectInverseRestores(
      emptyDoc(),
      invocation('media.import', { asset: asset('med_mus', audioProbe()), clipId: 'aud_1' }),
    );
    expect(music.tracks.audio[0]).toMatchObject({ id: 'aud_1', start: 0, out: 60_000 });
    expect(music.tracks.video).toEqual([]);
  });

  it('without a clip id only adds the asset', () => {
    const doc = expectInverseRestores(
      emptyDoc(),
      invocation('media.import', { asset: asset('med_a') }),
    );
    expect(doc.media).toHaveLength(1);
    expect(doc.tracks.video).toEqual([]);
  });

  it('reuses an asset with the same content instead of duplicating it', () => {
    const copy = { ...asset('med_a'), id: 'med_copy', path: '/elsewhere/a.mp4' };
    const doc = expectInverseRestores(
      sampleDoc(),
      invocation('media.import', { asset: copy, clipId: 'clip_3' }),
    );
    expect(doc.media.map((m) => m.id)).toEqual(['med_a', 'med_b', 'med_music', 'med_logo']);
    expect(doc.tracks.video.at(-1)).toMatchObject({ id: 'clip_3', mediaId: 'med_a' });
    expect(doc.media[0]?.path).toBe('/footage/med_a.mp4');
    expect(() => applyCommand(sampleDoc(), invocation('media.import', { asset: copy }))).toThrow(
      /already in the project as media "med_a"/,
    );
  });

  it('relinks a missing asset when the same content is imported from a new place', () => {
    const missing = applyCommand(
      sampleDoc(),
      invocation('media.setMissing', { id: 'med_a', missing: true }),
    ).doc;
    const copy = { ...asset('med_a'), id: 'med_copy', path: '/found/a.mp4' };
    const doc = expectInverseRestores(
      missing,
      invocation('media.import', { asset: copy, clipId: 'clip_3' }),
    );
    expect(doc.media[0]).toMatchObject({ id: 'med_a', path: '/found/a.mp4' });
    expect(doc.media[0]).not.toHaveProperty('missing');
  });

  it('refuses the whole import when the clip cannot be added', () => {
    const { doc } = applyTransaction(sampleDoc(), []);
    expect(() =>
      applyCommand(doc, invocation('media.import', { asset: asset('med_new'), clipId: 'clip_1' })),
    ).toThrow(/clip "clip_1" already exists/);
  });
});
