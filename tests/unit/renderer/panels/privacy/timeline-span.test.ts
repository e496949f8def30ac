import { describe, expect, it } from 'vitest';
import { applyCommand, invocation } from '../../../../../shared/commands';
import { placeSpan, timelineSpansOf } from '../../../../../renderer/panels/privacy/timeline-span';
import { documentWithClip, mediaAsset, videoProbe } from '../../support/documents';
import { clipDoc } from './fixtures';

describe('timelineSpansOf', () => {
  it('maps source time through a trimmed clip that starts later on the timeline', () => {
    const doc = clipDoc();
    const clip = doc.tracks.video[0]!;
    const moved = {
      ...doc,
      tracks: { ...doc.tracks, video: [{ ...clip, start: 3000, in: 2000, out: 8000 }] },
    };
    expect(timelineSpansOf(moved, 'med_a', 2500, 4000)).toEqual([
      { clipId: clip.id, startMs: 3500, endMs: 5000 },
    ]);
    // Clamped to what the clip shows; nothing when the span lies outside it.
    expect(timelineSpansOf(moved, 'med_a', 1000, 9000)).toEqual([
      { clipId: clip.id, startMs: 3000, endMs: 9000 },
    ]);
    expect(timelineSpansOf(moved, 'med_a', 8500, 9000)).toEqual([]);
    expect(timelineSpansOf(moved, 'med_a', 500, 1500)).toEqual([]);
  });

  it('gives one span per clip showing the media, in timeline order', () => {
    const doc = clipDoc();
    const clip = doc.tracks.video[0]!;
    const two = {
      ...doc,
      tracks: {
        ...doc.tracks,
        video: [
          { ...clip, id: 'clip_late', start: 6000, in: 0, out: 3000 },
          { ...clip, id: 'clip_early', start: 0, in: 4000, out: 6000 },
        ],
      },
    };
    expect(timelineSpansOf(two, 'med_a', 1000, 5000)).toEqual([
      { clipId: 'clip_early', startMs: 0, endMs: 1000 },
      { clipId: 'clip_late', startMs: 7000, endMs: 9000 },
    ]);
  });

  it('maps a one-sample span, and a still to its whole clip', () => {
    expect(timelineSpansOf(clipDoc(), 'med_a', 7000, 7000)).toEqual([
      { clipId: 'clip_med_a', startMs: 7000, endMs: 7000 },
    ]);
    const still = documentWithClip(
      mediaAsset('med_p', { probe: videoProbe({ kind: 'image', durationMs: 5000 }) }),
    );
    const clip = still.tracks.video[0]!;
    expect(timelineSpansOf(still, 'med_p', -200, 200)).toEqual([
      { clipId: clip.id, startMs: clip.start, endMs: clip.start + clip.out - clip.in },
    ]);
  });
});

describe('placeSpan', () => {
  it('uses the timeline where the media plays and source time where it does not', () => {
    const doc = clipDoc();
    expect(placeSpan(doc, 'med_a', 1000, 2000)).toEqual({
      where: 'timeline',
      startMs: 1000,
      endMs: 2000,
      more: 0,
    });
    const unused = applyCommand(
      doc,
      invocation('media.import', { asset: mediaAsset('med_b') }),
    ).doc;
    expect(placeSpan(unused, 'med_b', -200, 1200)).toEqual({
      where: 'source',
      startMs: 0,
      endMs: 1200,
    });
  });
});
