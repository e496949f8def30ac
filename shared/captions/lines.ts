import type { SubtitleCue } from './types';

/** Splitting subtitle text into numbered lines and blank-line separated blocks. */

/**
 * Lines split at CRLF, CR or LF (files with bare CR endings exist), without a leading
 * byte-order mark.
 */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

export interface TextBlock {
  /** 1-based line number of the block's first line. */
  firstLine: number;
  lines: string[];
}

/** Runs of lines that are not blank, with where each run starts. */
export function splitBlocks(
  lines: readonly string[],
  isBlank: (line: string) => boolean,
): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: TextBlock | null = null;
  lines.forEach((line, index) => {
    if (isBlank(line)) {
      current = null;
      return;
    }
    if (current === null) {
      current = { firstLine: index + 1, lines: [] };
      blocks.push(current);
    }
    current.lines.push(line);
  });
  return blocks;
}

/** Text lines for writing a cue: line breaks normalised, blank lines (which end a cue) dropped. */
export function cueTextLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
}

/** A line quoted in a problem, cut short so one odd line cannot flood a message. */
export function quoteLine(line: string, max = 60): string {
  const trimmed = line.trim();
  return `"${trimmed.length > max ? `${trimmed.slice(0, max - 1)}…` : trimmed}"`;
}

/** Throws on a cue no subtitle file can hold; returns its text lines. */
export function writableCueLines(cue: SubtitleCue, position: number): string[] {
  if (!Number.isSafeInteger(cue.start) || !Number.isSafeInteger(cue.end) || cue.start < 0) {
    throw new RangeError(`cue ${position}: times must be non-negative integers of ms`);
  }
  if (cue.end <= cue.start) {
    throw new RangeError(
      `cue ${position}: ends at ${cue.end} ms, not after its start ${cue.start} ms`,
    );
  }
  const lines = cueTextLines(cue.text);
  if (lines.length === 0) throw new RangeError(`cue ${position}: no text`);
  return lines;
}
