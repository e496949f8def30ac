import type { Easing } from '../../../shared/model';

/**
 * Which keyframe an inspector edit addresses, and the checks that give a person a plain
 * reason before a keyframe command would refuse. The edits themselves are the keyframe
 * commands (shared/commands/keyframes.ts: set/remove one keyframe at a time).
 */
export interface Keyed {
  t: number;
  easing: Easing;
}

/** Keyframes closer than this to the playhead count as "at the playhead": half a frame. */
export function keyTolerance(fps: number): number {
  return 500 / fps;
}

/** The keyframe at `t` (within `tolerance`), the nearest if several; -1 when none. */
export function keyframeIndexAt(keyframes: readonly Keyed[], t: number, tolerance = 0): number {
  let best = -1;
  let bestDistance = Infinity;
  keyframes.forEach((keyframe, index) => {
    const distance = Math.abs(keyframe.t - t);
    if (distance <= tolerance && distance < bestDistance) {
      best = index;
      bestDistance = distance;
    }
  });
  return best;
}

/** The keyframe at `t` and the nearest ones before and after it (indices, -1 when none). */
export function keyframeNeighbours(
  keyframes: readonly Keyed[],
  t: number,
  tolerance = 0,
): { at: number; previous: number; next: number } {
  const at = keyframeIndexAt(keyframes, t, tolerance);
  let previous = -1;
  let next = -1;
  keyframes.forEach((keyframe, index) => {
    if (index === at) return;
    if (keyframe.t < t) previous = index;
    else if (next < 0 && keyframe.t > t) next = index;
  });
  return { at, previous, next };
}

/**
 * The keyframe time a value change at item time `t` sets. A lone keyframe is the constant
 * value, so it is the one changed wherever the playhead is; otherwise the keyframe at the
 * playhead (within half a frame), or a new one at `t` (auto-key, as editors do once a
 * property is animated).
 */
export function keyTimeFor(keyframes: readonly Keyed[], t: number, tolerance: number): number {
  const [only] = keyframes;
  if (only !== undefined && keyframes.length === 1) return only.t;
  const index = keyframeIndexAt(keyframes, t, tolerance);
  return keyframes[index]?.t ?? Math.round(t);
}

/** Why a keyframe cannot be added at `t`, or null. */
export function refuseInsert(keyframes: readonly Keyed[], t: number, tolerance: number) {
  return keyframeIndexAt(keyframes, t, tolerance) >= 0 ? 'There is already a keyframe here.' : null;
}

/** Why keyframe `index` cannot be removed, or null. */
export function refuseRemove(keyframes: readonly Keyed[], index: number): string | null {
  if (keyframes[index] === undefined) return 'That keyframe no longer exists.';
  return keyframes.length <= 1 ? 'The last keyframe holds the value; it cannot go.' : null;
}

/** Why keyframe `index` cannot move to `t`, or null. */
export function refuseRetime(keyframes: readonly Keyed[], index: number, t: number) {
  if (keyframes[index] === undefined) return 'That keyframe no longer exists.';
  return keyframes.some((other, at) => at !== index && other.t === t)
    ? 'Another keyframe is already at that time.'
    : null;
}
