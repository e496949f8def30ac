import type { PixelBox } from '../model/privacy';

/** Box arithmetic shared by the face detector (merging passes) and the tracker. */

export interface ScoredBox {
  box: PixelBox;
  score: number;
}

export function boxArea(box: PixelBox): number {
  return Math.max(0, box.width) * Math.max(0, box.height);
}

export function intersectionArea(a: PixelBox, b: PixelBox): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/** Intersection over union, 0..1. */
export function iou(a: PixelBox, b: PixelBox): number {
  const inter = intersectionArea(a, b);
  const union = boxArea(a) + boxArea(b) - inter;
  return union > 0 ? inter / union : 0;
}

/** Intersection over the smaller box: 1 when one box lies inside the other. */
export function overlapOfSmaller(a: PixelBox, b: PixelBox): number {
  const smaller = Math.min(boxArea(a), boxArea(b));
  return smaller > 0 ? intersectionArea(a, b) / smaller : 0;
}

/** The smallest box holding all of `boxes` (at least one). */
export function unionBox(boxes: readonly PixelBox[]): PixelBox {
  const [first, ...rest] = boxes;
  if (first === undefined) throw new RangeError('unionBox needs at least one box');
  let left = first.x;
  let top = first.y;
  let right = first.x + first.width;
  let bottom = first.y + first.height;
  for (const box of rest) {
    left = Math.min(left, box.x);
    top = Math.min(top, box.y);
    right = Math.max(right, box.x + box.width);
    bottom = Math.max(bottom, box.y + box.height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** `box` grown by `growth` of its size in total (half on each side), about its centre. */
export function growBox(box: PixelBox, growth: number): PixelBox {
  const dx = (box.width * growth) / 2;
  const dy = (box.height * growth) / 2;
  return { x: box.x - dx, y: box.y - dy, width: box.width + 2 * dx, height: box.height + 2 * dy };
}

export function scaleBox(box: PixelBox, scaleX: number, scaleY: number): PixelBox {
  return {
    x: box.x * scaleX,
    y: box.y * scaleY,
    width: box.width * scaleX,
    height: box.height * scaleY,
  };
}

export function boxCentre(box: PixelBox): { x: number; y: number } {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A merged box may grow to a swallowed box at most this many times its own area. */
const MAX_MERGE_GROWTH = 2.5;

export interface SuppressOptions {
  /** A box overlapping a better one at least this much (IoU) is dropped. */
  iou: number;
  /**
   * A box lying this much inside a better one (intersection over the smaller box) is dropped
   * too: a tile pass often boxes part of a face the full-frame pass boxed whole.
   */
  containment: number;
}

/**
 * Greedy non-maximum suppression over detections of several passes, best score first. When a
 * better box swallows a larger partial one, the kept box grows to their union so merging passes
 * never loses face area.
 */
export function suppressOverlaps(
  detections: readonly ScoredBox[],
  options: SuppressOptions,
): ScoredBox[] {
  const sorted = [...detections].sort((a, b) => b.score - a.score);
  const kept: ScoredBox[] = [];
  for (const candidate of sorted) {
    const match = kept.findIndex(
      (other) =>
        iou(other.box, candidate.box) >= options.iou ||
        overlapOfSmaller(other.box, candidate.box) >= options.containment,
    );
    if (match < 0) {
      kept.push({ box: { ...candidate.box }, score: candidate.score });
      continue;
    }
    const winner = kept[match];
    if (
      winner !== undefined &&
      overlapOfSmaller(winner.box, candidate.box) >= options.containment &&
      boxArea(candidate.box) <= MAX_MERGE_GROWTH * boxArea(winner.box)
    ) {
      winner.box = unionBox([winner.box, candidate.box]);
    }
  }
  return kept;
}
