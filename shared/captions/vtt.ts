import webvtt from 'webvtt-parser';
import type { Entity } from 'webvtt-parser';
import htmlEntities from 'webvtt-parser/html-entities.json';
import { quoteLine, splitBlocks, splitLines, writableCueLines, type TextBlock } from './lines';
import { formatVttTime, parseTimingLine, parseVttTime } from './timestamps';
import type { SubtitleCue, SubtitleProblem } from './types';
import { cueTreeText, decodeNumericReferences, escapeVttText } from './vtt-text';

/**
 * WebVTT through the W3C's reference parser (webvtt-parser), one block at a time so each
 * skipped cue is tied to its line. Around it:
 * - the full HTML entity table is passed in: the library's built-in table turns "&lt;" into
 *   "<;";
 * - timing lines are first rewritten in canonical form when a lenient reading (as ExoPlayer's)
 *   accepts them: "00:00" and "02.345" become "00:00:00.000" and "00:00:02.345"; a timing the
 *   lenient reading also refuses is left for the library to report;
 * - REGION blocks are skipped like NOTE and STYLE (the library does not know them).
 */
const parser = new webvtt.WebVTTParser(htmlEntities as Record<Entity, string>);

const SIGNATURE = /^WEBVTT(?:[ \t]|$)/;
const METADATA_BLOCK = /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/;
/** Lines the library sees before a block: "WEBVTT" and a blank line. */
const PREFIX_LINES = 2;

export function hasVttSignature(text: string): boolean {
  return SIGNATURE.test(splitLines(text)[0] ?? '');
}

function canonicalTimingLine(line: string): string {
  const timing = parseTimingLine(line, parseVttTime);
  if (!timing.ok) return line;
  const settings = timing.settings === '' ? '' : ` ${timing.settings}`;
  return `${formatVttTime(timing.start)} --> ${formatVttTime(timing.end)}${settings}`;
}

/** The header block may run straight into a cue (no blank line after it): that part is a cue block. */
function cueBlocks(blocks: readonly TextBlock[]): TextBlock[] {
  const [header, ...rest] = blocks;
  if (header === undefined) return [];
  const cueStart = header.lines.findIndex((line) => line.includes('-->'));
  const fromHeader =
    cueStart > 0
      ? [{ firstLine: header.firstLine + cueStart, lines: header.lines.slice(cueStart) }]
      : [];
  return [...fromHeader, ...rest].filter((block) => !METADATA_BLOCK.test(block.lines[0] ?? ''));
}

function readBlock(
  block: TextBlock,
  index: number,
): { cues: SubtitleCue[]; problems: SubtitleProblem[] } {
  const prepared = block.lines.map((line) =>
    line.includes('-->') ? canonicalTimingLine(line) : decodeNumericReferences(line),
  );
  const result = parser.parse(`WEBVTT\n\n${prepared.join('\n')}`, 'subtitles');
  const fileLine = (libraryLine: number): number =>
    block.firstLine + libraryLine - PREFIX_LINES - 1;
  const cues: SubtitleCue[] = [];
  const problems: SubtitleProblem[] = [];
  for (const parsed of result.cues) {
    const start = Math.round(parsed.startTime * 1000);
    const end = Math.round(parsed.endTime * 1000);
    const text = cueTreeText(parsed.tree.children);
    if (end <= start) {
      problems.push({
        line: block.firstLine,
        index,
        reason: `cue ends at ${formatVttTime(end)}, not after its start ${formatVttTime(start)}`,
      });
    } else if (text.trim() === '') {
      problems.push({ line: block.firstLine, index, reason: 'cue has no text' });
    } else {
      cues.push({ start, end, text });
    }
  }
  // Each "-->" line starts a cue (a missing blank line does not merge two cues); every one the
  // library dropped is reported with the error on its identifier or timing line.
  const attempts = Math.max(1, block.lines.filter((line) => line.includes('-->')).length);
  const dropped = attempts - result.cues.length;
  if (dropped > 0) {
    const errors = result.errors.map((error) => ({ ...error, line: fileLine(error.line) }));
    const lineText = (line: number): string => block.lines[line - block.firstLine] ?? '';
    const fatal = errors.filter(
      (error) => error.line === block.firstLine || lineText(error.line).includes('-->'),
    );
    const reported = fatal.filter(
      (error, i) => fatal.findIndex((e) => e.line === error.line) === i,
    );
    for (let i = 0; i < dropped; i += 1) {
      const error = reported[i] ?? (i === 0 ? errors[0] : undefined);
      // An error past the block (the library reads one line ahead) belongs to its first line.
      const line =
        error !== undefined && lineText(error.line) !== '' ? error.line : block.firstLine;
      const why = error?.message.replace(/\.$/, '') ?? 'not a cue';
      problems.push({ line, index, reason: `cue skipped: ${why} (${quoteLine(lineText(line))})` });
    }
  }
  return { cues, problems };
}

/** WebVTT text -> cues in file order, and one problem per skipped cue. Needs the signature. */
export function parseVtt(text: string): { cues: SubtitleCue[]; problems: SubtitleProblem[] } {
  const blocks = splitBlocks(splitLines(text), (line) => line === '');
  const cues: SubtitleCue[] = [];
  const problems: SubtitleProblem[] = [];
  cueBlocks(blocks).forEach((block, i) => {
    const read = readBlock(block, i + 1);
    cues.push(...read.cues);
    problems.push(...read.problems);
  });
  return { cues, problems };
}

/**
 * Cues -> WebVTT: the "WEBVTT" header, a blank line, then "HH:MM:SS.mmm --> HH:MM:SS.mmm" and
 * the text with &, < and > escaped, cues separated by one blank line, a final newline. Blank
 * lines inside a cue's text are dropped (they would end the cue).
 */
export function toVtt(cues: readonly SubtitleCue[]): string {
  const body = cues.map((cue, i) => {
    const lines = writableCueLines(cue, i + 1).map(escapeVttText);
    return `${formatVttTime(cue.start)} --> ${formatVttTime(cue.end)}\n${lines.join('\n')}\n`;
  });
  return ['WEBVTT\n', ...body].join('\n');
}
