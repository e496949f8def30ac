import type { Animation, TransformKeyframe } from '../model/animation';
import type { CaptionWord } from '../model/captions';
import { interpolateTransform } from '../scene/interpolate';

/**
 * Pure timing arithmetic behind the timeline edits: what happens to an item's inner timing
 * (overlay keyframes, caption word timings, fades, animations) when its span changes.
 * Inner times are relative to the item's start; a window `[from, to]` is given in those
 * relative times (e.g. trimming 500 ms off the head is the window `[500, length]`).
 */

/** A keyframe with the transform interpolated at `t` (relative to the old start). */
function keyframeAt(keyframes: readonly TransformKeyframe[], t: number): TransformKeyframe {
  const values = interpolateTransform(keyframes, t);
  // The easing that was running at `t` carries on from the new keyframe.
  let easing = keyframes[0]?.easing ?? 'linear';
  for (const keyframe of keyframes) if (keyframe.t <= t) easing = keyframe.easing;
  return { t, ...values, easing };
}

/**
 * The keyframes of an item cut down (or extended) to the window `[from, to]`, relative to the
 * window's start: each keyframe keeps its place in absolute time. Where the window cuts
 * between two keyframes, a keyframe with the interpolated value is added at the cut, so what
 * is drawn inside the window does not change (exactly for linear and hold easing, closely for
 * the curves, which restart at the cut).
 */
export function windowKeyframes(
  keyframes: readonly TransformKeyframe[],
  from: number,
  to: number,
): TransformKeyframe[] {
  if (keyframes.length === 0) throw new RangeError('an item needs at least one keyframe');
  const inside = keyframes.filter((keyframe) => keyframe.t >= from && keyframe.t <= to);
  const before = keyframes.some((keyframe) => keyframe.t < from);
  const after = keyframes.some((keyframe) => keyframe.t > to);
  const result: TransformKeyframe[] = [];
  if (before && inside[0]?.t !== from) result.push(keyframeAt(keyframes, from));
  result.push(...inside);
  if (result.length === 0) result.push(keyframeAt(keyframes, from));
  if (after && result.at(-1)?.t !== to) result.push(keyframeAt(keyframes, to));
  return result.map((keyframe) => ({ ...keyframe, t: keyframe.t - from }));
}

/**
 * Word timings cut to the window `[from, to]` and made relative to its start; words that end
 * up outside are dropped and words across an edge are cut at it. Undefined when none remain.
 */
export function windowWords(
  words: readonly CaptionWord[] | undefined,
  from: number,
  to: number,
): CaptionWord[] | undefined {
  if (words === undefined) return undefined;
  const length = to - from;
  const kept: CaptionWord[] = [];
  for (const word of words) {
    const start = Math.max(0, word.start - from);
    const end = Math.min(length, word.end - from);
    if (end > start) kept.push({ ...word, start, end });
  }
  return kept.length > 0 ? kept : undefined;
}

/**
 * Two durations scaled down together so they fit in `length` (fades of an audio clip, enter
 * and exit animations of an overlay); unchanged when they already fit.
 */
export function fitPair(first: number, second: number, length: number): [number, number] {
  const total = first + second;
  if (total <= length) return [first, second];
  const scaledFirst = Math.floor((first * length) / total);
  return [scaledFirst, Math.min(second, length - scaledFirst)];
}

/** Enter and exit animations that fit in an overlay `length` ms long. */
export function fitAnimations(
  enter: Animation,
  exit: Animation,
  length: number,
): { enter: Animation; exit: Animation } {
  const [enterMs, exitMs] = fitPair(enter.durationMs, exit.durationMs, length);
  return {
    enter: enterMs === enter.durationMs ? enter : { ...enter, durationMs: enterMs },
    exit: exitMs === exit.durationMs ? exit : { ...exit, durationMs: exitMs },
  };
}

/** A closed-open time span `[start, end)` on one track. */
export interface Span {
  start: number;
  end: number;
}

/** Overlapping or touching spans merged, in time order. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/**
 * How far an item that starts at `time` moves left when the `removed` spans are taken out of
 * its track and the gaps close: the removed time before it (gaps that were already there
 * stay).
 */
export function rippleShift(removed: readonly Span[], time: number): number {
  let shift = 0;
  for (const span of mergeSpans(removed)) {
    if (span.start >= time) break;
    shift += Math.min(span.end, time) - span.start;
  }
  return shift;
}
