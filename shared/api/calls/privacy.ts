import { z } from 'zod';
import { idSchema, timeMsSchema } from '../../model/common';
import { projectDocumentSchema } from '../../model/document';
import { historyStepSchema } from '../history-step';
import { scanModeSchema } from '../../model/privacy';

/**
 * Contract calls for the face scan. `privacy.scan` resolves when the scan is applied to the
 * document; meanwhile the engine pushes `job` events (kind "privacy.scan") with progress and
 * ETA, and `privacy.cancelScan` stops it (nothing is applied then). Decisions, blur styles and
 * manual regions are ordinary commands (privacy.decide, …) sent through project.apply.
 */
export const privacyCalls = {
  'privacy.scan': {
    request: z.object({
      projectId: z.string().min(1),
      mode: scanModeSchema.default('standard'),
      /** Samples per second of video instead of the mode's. */
      sampleRate: z.number().positive().max(60).optional(),
      /** Only these media files (default: every video and still in the project). */
      mediaIds: z.array(idSchema).optional(),
    }),
    response: z.object({
      jobId: z.string(),
      scans: z.array(
        z.object({ mediaId: idSchema, scanId: idSchema, tracks: z.number().int().nonnegative() }),
      ),
      seq: z.number().int(),
      /** The engine's document after the scan, and its undo step (null when nothing changed). */
      document: projectDocumentSchema,
      step: historyStepSchema.nullable(),
    }),
  },
  'privacy.cancelScan': {
    request: z.object({ jobId: z.string().min(1) }),
    response: z.object({ cancelled: z.boolean() }),
  },
  /**
   * Small JPEG crops (data: URLs, at most 120 px tall, shown upright) around a face track's
   * padded box at its first, middle and last sample, so a reviewer can tell who it is; one
   * frame for a still. `t` is the sample's source-media time in ms.
   */
  'privacy.trackThumbnails': {
    request: z.object({ projectId: z.string().min(1), trackId: idSchema }),
    response: z.object({
      frames: z.array(z.object({ t: timeMsSchema, url: z.string() })),
    }),
  },
  /**
   * The export gate's verdict now, for the export dialog to show before anyone presses Export:
   * what blocks (the same reasons render.start refuses with) and what only warns (unreviewed
   * faces, likely patient identifiers in the text and in the output file name).
   */
  'privacy.gate': {
    request: z.object({
      projectId: z.string().min(1),
      /** The file the export would write: its name is checked for identifiers too. */
      outPath: z.string().max(4096).optional(),
    }),
    response: z.object({
      blocked: z.boolean(),
      reasons: z.array(z.string()),
      warnings: z.array(z.string()),
    }),
  },
} as const;
