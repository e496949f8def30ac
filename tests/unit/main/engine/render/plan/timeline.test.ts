import { describe, expect, it } from 'vitest';
import { firstFrameAt, timelinePlan } from '../../../../../../main/engine/render/plan/timeline';
import { asset, clip, documentWith, wideProbe } from './documents';

describe('timelinePlan', () => {
  it('fills gaps with background segments and gives every stretch its own frames', () => {
    const doc = documentWith(
      [asset('med_a', wideProbe())],
      [
        clip('c1', 'med_a', { start: 500, in: 0, out: 1001 }),
        clip('c2', 'med_a', { start: 2000, in: 3000, out: 4000 }),
      ],
      (d) => {
        d.tracks.captions.push({
          id: 'cue1',
          start: 2500,
          end: 3500,
          text: 'Knee',
          styleId: 'style-clean',
          citationIds: [],
        });
      },
    );
    const plan = timelinePlan(doc, 30);
    expect(plan.durationMs).toBe(3500);
    expect(plan.frames).toBe(105);
    expect(plan.segments.map((s) => [s.kind, s.startMs, s.frames])).toEqual([
      ['gap', 0, 15],
      ['clip', 500, 31],
      ['gap', 1501, 14],
      ['clip', 2000, 30],
      ['gap', 3000, 15],
    ]);
    expect(plan.segments.reduce((sum, s) => sum + s.frames, 0)).toBe(plan.frames);
  });

  it('rounds frame boundaries up without floating-point error', () => {
    expect(firstFrameAt(1000, 30)).toBe(30);
    expect(firstFrameAt(1001, 30)).toBe(31);
    expect(firstFrameAt(33, 30)).toBe(1);
    expect(firstFrameAt(0, 60)).toBe(0);
  });

  it('an empty document has no frames', () => {
    expect(timelinePlan(documentWith([], []), 30)).toEqual({
      segments: [],
      durationMs: 0,
      frames: 0,
    });
  });
});
