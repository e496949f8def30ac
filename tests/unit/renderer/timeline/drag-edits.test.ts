import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand, invocation } from '../../../../shared/commands';
import {
  clampMoveDelta,
  movingEdges,
  planMove,
  planTrim,
  trimRange,
} from '../../../../renderer/timeline/drag-edits';
import { planVideoMove } from '../../../../renderer/timeline/video-move';
import type { VideoClip } from '../../../../shared/model';
import { centredFill, clipEndMs } from '../../../../shared/model';
import { timelineDocument } from './timeline-fixtures';

const retime = (doc = timelineDocument(), changes: ReturnType<typeof planMove>) =>
  applyCommand(doc, invocation('timeline.retime', { changes })).doc;

describe('planMove', () => {
  it('moves a mixed selection by the same amount, markers included', () => {
    const doc = timelineDocument();
    const items = [
      { kind: 'caption', id: 'cue_1' },
      { kind: 'overlay', id: 'ovl_icon' },
      { kind: 'marker', id: 'mrk_1' },
      { kind: 'audio', id: 'aud_m' },
    ] as const;
    const moved = retime(doc, planMove(doc, items, 700));
    expect(moved.tracks.captions[0]).toMatchObject({ start: 700, end: 2700 });
    expect(moved.tracks.overlays[0]).toMatchObject({ start: 1200, end: 3700 });
    expect(moved.markers[0]?.time).toBe(3700);
    expect(moved.tracks.audio[0]?.start).toBe(700);
    expect(moved.tracks.captions[1]).toEqual(doc.tracks.captions[1]);
  });

  it('stops a drag at the start of the timeline', () => {
    const doc = timelineDocument();
    expect(clampMoveDelta(doc, [{ kind: 'caption', id: 'cue_2' }], -9000)).toBe(-2500);
    expect(
      movingEdges(doc, [
        { kind: 'caption', id: 'cue_2' },
        { kind: 'marker', id: 'mrk_1' },
      ]),
    ).toEqual([2500, 4500, 3000]);
  });

  it('moves a video clip into free space, and reorders when dropped onto another', () => {
    const doc = timelineDocument();
    const free = retime(doc, planMove(doc, [{ kind: 'clip', id: 'clip_b' }], 1000));
    expect(free.tracks.video.map((c) => [c.id, c.start])).toEqual([
      ['clip_a', 0],
      ['clip_b', 5000],
    ]);
    // clip_b (2 s) dragged to start at 500: its middle is before clip_a's, so it goes first.
    const reordered = retime(doc, planMove(doc, [{ kind: 'clip', id: 'clip_b' }], -3500));
    expect(reordered.tracks.video.map((c) => [c.id, c.start])).toEqual([
      ['clip_b', 0],
      ['clip_a', 2000],
    ]);
  });
});

function clip(id: string, start: number, length: number): VideoClip {
  return {
    id,
    mediaId: 'm',
    start,
    in: 0,
    out: length,
    volume: 1,
    muted: false,
    reframe: centredFill(),
  };
}

