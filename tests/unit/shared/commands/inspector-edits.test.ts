import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  coalesceKeyOf,
  commandLabel,
  getCommand,
  invocation,
} from '../../../../shared/commands';
import { applyAll, expectInverseRestores, sampleDoc } from '../fixtures';

const withAudio = () =>
  applyAll(sampleDoc(), [
    invocation('audio.add', { id: 'aud_1', mediaId: 'med_music', out: 20_000, fadeOutMs: 1000 }),
  ]);

const withMarker = () =>
  applyAll(sampleDoc(), [invocation('marker.add', { id: 'mrk_1', time: 1500, label: 'Hook' })]);

describe('audio.update', () => {
  it('is registered with a label for the history panel', () => {
    expect(getCommand('audio.update')?.label).toBe('Edit audio clip');
    expect(commandLabel(invocation('audio.update', { id: 'aud_1', volume: 1 }))).toBe(
      'Edit audio clip',
    );
  });

  it('changes only the given fields and undoes exactly them', () => {
    const doc = expectInverseRestores(
      withAudio(),
      invocation('audio.update', { id: 'aud_1', volume: 0.5, fadeInMs: 400 }),
    );
    expect(doc.tracks.audio[0]).toEqual({
      id: 'aud_1',
      mediaId: 'med_music',
      start: 0,
      in: 0,
      out: 20_000,
      volume: 0.5,
      fadeInMs: 400,
      fadeOutMs: 1000,
    });
    const moved = expectInverseRestores(
      doc,
      invocation('audio.update', { id: 'aud_1', start: 3000, in: 1000, out: 9000 }),
    );
    expect(moved.tracks.audio[0]).toMatchObject({ start: 3000, in: 1000, out: 9000 });
  });

  it('refuses fades that do not fit, out before in, ranges past the file and unknown clips', () => {
    const doc = withAudio();
    expect(() =>
      applyCommand(doc, invocation('audio.update', { id: 'aud_1', fadeInMs: 19_500 })),
    ).toThrow(/fade in plus fade out must fit/);
    expect(() =>
      applyCommand(doc, invocation('audio.update', { id: 'aud_1', in: 20_000 })),
    ).toThrow(/must be after in/);
    expect(() =>
      applyCommand(doc, invocation('audio.update', { id: 'aud_1', out: 61_000 })),
    ).toThrow(/past the end of "music.mp3"/);
    expect(() =>
      applyCommand(doc, invocation('audio.update', { id: 'aud_1', volume: 2.5 })),
    ).toThrow(/volume/);
    expect(() => applyCommand(doc, invocation('audio.update', { id: 'aud_1' }))).toThrow(
      /at least one field/,
    );
    expect(() => applyCommand(doc, invocation('audio.update', { id: 'aud_9', volume: 1 }))).toThrow(
      /audio clip "aud_9" does not exist/,
    );
  });

  it('merges consecutive edits of the same fields into one undo step', () => {
    const key = coalesceKeyOf(invocation('audio.update', { id: 'aud_1', volume: 0.4 }));
    expect(key).toBe('audio.update:aud_1:volume');
    expect(coalesceKeyOf(invocation('audio.update', { id: 'aud_1', fadeInMs: 10 }))).not.toBe(key);
  });
});

describe('marker.update', () => {
  it('renames and moves a marker, and undoes', () => {
    const renamed = expectInverseRestores(
      withMarker(),
      invocation('marker.update', { id: 'mrk_1', label: 'Cut to close-up' }),
    );
    expect(renamed.markers).toEqual([{ id: 'mrk_1', time: 1500, label: 'Cut to close-up' }]);
    const moved = expectInverseRestores(
      renamed,
      invocation('marker.update', { id: 'mrk_1', time: 4200 }),
    );
    expect(moved.markers).toEqual([{ id: 'mrk_1', time: 4200, label: 'Cut to close-up' }]);
  });

  it('allows an empty label but refuses long labels, bad times and unknown markers', () => {
    const doc = withMarker();
    expect(
      applyCommand(doc, invocation('marker.update', { id: 'mrk_1', label: '' })).doc.markers[0]
        ?.label,
    ).toBe('');
    expect(() =>
      applyCommand(doc, invocation('marker.update', { id: 'mrk_1', label: 'x'.repeat(201) })),
    ).toThrow(/label/);
    expect(() =>
      applyCommand(doc, invocation('marker.update', { id: 'mrk_1', time: 12.5 })),
    ).toThrow(/time/);
    expect(() => applyCommand(doc, invocation('marker.update', { id: 'mrk_2', time: 10 }))).toThrow(
      /marker "mrk_2" does not exist/,
    );
  });
});
