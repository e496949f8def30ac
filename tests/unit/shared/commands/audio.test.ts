import { describe, expect, it } from 'vitest';
import { applyCommand, invocation } from '../../../../shared/commands';
import { applyAll, expectInverseRestores, sampleDoc } from '../fixtures';

describe('audio commands', () => {
  it('audio.add defaults to the whole file at 0 and undoes', () => {
    const doc = expectInverseRestores(
      sampleDoc(),
      invocation('audio.add', { id: 'aud_1', mediaId: 'med_music', volume: 0.3, fadeOutMs: 2000 }),
    );
    expect(doc.tracks.audio).toEqual([
      {
        id: 'aud_1',
        mediaId: 'med_music',
        start: 0,
        in: 0,
        out: 60_000,
        volume: 0.3,
        fadeInMs: 0,
        fadeOutMs: 2000,
      },
    ]);
  });

  it('audio clips may overlap (music under voice), and a video file can supply sound', () => {
    const doc = applyAll(sampleDoc(), [
      invocation('audio.add', { id: 'aud_1', mediaId: 'med_music' }),
      invocation('audio.add', { id: 'aud_2', mediaId: 'med_a', start: 1000 }),
    ]);
    expect(doc.tracks.audio.map((clip) => clip.id)).toEqual(['aud_1', 'aud_2']);
  });

  it('audio.remove restores position on undo', () => {
    const doc = applyAll(sampleDoc(), [
      invocation('audio.add', { id: 'aud_1', mediaId: 'med_music' }),
      invocation('audio.add', { id: 'aud_2', mediaId: 'med_music' }),
    ]);
    expect(
      expectInverseRestores(doc, invocation('audio.remove', { id: 'aud_1' })).tracks.audio.map(
        (c) => c.id,
      ),
    ).toEqual(['aud_2']);
  });

  it('refuses silent media, ranges past the file and fades that do not fit', () => {
    const doc = sampleDoc();
    expect(() =>
      applyCommand(doc, invocation('audio.add', { id: 'a', mediaId: 'med_logo' })),
    ).toThrow(/has no audio/);
    expect(() =>
      applyCommand(doc, invocation('audio.add', { id: 'a', mediaId: 'med_music', out: 61_000 })),
    ).toThrow(/past the end/);
    expect(() =>
      applyCommand(
        doc,
        invocation('audio.add', {
          id: 'a',
          mediaId: 'med_music',
          out: 1000,
          fadeInMs: 800,
          fadeOutMs: 800,
        }),
      ),
    ).toThrow(/fade/);
    expect(() => applyCommand(doc, invocation('audio.remove', { id: 'nope' }))).toThrow(
      /audio clip "nope" does not exist/,
    );
  });
});
