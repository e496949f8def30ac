import { z } from 'zod';
import { historyStepSchema } from '../history-step';
import { projectDocumentSchema } from '../../model';
import {
  subtitleCueSchema,
  subtitleFormatSchema,
  subtitleProblemSchema,
} from '../../captions/types';
import { captionImportModeSchema } from '../../captions/import-plan';

/**
 * Contract calls for captions. Spread into `apiCalls` in ../contract.ts; each entry is
 * `'name': { request: zodSchema, response: zodSchema }`.
 */

const projectId = z.string().min(1);
const absolutePath = z.string().min(1).max(4096);

export const captionsCalls = {
  /**
   * Reads an SRT or WebVTT file WITHOUT changing the project: its format, the cues an import
   * would add (file order, literal text) and every entry that would be skipped with its line.
   * Fails like captions.import when the file cannot give one cue.
   */
  'captions.previewImport': {
    request: z.object({ projectId, path: absolutePath }),
    response: z.object({
      path: z.string(),
      format: subtitleFormatSchema,
      cues: z.array(subtitleCueSchema),
      problems: z.array(subtitleProblemSchema),
      /** Captions the project holds now (what "replace" would remove). */
      existingCount: z.number().int().nonnegative(),
    }),
  },
  /**
   * Reads an SRT or WebVTT file and adds one cue per valid entry, all as ONE undo step:
   * `append` (the default) keeps the existing captions, `replace` removes them in the same step.
   * Malformed entries are skipped and listed in `problems`; a file without one valid cue fails
   * (codes: missing, unreadable, too-large, empty, bad-encoding, not-subtitles, no-valid-cues).
   */
  'captions.import': {
    request: z.object({ projectId, path: absolutePath, mode: captionImportModeSchema.optional() }),
    response: z.object({
      document: projectDocumentSchema,
      seq: z.number().int(),
      step: historyStepSchema,
      imported: z.number().int().positive(),
      /** Captions removed first (replace mode). */
      removed: z.number().int().nonnegative(),
      problems: z.array(subtitleProblemSchema),
    }),
  },
  /** Writes the project's captions (timeline times) to `outPath`, replacing it atomically. */
  'captions.export': {
    request: z.object({ projectId, format: subtitleFormatSchema, outPath: absolutePath }),
    response: z.object({ path: z.string(), cues: z.number().int().nonnegative() }),
  },
} as const;
