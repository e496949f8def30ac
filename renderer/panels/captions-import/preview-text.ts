import type { SubtitleFormat, SubtitleProblem } from '../../../shared/captions';

/** Words and numbers the import dialog shows; pure so they are tested without a DOM. */

export const FORMAT_NAMES: Record<SubtitleFormat, string> = { srt: 'SubRip (SRT)', vtt: 'WebVTT' };

/** How many cues the dialog lists before "and N more". */
export const PREVIEW_CUE_COUNT = 5;

/** "00:01:02.345": hours always shown, so every row lines up. */
export function formatCueTime(ms: number): string {
  const hours = Math.floor(ms / 3_600_000);
  const minutes = Math.floor(ms / 60_000) % 60;
  const seconds = Math.floor(ms / 1000) % 60;
  const millis = ms % 1000;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(hours)}:${two(minutes)}:${two(seconds)}.${String(millis).padStart(3, '0')}`;
}

/** "Line 14" or, for a cue the project cannot hold (no line), "Cue 3". */
export function problemWhere(problem: SubtitleProblem): string {
  if (problem.line !== undefined) return `Line ${problem.line}`;
  return problem.index !== undefined ? `Cue ${problem.index}` : 'File';
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The confirm button's words for the chosen mode. */
export function confirmLabel(mode: 'replace' | 'append', cues: number, existing: number): string {
  if (mode === 'replace' && existing > 0) {
    return `Replace ${plural(existing, 'caption')} with ${cues}`;
  }
  return `Add ${plural(cues, 'caption')}`;
}
