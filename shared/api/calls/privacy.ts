import { z } from 'zod';
import { idSchema } from '../../model/common';
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
    }),
  },
  'privacy.cancelScan': {
    request: z.object({ jobId: z.string().min(1) }),
    response: z.object({ cancelled: z.boolean() }),
  },
} as const;
