import type { CaptionCue, CaptionWord } from '../model/captions';
import { tokenize } from '../scene/caption-layout';

/**
 * Pure text and timing helpers behind the caption edit commands (split, merge, nudge, find and
 * replace), exported so the captions panel can preview what a command will do (match counts).
 */

/** Cues in playback order: by start, then by their place in the list (stable). */
export function cuesInTimeOrder(cues: readonly CaptionCue[]): CaptionCue[] {
  return cues
    .map((cue, index) => ({ cue, index }))
    .sort((a, b) => a.cue.start - b.cue.start || a.index - b.index)
    .map(({ cue }) => cue);
}

/** The cues just before and just after `id` in playback order. */
export function timeNeighbours(
  cues: readonly CaptionCue[],
  id: string,
): { previous: CaptionCue | undefined; next: CaptionCue | undefined } {
  const ordered = cuesInTimeOrder(cues);
  const at = ordered.findIndex((cue) => cue.id === id);
  return { previous: at > 0 ? ordered[at - 1] : undefined, next: ordered[at + 1] };
}

/** Whether the word timings line up one to one with the words of `text`. */
export function wordsMatchText(words: readonly CaptionWord[], text: string): boolean {
  return tokenize(text).length === words.length;
}

/**
 * Word timings for new text: kept (with the new words' text) while the word count is unchanged,
 * otherwise undefined, because they no longer say which word is spoken when.
 */
export function wordsForText(
  words: readonly CaptionWord[] | undefined,
  text: string,
): CaptionWord[] | undefined {
  if (words === undefined) return undefined;
  const tokens = tokenize(text);
  if (tokens.length !== words.length) return undefined;
  return words.map((word, index) => ({ ...word, text: tokens[index]?.text ?? word.text }));
}

/** Milliseconds of frame `frame` at `fps`, on the frame grid (rounded to whole ms). */
export function frameTimeMs(frame: number, fps: number): number {
  return Math.round((frame * 1000) / fps);
}

/** The frame whose start is nearest to `timeMs`. */
export function nearestFrame(timeMs: number, fps: number): number {
  return Math.round((timeMs * fps) / 1000);
}

export interface FindOptions {
  /** The literal text to find (never a pattern). */
  find: string;
  caseSensitive: boolean;
  /** Only where the match is not part of a longer word (letters, digits, underscore). */
  wholeWord: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

/** A global, Unicode-aware expression matching `find` literally. */
export function findPattern({ find, caseSensitive, wholeWord }: FindOptions): RegExp {
  const literal = escapeRegExp(find);
  const source = wholeWord
    ? `(?<![\\p{L}\\p{N}\\p{M}_])${literal}(?![\\p{L}\\p{N}\\p{M}_])`
    : literal;
  return new RegExp(source, caseSensitive ? 'gu' : 'giu');
}

/** How many times `find` occurs in `text`. */
export function countMatches(text: string, options: FindOptions): number {
  if (options.find === '') return 0;
  return [...text.matchAll(findPattern(options))].length;
}

/** `text` with every match replaced by `replacement`, taken literally (`$&` is not special). */
export function replaceMatches(text: string, options: FindOptions, replacement: string): string {
  if (options.find === '') return text;
  return text.replace(findPattern(options), () => replacement);
}

export interface CueReplacement {
  cue: CaptionCue;
  text: string;
  matches: number;
}

/** Each cue whose text contains a match, with its new text, in list order. */
export function planReplacements(
  cues: readonly CaptionCue[],
  options: FindOptions,
  replacement: string,
): CueReplacement[] {
  return cues.flatMap((cue) => {
    const matches = countMatches(cue.text, options);
    if (matches === 0) return [];
    return [{ cue, text: replaceMatches(cue.text, options, replacement), matches }];
  });
}

/** Total matches across `cues` (what the find bar shows before replacing). */
export function countMatchesInCues(cues: readonly CaptionCue[], options: FindOptions): number {
  return cues.reduce((total, cue) => total + countMatches(cue.text, options), 0);
}
