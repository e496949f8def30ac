import { z } from 'zod';
import { reviewSummarySchema } from '../../review/summary';

/**
 * Contract calls for render. Spread into `apiCalls` in ../contract.ts; each entry is
 * `'name': { request: zodSchema, response: zodSchema }`.
 */

export const EXPORT_PRESET_NAMES = ['tiktok', 'reels', 'shorts'] as const;
export const exportPresetNameSchema = z.enum(EXPORT_PRESET_NAMES);
export type ExportPresetName = z.infer<typeof exportPresetNameSchema>;

/** What "Export anyway" sends past a blocked privacy gate: why, in the person's own words. */
export const privacyOverrideRequestSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(10, 'say why in at least 10 characters')
    .max(2000, 'keep the reason under 2000 characters'),
});
export type PrivacyOverrideRequest = z.infer<typeof privacyOverrideRequestSchema>;

/** An override as the audit log recorded it. */
export const privacyOverrideRecordSchema = z.object({
  reason: z.string(),
  /** The gate's reasons that were overridden. */
  reasons: z.array(z.string()),
  /** When it was recorded (ISO 8601). */
  at: z.string(),
  auditId: z.number().int(),
});
export type PrivacyOverrideRecord = z.infer<typeof privacyOverrideRecordSchema>;

/** One export job as the engine's queue reports it (also the payload of its `job` events). */
export const exportJobSchema = z.object({
  id: z.string(),
  kind: z.literal('export'),
  label: z.string(),
  status: z.enum(['queued', 'running', 'success', 'error', 'aborted']),
  /** 0..1 */
  progress: z.number().min(0).max(1),
  /** Frames encoded per second, while running. */
  fps: z.number().nullable(),
  etaMs: z.number().nullable(),
  error: z.string().nullable(),
  /** The error's stable code (source-missing, too-long, disk-full, verify-failed…). */
  errorCode: z.string().nullable(),
  preset: exportPresetNameSchema,
  outPath: z.string(),
  result: z
    .object({
      outPath: z.string(),
      durationMs: z.number().int().nonnegative(),
      sizeBytes: z.number().int().nonnegative(),
      /** Files written beside the video (.srt, .vtt, .txt, .jpg), absolute paths. */
      sidecars: z.array(z.string()).optional(),
      /** The medical review of the exported content (absent from engines before it existed). */
      review: reviewSummarySchema.optional(),
      /** Set when the export went past a blocked privacy gate: the reason recorded in the audit log. */
      privacyOverride: privacyOverrideRecordSchema.optional(),
      /** Not blocks: unreviewed faces (blurred), likely patient identifiers in the text. */
      privacyWarnings: z.array(z.string()).optional(),
    })
    .nullable(),
});
export type ExportJobInfo = z.infer<typeof exportJobSchema>;

const exportJobId = z.string().min(1).max(100);

/** A platform preset as the export dialog shows it, resolved for the project's frame rate. */
export const exportPresetInfoSchema = z.object({
  name: exportPresetNameSchema,
  label: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** The project's frame rate, which the export keeps. */
  fps: z.number().positive(),
  maxDurationMs: z.number().int().positive(),
  videoMaxrateKbps: z.number().int().positive(),
  audioBitrateKbps: z.number().int().positive(),
  /** Why this preset cannot export the project as it is now (too long, frame rate), or null. */
  problem: z.string().nullable(),
});
export type ExportPresetInfo = z.infer<typeof exportPresetInfoSchema>;

/** `details` of an `export-blocked` error: why the export gate refused, one sentence each. */
export const exportBlockedDetailsSchema = z.object({
  reasons: z.array(z.string().min(1)).min(1),
});
export type ExportBlockedDetails = z.infer<typeof exportBlockedDetailsSchema>;

export const renderCalls = {
  /** Queues an export of the project as it is now; fails at once when the export gate blocks. */
  'render.start': {
    request: z.object({
      projectId: z.string().min(1),
      preset: exportPresetNameSchema,
      /** Absolute path of the .mp4 to write (replaced only once the new file is verified). */
      outPath: z.string().min(1).max(4096),
      /** Time of the cover frame for the sidecar cover image. */
      coverAtMs: z.number().int().nonnegative().optional(),
      /**
       * Export even though the privacy gate blocks, recorded in the audit log with the reason.
       * Ignored (and not recorded) when the gate does not block.
       */
      overridePrivacy: privacyOverrideRequestSchema.optional(),
    }),
    response: z.object({
      jobId: exportJobId,
      /** The recorded override, when the gate blocked and `overridePrivacy` was given. */
      privacyOverride: privacyOverrideRecordSchema.optional(),
      /** What the gate noticed but does not block on. */
      warnings: z.array(z.string()).optional(),
    }),
  },
  /** Cancels a queued or running export; it ends `aborted` and leaves no file. */
  'render.cancel': {
    request: z.object({ jobId: exportJobId }),
    response: z.object({ cancelled: z.boolean() }),
  },
  /** The platform presets with their key facts for this project, and what stops each. */
  'render.presets': {
    request: z.object({ projectId: z.string().min(1) }),
    response: z.object({
      presets: z.array(exportPresetInfoSchema),
      /** The project's length, which each preset's maximum is checked against. */
      durationMs: z.number().int().nonnegative(),
    }),
  },
  /** Every export this engine knows of, oldest first, and the progress of the current batch. */
  'render.jobs': {
    request: z.object({}).strict(),
    response: z.object({
      jobs: z.array(exportJobSchema),
      /** 0..1 over the jobs queued since the queue was last idle. */
      totalProgress: z.number().min(0).max(1),
    }),
  },
  /** Resolves when the job succeeds; fails with the job's error (code `aborted` if cancelled). */
  'render.wait': {
    request: z.object({ jobId: exportJobId }),
    response: exportJobSchema,
  },
  /** A healthicons SVG by icon id ("body/heart_organ", "outline/body/lungs"), for the preview. */
  'assets.icon': {
    request: z.object({ id: z.string().min(1).max(200) }),
    response: z.object({ svg: z.string() }),
  },
  /**
   * The overlay layer (captions, overlays, citation chips) at `timeMs` as the export draws it:
   * a transparent PNG data: URL the size of the output frame, to compare with the preview.
   */
  'render.sceneFrame': {
    request: z.object({
      projectId: z.string().min(1),
      timeMs: z.number().int().nonnegative(),
    }),
    response: z.object({ png: z.string().startsWith('data:image/png;base64,') }),
  },
  /** An image media file of an open project as a data: URL, for image overlays in the preview. */
  'assets.mediaImage': {
    request: z.object({ projectId: z.string().min(1), mediaId: z.string().min(1).max(64) }),
    response: z.object({ dataUrl: z.string() }),
  },
} as const;
