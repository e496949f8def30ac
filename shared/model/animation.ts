import { z } from 'zod';
import { timeMsSchema } from './common';

/**
 * How a value travels from one keyframe to the next. `hold` keeps the earlier keyframe's value
 * until the next one (a step).
 */
export const easingSchema = z.enum(['linear', 'easeIn', 'easeOut', 'easeInOut', 'hold']);
export type Easing = z.infer<typeof easingSchema>;

/**
 * One transform keyframe of an overlay. `t` is relative to the overlay's start; `easing` applies
 * from this keyframe to the next. `x`/`y` place the overlay's anchor as fractions of the frame and
 * may leave it (-1..2) so an overlay can sit partly off-screen.
 */
export const transformKeyframeSchema = z.object({
  t: timeMsSchema,
  x: z.number().min(-1).max(2),
  y: z.number().min(-1).max(2),
  scale: z.number().positive().max(20),
  /** Degrees, clockwise. */
  rotation: z.number().min(-3600).max(3600),
  opacity: z.number().min(0).max(1),
  easing: easingSchema,
});
export type TransformKeyframe = z.infer<typeof transformKeyframeSchema>;

export const animationTypeSchema = z.enum([
  'none',
  'fade',
  'pop',
  'slideLeft',
  'slideRight',
  'slideUp',
  'slideDown',
  'wipe',
  'drawOn',
]);
export type AnimationType = z.infer<typeof animationTypeSchema>;

/** An enter or exit animation; it plays inside the overlay's own time span. */
export const animationSchema = z.object({
  type: animationTypeSchema,
  durationMs: timeMsSchema,
  easing: easingSchema,
});
export type Animation = z.infer<typeof animationSchema>;

export const NO_ANIMATION: Animation = Object.freeze({
  type: 'none',
  durationMs: 0,
  easing: 'linear',
}) as Animation;

/** A neutral transform: anchor at (x, y), natural size, upright, opaque. */
export function staticTransform(x = 0.5, y = 0.5): TransformKeyframe[] {
  return [{ t: 0, x, y, scale: 1, rotation: 0, opacity: 1, easing: 'linear' }];
}

/** Keyframe times must strictly increase so interpolation is unambiguous. */
export function firstUnorderedKeyframe(keyframes: readonly { t: number }[]): number | undefined {
  for (let index = 1; index < keyframes.length; index += 1) {
    const previous = keyframes[index - 1];
    const current = keyframes[index];
    if (previous !== undefined && current !== undefined && current.t <= previous.t) return index;
  }
  return undefined;
}
