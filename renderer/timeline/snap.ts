/**
 * Timeline snapping, pure. While an item is dragged or trimmed, its moving edges are pulled to
 * the nearest snap target (the playhead, other items' edges, markers, the start) when one is
 * within a few pixels; the snap line is drawn where they meet.
 */

export type SnapTargetKind = 'playhead' | 'edge' | 'marker' | 'start';

export interface SnapTarget {
  timeMs: number;
  kind: SnapTargetKind;
}

export interface SnapResult {
  /** The delta to apply instead of the one asked for. */
  deltaMs: number;
  /** Where the snap line goes; null when nothing was in reach. */
  snappedTo: SnapTarget | null;
}

/** How close (on screen) an edge must come to a target to snap. */
export const SNAP_DISTANCE_PX = 8;

/** The playhead wins a tie, then markers, then edges: what an editor aims for most. */
const PRIORITY: Record<SnapTargetKind, number> = { playhead: 0, marker: 1, edge: 2, start: 3 };

/**
 * Moves `edges` (times in ms, before the drag) by `deltaMs`, then finds the target closest to
 * any moved edge within `thresholdMs` and returns the delta that lands that edge exactly on
 * it. Ties go to the higher-priority target.
 */
export function snapDelta(
  edges: readonly number[],
  deltaMs: number,
  targets: readonly SnapTarget[],
  thresholdMs: number,
): SnapResult {
  let best: { distance: number; delta: number; target: SnapTarget } | null = null;
  for (const edge of edges) {
    const moved = edge + deltaMs;
    for (const target of targets) {
      const distance = Math.abs(target.timeMs - moved);
      if (distance > thresholdMs) continue;
      const better =
        best === null ||
        distance < best.distance ||
        (distance === best.distance && PRIORITY[target.kind] < PRIORITY[best.target.kind]);
      if (better) best = { distance, delta: target.timeMs - edge, target };
    }
  }
  return best === null
    ? { deltaMs, snappedTo: null }
    : { deltaMs: best.delta, snappedTo: best.target };
}

/** A timed thing on the timeline, for collecting targets. */
export interface TimedItem {
  key: string;
  start: number;
  end: number;
}

/**
 * Every snap target except the edges of `excluded` items (the ones being dragged): the
 * playhead, the start of the timeline, the other items' edges and the markers. Duplicate
 * times are kept once, with the highest-priority kind.
 */
export function collectSnapTargets(options: {
  items: readonly TimedItem[];
  excluded: ReadonlySet<string>;
  markers: readonly { key: string; time: number }[];
  playheadMs: number | null;
}): SnapTarget[] {
  const byTime = new Map<number, SnapTarget>();
  const add = (timeMs: number, kind: SnapTargetKind) => {
    const existing = byTime.get(timeMs);
    if (existing === undefined || PRIORITY[kind] < PRIORITY[existing.kind]) {
      byTime.set(timeMs, { timeMs, kind });
    }
  };
  add(0, 'start');
  for (const item of options.items) {
    if (options.excluded.has(item.key)) continue;
    add(item.start, 'edge');
    add(item.end, 'edge');
  }
  for (const marker of options.markers) {
    if (!options.excluded.has(marker.key)) add(marker.time, 'marker');
  }
  if (options.playheadMs !== null) add(options.playheadMs, 'playhead');
  return [...byTime.values()].sort((a, b) => a.timeMs - b.timeMs);
}
