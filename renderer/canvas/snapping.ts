import type { SceneRect } from '../../shared/scene/types';

/**
 * Snapping while moving items on the canvas: the moving item's edges and centre are pulled to
 * nearby lines (the frame's edges and centre lines, other items' edges and centres, the safe
 * zone's edges) when within a threshold, per axis. All in frame pixels.
 */

export type SnapKind = 'frame' | 'item' | 'safe';

export interface SnapTarget {
  /** Vertical lines (x) or horizontal lines (y). */
  axis: 'x' | 'y';
  at: number;
  kind: SnapKind;
}

export interface SnapGuide {
  axis: 'x' | 'y';
  at: number;
  kind: SnapKind;
}

export interface SnapResult {
  /** The correction to add to the raw move. */
  dx: number;
  dy: number;
  /** Lines the moved item now sits on, to draw while dragging. */
  guides: SnapGuide[];
}

/** Lines worth snapping to: the frame's, other items' and the safe zone's (if shown). */
export function snapTargets(
  frame: { width: number; height: number },
  others: readonly SceneRect[],
  safe: SceneRect | null,
): SnapTarget[] {
  const targets: SnapTarget[] = [
    { axis: 'x', at: 0, kind: 'frame' },
    { axis: 'x', at: frame.width / 2, kind: 'frame' },
    { axis: 'x', at: frame.width, kind: 'frame' },
    { axis: 'y', at: 0, kind: 'frame' },
    { axis: 'y', at: frame.height / 2, kind: 'frame' },
    { axis: 'y', at: frame.height, kind: 'frame' },
  ];
  for (const rect of others) {
    for (const at of [rect.x, rect.x + rect.width / 2, rect.x + rect.width]) {
      targets.push({ axis: 'x', at, kind: 'item' });
    }
    for (const at of [rect.y, rect.y + rect.height / 2, rect.y + rect.height]) {
      targets.push({ axis: 'y', at, kind: 'item' });
    }
  }
  if (safe !== null) {
    targets.push(
      { axis: 'x', at: safe.x, kind: 'safe' },
      { axis: 'x', at: safe.x + safe.width, kind: 'safe' },
      { axis: 'y', at: safe.y, kind: 'safe' },
      { axis: 'y', at: safe.y + safe.height, kind: 'safe' },
    );
  }
  return targets;
}

/** The moving box's left/centre/right (x) or top/middle/bottom (y). */
function edges(box: SceneRect, axis: 'x' | 'y'): number[] {
  return axis === 'x'
    ? [box.x, box.x + box.width / 2, box.x + box.width]
    : [box.y, box.y + box.height / 2, box.y + box.height];
}

// The frame's own lines win a tie: centring is what people reach for most.
const PRIORITY: Record<SnapKind, number> = { frame: 0, safe: 1, item: 2 };

function snapAxis(
  box: SceneRect,
  axis: 'x' | 'y',
  targets: readonly SnapTarget[],
  threshold: number,
): { offset: number; guides: SnapGuide[] } {
  let best: { offset: number; kind: SnapKind } | null = null;
  for (const target of targets) {
    if (target.axis !== axis) continue;
    for (const edge of edges(box, axis)) {
      const offset = target.at - edge;
      if (Math.abs(offset) > threshold) continue;
      const better =
        best === null ||
        Math.abs(offset) < Math.abs(best.offset) - 1e-9 ||
        (Math.abs(Math.abs(offset) - Math.abs(best.offset)) <= 1e-9 &&
          PRIORITY[target.kind] < PRIORITY[best.kind]);
      if (better) best = { offset, kind: target.kind };
    }
  }
  if (best === null) return { offset: 0, guides: [] };
  const snapped = edges(box, axis).map((edge) => edge + best.offset);
  const guides: SnapGuide[] = [];
  for (const target of targets) {
    if (target.axis !== axis) continue;
    if (!snapped.some((edge) => Math.abs(edge - target.at) < 0.5)) continue;
    if (guides.some((guide) => Math.abs(guide.at - target.at) < 0.5)) continue;
    guides.push({ axis, at: target.at, kind: target.kind });
  }
  return { offset: best.offset, guides };
}

/**
 * How far to nudge `moved` (the item's bounds after the raw move) so an edge or its centre lands
 * on the nearest target within `threshold` on each axis, and which lines it then touches.
 */
export function snapMove(
  moved: SceneRect,
  targets: readonly SnapTarget[],
  threshold: number,
): SnapResult {
  const x = snapAxis(moved, 'x', targets, threshold);
  const y = snapAxis(moved, 'y', targets, threshold);
  return { dx: x.offset, dy: y.offset, guides: [...x.guides, ...y.guides] };
}

/** The union of several boxes (a multi-selection moves as one). */
export function unionRect(rects: readonly SceneRect[]): SceneRect | null {
  if (rects.length === 0) return null;
  const left = Math.min(...rects.map((r) => r.x));
  const top = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.width));
  const bottom = Math.max(...rects.map((r) => r.y + r.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}
