import { quoteLine, splitBlocks, splitLines, writableCueLines, type TextBlock } from './lines';
import { srtCueText } from './srt-text';
import { formatSrtTime, parseSrtTime, parseTimingLine } from './timestamps';
import type { SubtitleCue, SubtitleProblem } from './types';

const SEQUENCE_NUMBER = /^\s*\d+\s*$/;

const isTimingLine = (line: string): boolean => parseTimingLine(line, parseSrtTime).ok;

/**
 * A blank-line separated block can hold several entries when a blank line is missing: a new
 * entry starts at every valid timing line (with the sequence number before it). A malformed
 * timing line opens an entry only in the block's first two lines, where it must be the timing.
 */
function splitEntries(block: TextBlock): TextBlock[] {
  const starts: number[] = [];
  block.lines.forEach((line, index) => {
    const opensEntry =
      line.includes('-->') && ((starts.length === 0 && index <= 1) || isTimingLine(line));
    if (!opensEntry) return;
    const previous = starts.at(-1) ?? -1;
    const withNumber = index - 1 > previous && SEQUENCE_NUMBER.test(block.lines[index - 1] ?? '');
    starts.push(withNumber ? index - 1 : index);
  });
  if (starts[0] !== 0) starts.unshift(0);
  return starts.map((start, i) => ({
    firstLine: block.firstLine + start,
    lines: block.lines.slice(start, starts[i + 1]),
  }));
}

type EntryResult = { cue: SubtitleCue } | { problem: SubtitleProblem };

function readEntry(entry: TextBlock, index: number): EntryResult {
  const [first = '', second] = entry.lines;
  const numbered = SEQUENCE_NUMBER.test(first);
  const label = numbered ? `cue ${first.trim()}` : 'cue';
  const fail = (reason: string, lineOffset = 0): EntryResult => ({
    problem: { line: entry.firstLine + lineOffset, index, reason: `${label}: ${reason}` },
  });
  const timingOffset = first.includes('-->') ? 0 : numbered && second?.includes('-->') ? 1 : -1;
  if (timingOffset < 0) {
    return numbered
      ? fail('no timing line after the sequence number')
      : fail(`text without a timing line: ${quoteLine(first)}`);
  }
  const timing = parseTimingLine(entry.lines[timingOffset] ?? '', parseSrtTime, 'HH:MM:SS,mmm');
  if (!timing.ok) return fail(timing.reason, timingOffset);
  if (timing.end <= timing.start) {
    return fail(
      `ends at ${formatSrtTime(timing.end)}, not after its start ${formatSrtTime(timing.start)}`,
      timingOffset,
    );
  }
  const text = srtCueText(entry.lines.slice(timingOffset + 1));
  if (text.trim() === '') return fail('no text', timingOffset);
  return { cue: { start: timing.start, end: timing.end, text } };
}

/** SubRip text -> cues in file order, and one problem per skipped entry. */
export function parseSrt(text: string): {
  cues: SubtitleCue[];
  problems: SubtitleProblem[];
  hasTimingLines: boolean;
} {
  const blocks = splitBlocks(splitLines(text), (line) => line.trim() === '');
  const cues: SubtitleCue[] = [];
  const problems: SubtitleProblem[] = [];
  let index = 0;
  let hasTimingLines = false;
  for (const block of blocks) {
    for (const entry of splitEntries(block)) {
      index += 1;
      hasTimingLines ||= entry.lines.some((line) => line.includes('-->'));
      const result = readEntry(entry, index);
      if ('cue' in result) cues.push(result.cue);
      else problems.push(result.problem);
    }
  }
  return { cues, problems, hasTimingLines };
}

/**
 * Cues -> SubRip: numbered from 1, "HH:MM:SS,mmm --> HH:MM:SS,mmm", entries separated by one
 * blank line, LF line endings, a final newline. Blank lines inside a cue's text are dropped
 * (in SRT they would end the cue).
 */
export function toSrt(cues: readonly SubtitleCue[]): string {
  return cues
    .map((cue, i) => {
      const lines = writableCueLines(cue, i + 1);
      return `${i + 1}\n${formatSrtTime(cue.start)} --> ${formatSrtTime(cue.end)}\n${lines.join('\n')}\n`;
    })
    .join('\n');
}
