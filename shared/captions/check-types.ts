/** What `checkCaptions` reports (shared/captions/checks.ts). */

export type CaptionProblemType =
  | 'tooManyLines'
  | 'lineTooLong'
  | 'readingSpeed'
  | 'tooShort'
  | 'tooLong'
  | 'gapTooSmall'
  | 'overlap'
  | 'lowContrast'
  | 'outsideSafeZone';

/** Report order of problems of one cue at one time. */
export const CAPTION_PROBLEM_TYPES: readonly CaptionProblemType[] = [
  'overlap',
  'gapTooSmall',
  'tooShort',
  'tooLong',
  'readingSpeed',
  'tooManyLines',
  'lineTooLong',
  'lowContrast',
  'outsideSafeZone',
];

/**
 * One broken rule of one cue. `measured` and `limit` are in the rule's unit: lines, characters,
 * characters per second, ms, a contrast ratio, or pixels outside the safe zone (limit 0).
 */
export interface CaptionProblem {
  type: CaptionProblemType;
  cueId: string;
  /** Where to seek to show it: the cue's start. */
  timeMs: number;
  measured: number;
  limit: number;
  message: string;
}

/** The rules' fixed limits (the reading speed and platform are the project's, captionRulesOf). */
export const CAPTION_LIMITS = {
  maxLines: 2,
  /** User-perceived characters, spaces included (text-count.ts). */
  maxCharsPerLine: 42,
  /** 5/6 s rounded down to whole ms, so a cue of exactly 20 frames at 24 fps (833.3 ms) passes. */
  minDurationMs: 833,
  maxDurationMs: 7000,
  minGapFrames: 2,
  /** WCAG 2 AA for normal text. */
  minContrast: 4.5,
} as const;

/** Two frames at `fps` rounded down to whole ms, so a gap of exactly two frames always passes. */
export function minGapMs(fps: number): number {
  return Math.floor((CAPTION_LIMITS.minGapFrames * 1000) / fps);
}

/** Rounds a reported measurement to 2 decimals. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
