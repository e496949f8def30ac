import { z } from 'zod';
import { colorSchema, idSchema, normalizedSchema, timeMsSchema } from './common';
import { easingSchema, firstUnorderedKeyframe } from './animation';

/**
 * Where the 9:16 crop looks in `fill` mode. `t` is source-media time (so focus stays on the
 * subject when the clip is trimmed); `x`/`y` are the crop centre as fractions of the picture.
 */
export const focusKeyframeSchema = z.object({
  t: timeMsSchema,
  x: normalizedSchema,
  y: normalizedSchema,
  easing: easingSchema,
});
export type FocusKeyframe = z.infer<typeof focusKeyframeSchema>;

/** How a (usually landscape) source fills the vertical frame. */
export const reframeSchema = z.discriminatedUnion('mode', [
  /** Crop to fill the frame, following keyframed focus points. */
  z.object({
    mode: z.literal('fill'),
    focus: z
      .array(focusKeyframeSchema)
      .min(1)
      .superRefine((focus, ctx) => {
        const index = firstUnorderedKeyframe(focus);
        if (index !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [index, 't'],
            message: 'focus times must increase',
          });
        }
      }),
  }),
  /** Fit the whole picture, over a blurred, enlarged copy of itself. */
  z.object({ mode: z.literal('fit-blur'), blurStrength: z.number().int().min(1).max(100) }),
  /** Fit the whole picture over a solid colour. */
  z.object({ mode: z.literal('fit-color'), color: colorSchema }),
]);
export type Reframe = z.infer<typeof reframeSchema>;
export type ReframeMode = Reframe['mode'];

export function centredFill(): Reframe {
  return { mode: 'fill', focus: [{ t: 0, x: 0.5, y: 0.5, easing: 'linear' }] };
}

/** 1 is unity gain; up to 2 (+6 dB) lets quiet footage be lifted. */
export const volumeSchema = z.number().min(0).max(2);

/** Fields every clip shares: `start` on the timeline, `in`/`out` in the source media. */
const clipTimingShape = {
  id: idSchema,
  mediaId: idSchema,
  start: timeMsSchema,
  in: timeMsSchema,
  out: timeMsSchema,
  volume: volumeSchema,
};

function refineSourceRange(clip: { in: number; out: number }, ctx: z.RefinementCtx): void {
  if (clip.out <= clip.in) {
    ctx.addIssue({
      code: 'custom',
      path: ['out'],
      message: `out (${clip.out}) must be after in (${clip.in})`,
    });
  }
}

export const videoClipSchema = z
  .object({ ...clipTimingShape, muted: z.boolean(), reframe: reframeSchema })
  .superRefine(refineSourceRange);
export type VideoClip = z.infer<typeof videoClipSchema>;

export const audioClipSchema = z
  .object({ ...clipTimingShape, fadeInMs: timeMsSchema, fadeOutMs: timeMsSchema })
  .superRefine((clip, ctx) => {
    refineSourceRange(clip, ctx);
    if (clip.out > clip.in && clip.fadeInMs + clip.fadeOutMs > clip.out - clip.in) {
      ctx.addIssue({
        code: 'custom',
        path: ['fadeOutMs'],
        message: 'fade in plus fade out must fit inside the clip',
      });
    }
  });
export type AudioClip = z.infer<typeof audioClipSchema>;