describe('planVideoMove', () => {
  const track = [clip('a', 0, 1000), clip('b', 1000, 1000), clip('c', 2000, 1000)];

  it('inserts at the cut nearest the dragged middle, closing the hole it left', () => {
    // a dragged over c's second half: b and c close up, a goes after c.
    const plan = planVideoMove(track, new Set(['a']), 1800);
    expect(plan.inserted).toBe(true);
    expect(Object.fromEntries(plan.starts)).toEqual({ b: 0, c: 1000, a: 2000 });
  });

  it('pushes later clips only as far as needed', () => {
    const gappy = [clip('a', 0, 1000), clip('b', 1000, 1000), clip('c', 5000, 1000)];
    const plan = planVideoMove(gappy, new Set(['a']), 900);
    // a goes after b: b moves to 0, a to 1000; c, far away, stays.
    expect(Object.fromEntries(plan.starts)).toEqual({ b: 0, a: 1000 });
  });

  it('always leaves a track without overlaps that keeps every clip (property)', () => {
    const trackArb = fc
      .array(fc.tuple(fc.nat(3000), fc.integer({ min: 1, max: 3000 })), {
        minLength: 1,
        maxLength: 6,
      })
      .map((parts) => {
        let at = 0;
        return parts.map(([gap, length], index) => {
          const made = clip(`c${index}`, at + gap, length);
          at = clipEndMs(made);
          return made;
        });
      });
    fc.assert(
      fc.property(
        trackArb,
        fc.array(fc.boolean()),
        fc.integer({ min: -20_000, max: 20_000 }),
        (clips, picks, delta) => {
          const moving = new Set(clips.filter((_, i) => picks[i]).map((c) => c.id));
          const earliest = Math.min(...clips.filter((c) => moving.has(c.id)).map((c) => c.start));
          const clamped = moving.size === 0 ? delta : Math.max(delta, -earliest);
          const { starts } = planVideoMove(clips, moving, clamped);
          const placed = clips
            .map((c) => ({ ...c, start: starts.get(c.id) ?? c.start }))
            .sort((a, b) => a.start - b.start);
          expect(placed).toHaveLength(clips.length);
          placed.forEach((c, i) => {
            expect(c.start).toBeGreaterThanOrEqual(0);
            if (i > 0) expect(c.start).toBeGreaterThanOrEqual(clipEndMs(placed[i - 1]!));
          });
        },
      ),
    );
  });

  it('moves a group as one block and keeps its inner gaps', () => {
    const plan = planVideoMove(track, new Set(['a', 'b']), 5000);
    expect(plan.inserted).toBe(false);
    expect(Object.fromEntries(plan.starts)).toEqual({ a: 5000, b: 6000 });
  });
});

describe('trims', () => {
  const doc = timelineDocument();

  it('limits a video clip head by its source start and the clip before it', () => {
    // clip_a starts at 0 with 1000 ms of source before its in point, but cannot go before 0.
    expect(trimRange(doc, { kind: 'clip', id: 'clip_a' }, 'start', 30)).toEqual([0, 3966]);
    // clip_b (in 0) cannot reach back at all, and clip_a ends where it starts.
    expect(trimRange(doc, { kind: 'clip', id: 'clip_b' }, 'start', 30)).toEqual([4000, 5966]);
  });

  it('limits a video clip tail by the end of its media and the next clip', () => {
    // clip_a: knee.mp4 is 10 s and clip_a uses 1000-5000, but clip_b starts at 4000.
    expect(trimRange(doc, { kind: 'clip', id: 'clip_a' }, 'end', 30)).toEqual([34, 4000]);
    expect(trimRange(doc, { kind: 'clip', id: 'clip_b' }, 'end', 30)).toEqual([4034, 6000]);
  });

  it('trims a head by moving in and start together', () => {
    const change = planTrim(doc, { kind: 'clip', id: 'clip_b' }, 'start', 4500);
    expect(change).toEqual({ kind: 'clip', id: 'clip_b', start: 4500, in: 500, out: 2000 });
    const trimmed = retime(doc, [change!]);
    expect(trimmed.tracks.video[1]).toMatchObject({ start: 4500, in: 500, out: 2000 });
  });

  it('trims cues and overlays by their start or end, and nothing for an unchanged edge', () => {
    expect(planTrim(doc, { kind: 'caption', id: 'cue_1' }, 'end', 1500)).toEqual({
      kind: 'caption',
      id: 'cue_1',
      start: 0,
      end: 1500,
    });
    expect(planTrim(doc, { kind: 'overlay', id: 'ovl_icon' }, 'start', 500)).toBeNull();
    expect(trimRange(doc, { kind: 'overlay', id: 'ovl_icon' }, 'end', 30)).toEqual([534, Infinity]);
  });
});
