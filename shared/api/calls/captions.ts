import { z } from 'zod';
import { historyStepSchema } from '../history-step';
import { projectDocumentSchema } from '../../model';
import { subtitleFormatSchema, subtitleProblemSchema } from '../../captions/types';

/**
 * Contract calls for captions. Spread into `apiCalls` in ../contract.ts; each entry is
 * `'name': { request: zodSchema, response: zodSchema }`.
 */

const projectId = z.string().min(1);
const absolutePath = z.string().min(1).max(4096);

export const captionsCalls = {
  /**
   * Reads an SRT or WebVTT file and appends one cue per valid entry, all as ONE undo step.
   * Malformed entries are skipped and listed in `problems`; a file without one valid cue fails
   * (codes: missing, unreadable, too-large, empty, bad-encoding, not-subtitles, no-valid-cues).
   */
  'captions.import': {
    request: z.object({ projectId, path: absolutePath }),
    response: z.object({
      document: projectDocumentSchema,
      seq: z.number().int(),
      step: historyStepSchema,
      imported: z.number().int().positive(),
      problems: z.array(subtitleProblemSchema),
    }),
  },
  /** Writes the project's captions (timeline times) to `outPath`, replacing it atomically. */
  'captions.export': {
    request: z.object({ projectId, format: subtitleFormatSchema, outPath: absolutePath }),
    response: z.object({ path: z.string(), cues: z.number().int().nonnegative() }),
  },
} as const;
