import type { Easing, TransformKeyframe } from '../model/animation';
import type { FocusKeyframe } from '../model/clips';
import type { PixelBox } from '../model/privacy';

/**
 * Easing curves, mapping progress 0..1 to 0..1. The ins and outs are cubic; `hold` stays at the
 * start value until the very end of the span (a step).
 */
export function ease(easing: Easing, progress: number): number {
  const p = Math.min(1, Math.max(0, progress));
  switch (easing) {
    case 'linear':
      return p;
    case 'easeIn':
      return p * p * p;
    case 'easeOut':
      return 1 - (1 - p) ** 3;
    case 'easeInOut':
      return p < 0.5 ? 4 * p * p * p : 1 - (-2 * p + 2) ** 3 / 2;
    case 'hold':
      return p >= 1 ? 1 : 0;
  }
}

export function lerp(from: number, to: number, amount: number): number {
  return from + (to - from) * amount;
}

/**
 * The keyframes around time `t` and how far (0..1, not yet eased) `t` is between them. Before
 * the first keyframe the first one holds, after the last the last one holds.
 */
export function bracketKeyframes<K extends { t: number }>(
  keyframes: readonly K[],
  t: number,
): { from: K; to: K; progress: number } {
  const first = keyframes[0];
  if (first === undefined) throw new RangeError('interpolation needs at least one keyframe');
  if (t <= first.t) return { from: first, to: first, progress: 0 };
  for (let index = 1; index < keyframes.length; index += 1) {
    const to = keyframes[index];
    const from = keyframes[index - 1];
    if (to === undefined || from === undefined) break;
    if (t < to.t) return { from, to, progress: (t - from.t) / (to.t - from.t) };
  }
  const last = keyframes[keyframes.length - 1] ?? first;
  return { from: last, to: last, progress: 0 };
}

export interface TransformValues {
  /** Fractions of the frame. */
  x: number;
  y: number;
  scale: number;
  rotation: number;
  opacity: number;
}

/** An overlay's transform at `localMs` (time since the overlay's start). */
export function interpolateTransform(
  keyframes: readonly TransformKeyframe[],
  localMs: number,
): TransformValues {
  const { from, to, progress } = bracketKeyframes(keyframes, localMs);
  const amount = ease(from.easing, progress);
  return {
    x: lerp(from.x, to.x, amount),
    y: lerp(from.y, to.y, amount),
    scale: lerp(from.scale, to.scale, amount),
    rotation: lerp(from.rotation, to.rotation, amount),
    opacity: lerp(from.opacity, to.opacity, amount),
  };
}

/** A fill reframe's focus point (fractions of the picture) at source time `sourceMs`. */
export function interpolateFocus(
  focus: readonly FocusKeyframe[],
  sourceMs: number,
): { x: number; y: number } {
  const { from, to, progress } = bracketKeyframes(focus, sourceMs);
  const amount = ease(from.easing, progress);
  return { x: lerp(from.x, to.x, amount), y: lerp(from.y, to.y, amount) };
}

/** A box moving linearly between keyframes (face samples, manual blur regions). */
export function interpolateBox(
  keyframes: readonly { t: number; box: PixelBox }[],
  t: number,
): PixelBox {
  const { from, to, progress } = bracketKeyframes(keyframes, t);
  return {
    x: lerp(from.box.x, to.box.x, progress),
    y: lerp(from.box.y, to.box.y, progress),
    width: lerp(from.box.width, to.box.width, progress),
    height: lerp(from.box.height, to.box.height, progress),
  };
}
