import { z } from 'zod';
import { timeMsSchema } from '../model/common';

/** The two subtitle file formats the studio reads and writes. */
export const subtitleFormatSchema = z.enum(['srt', 'vtt']);
export type SubtitleFormat = z.infer<typeof subtitleFormatSchema>;

/** One cue as a subtitle file holds it: times in integer ms, text as plain, literal lines. */
export const subtitleCueSchema = z.object({
  start: timeMsSchema,
  end: timeMsSchema,
  text: z.string(),
});
export type SubtitleCue = z.infer<typeof subtitleCueSchema>;

/**
 * An entry that was skipped: `line` is the 1-based line where it starts (or where it went
 * wrong), `index` its 1-based position among the file's cue entries.
 */
export const subtitleProblemSchema = z.object({
  line: z.number().int().positive().optional(),
  index: z.number().int().positive().optional(),
  reason: z.string(),
});
export type SubtitleProblem = z.infer<typeof subtitleProblemSchema>;

export interface ParsedSubtitles {
  format: SubtitleFormat;
  /** Valid cues in file order. */
  cues: SubtitleCue[];
  /** Every skipped entry, in file order. */
  problems: SubtitleProblem[];
}

/**
 * empty: nothing but whitespace; not-subtitles: not SRT or WebVTT at all (no WEBVTT
 * signature, no timing line); no-valid-cues: looks like subtitles but every cue is malformed.
 */
export type SubtitleErrorCode = 'empty' | 'not-subtitles' | 'no-valid-cues';

/** The text cannot give a single cue; `problems` lists what was wrong with each entry. */
export class SubtitleFileError extends Error {
  override readonly name = 'SubtitleFileError';
  readonly code: SubtitleErrorCode;
  readonly problems: readonly SubtitleProblem[];

  constructor(code: SubtitleErrorCode, message: string, problems: readonly SubtitleProblem[] = []) {
    super(message);
    this.code = code;
    this.problems = problems;
  }
}

/** "line 12: reason" for messages and the command line. */
export function describeProblem(problem: SubtitleProblem): string {
  return problem.line === undefined ? problem.reason : `line ${problem.line}: ${problem.reason}`;
}

/** The first few problems as one sentence ("line 4: …; line 9: …; and 3 more"). */
export function summarizeProblems(problems: readonly SubtitleProblem[], shown = 3): string {
  const listed = problems.slice(0, shown).map(describeProblem).join('; ');
  const more = problems.length > shown ? `; and ${problems.length - shown} more` : '';
  return listed + more;
}
