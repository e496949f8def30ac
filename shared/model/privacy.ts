import { z } from 'zod';
import { idSchema, isoDateTimeSchema, labelSchema, timeMsSchema } from './common';
import { contentHashSchema } from './media';

/** A rectangle in source-media pixels (as decoded, before rotation); may poke past the edges. */
export const pixelBoxSchema = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number().positive(),
  height: z.number().positive(),
});
export type PixelBox = z.infer<typeof pixelBoxSchema>;

export const scanModeSchema = z.enum(['fast', 'standard', 'thorough']);
export type ScanMode = z.infer<typeof scanModeSchema>;

export const blurStyleSchema = z.enum(['gaussian', 'pixelate', 'solid']);
export type BlurStyle = z.infer<typeof blurStyleSchema>;

/** A finished face scan of one media file; `contentHash` ties it to the exact bytes scanned. */
export const scanRecordSchema = z.object({
  id: idSchema,
  mediaId: idSchema,
  contentHash: contentHashSchema,
  mode: scanModeSchema,
  /** Identifies detector, model and thresholds, so a settings change asks for a rescan. */
  settingsKey: z.string().min(1).max(500),
  /** Frames examined per second of media. */
  sampleRate: z.number().positive().max(240),
  finishedAt: isoDateTimeSchema,
  trackIds: z.array(idSchema),
});
export type ScanRecord = z.infer<typeof scanRecordSchema>;

/** A detection at source-media time `t`. */
export const faceSampleSchema = z.object({
  t: timeMsSchema,
  box: pixelBoxSchema,
  score: z.number().min(0).max(1),
});
export type FaceSample = z.infer<typeof faceSampleSchema>;

/** New tracks start `blur`; `keep` (e.g. a consenting clinician) must say why in `note`. */
export const faceDecisionSchema = z.enum(['blur', 'keep', 'unreviewed']);
export type FaceDecision = z.infer<typeof faceDecisionSchema>;

function refineIncreasingTimes(
  items: readonly { t: number }[],
  ctx: z.RefinementCtx,
  what: string,
): void {
  for (let index = 1; index < items.length; index += 1) {
    const previous = items[index - 1];
    const current = items[index];
    if (previous !== undefined && current !== undefined && current.t <= previous.t) {
      ctx.addIssue({ code: 'custom', path: [index, 't'], message: `${what} times must increase` });
      return;
    }
  }
}

export const faceTrackSchema = z
  .object({
    id: idSchema,
    mediaId: idSchema,
    scanId: idSchema,
    samples: z
      .array(faceSampleSchema)
      .min(1)
      .superRefine((samples, ctx) => refineIncreasingTimes(samples, ctx, 'sample')),
    decision: faceDecisionSchema,
    note: z.string().max(2000).optional(),
    blurStyle: blurStyleSchema,
  })
  .superRefine((track, ctx) => {
    if (track.decision === 'keep' && (track.note ?? '').trim() === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: 'keeping a face unblurred needs a note saying why',
      });
    }
  });
export type FaceTrack = z.infer<typeof faceTrackSchema>;

export const regionKeyframeSchema = z.object({ t: timeMsSchema, box: pixelBoxSchema });
export type RegionKeyframe = z.infer<typeof regionKeyframeSchema>;

/** A region's keyframes: at least one, in strictly increasing time. */
export const regionKeyframesSchema = z
  .array(regionKeyframeSchema)
  .min(1)
  .superRefine((keyframes, ctx) => refineIncreasingTimes(keyframes, ctx, 'keyframe'));

/**
 * A blur region drawn by hand (a name badge, a monitor), in source-media time: it blurs from
 * `startMs` to `endMs` (both included, like the export's enable window), its box interpolated
 * between keyframes and held before the first and after the last. Keyframes may lie outside
 * the span (after the span was shortened); they are kept so widening it again restores them.
 */
export const manualRegionSchema = z
  .object({
    id: idSchema,
    mediaId: idSchema,
    startMs: timeMsSchema,
    endMs: timeMsSchema,
    keyframes: regionKeyframesSchema,
    blurStyle: blurStyleSchema,
    label: labelSchema.optional(),
  })
  .superRefine((region, ctx) => {
    if (region.startMs >= region.endMs) {
      ctx.addIssue({
        code: 'custom',
        path: ['endMs'],
        message: `a blur region must end after it starts (start ${region.startMs} ms, end ${region.endMs} ms)`,
      });
    }
  });
export type ManualRegion = z.infer<typeof manualRegionSchema>;

export const reviewSignOffSchema = z.object({
  by: labelSchema,
  at: isoDateTimeSchema,
  note: z.string().max(2000).optional(),
});
export type ReviewSignOff = z.infer<typeof reviewSignOffSchema>;

export const privacyStateSchema = z.object({
  scans: z.array(scanRecordSchema),
  faceTracks: z.array(faceTrackSchema),
  manualRegions: z.array(manualRegionSchema),
  reviewSignOff: reviewSignOffSchema.optional(),
});
export type PrivacyState = z.infer<typeof privacyStateSchema>;
