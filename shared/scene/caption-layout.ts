import type { CaptionCue } from '../model/captions';
import type { TextAlign } from '../model/common';
import { paragraphDirection, visualWordOrders, type TextDirection } from './bidi';
import { ENGLISH_LINE_BREAK_RULES, type LineBreakRules } from './line-break-rules';
import { balancedBreaks } from './line-breaking';
import { textWidthPx } from './text-measure';
import type { SceneFont, SceneTextBlock, SceneTextLine, SceneWord } from './types';

/** One word to lay out; `breakBefore` is a hard line break typed in the text. */
export interface LayoutToken {
  text: string;
  index: number;
  breakBefore: boolean;
}

/** Splits text into words on whitespace, remembering typed line breaks. */
export function tokenize(text: string): LayoutToken[] {
  const tokens: LayoutToken[] = [];
  text.split(/\r?\n/).forEach((line, lineIndex) => {
    line
      .split(/\s+/)
      .filter((word) => word !== '')
      .forEach((word, wordIndex) => {
        tokens.push({
          text: word,
          index: tokens.length,
          breakBefore: lineIndex > 0 && wordIndex === 0,
        });
      });
  });
  return tokens;
}

/**
 * A cue's words. With word timings the words are the timed ones (indices match `cue.words`);
 * the cue text's line breaks are kept when its words are the same count as the timings.
 */
export function captionTokens(cue: Pick<CaptionCue, 'text' | 'words'>): LayoutToken[] {
  const fromText = tokenize(cue.text);
  const words = cue.words;
  if (words === undefined || words.length === 0 || words.length === fromText.length) {
    return fromText;
  }
  return words.map((word, index) => ({ text: word.text, index, breakBefore: false }));
}

/**
 * The word spoken at `offsetMs` into the cue: the word under the time, or in a pause the word
 * just said (so the highlight does not flicker between words); null before the first word.
 */
export function activeWordIndex(
  words: readonly { start: number; end: number }[],
  offsetMs: number,
): number | null {
  let active: number | null = null;
  words.forEach((word, index) => {
    if (word.start <= offsetMs) active = index;
  });
  return active;
}

export interface TextLayoutOptions {
  font: SceneFont;
  /** Multiple of the font size. */
  lineHeight: number;
  maxWidthPx: number;
  align: TextAlign;
}

/**
 * A line's words with their offsets, listed in reading order but placed in `visualOrder` (from
 * bidi.ts): in a right-to-left paragraph the first word sits on the right.
 */
function placeWords(
  tokens: readonly LayoutToken[],
  font: SceneFont,
  spacePx: number,
  visualOrder: readonly number[],
): SceneWord[] {
  const words: SceneWord[] = tokens.map((token) => ({
    text: token.text,
    index: token.index,
    xPx: 0,
    widthPx: textWidthPx(token.text, font, font.sizePx),
  }));
  let x = 0;
  for (const position of visualOrder) {
    const word = words[position];
    if (word === undefined) continue;
    word.xPx = x;
    x += word.widthPx + spacePx;
  }
  return words;
}

/** The direction a block's words are placed and drawn in: its first strong letter's. */
export function blockDirection(lines: readonly { text: string }[]): TextDirection {
  return paragraphDirection(lines.map((line) => line.text).join(' '));
}

/**
 * Line breaking: typed line breaks are kept; each run between them gets the fewest lines that fit
 * `maxWidthPx`, broken where the lines come out balanced and read well (line-breaking.ts, with
 * the English rules in line-break-rules.ts). A word wider than `maxWidthPx` gets a line of its
 * own (and overflows it).
 */
export function breakLines(
  tokens: readonly LayoutToken[],
  font: SceneFont,
  maxWidthPx: number,
  rules: LineBreakRules = ENGLISH_LINE_BREAK_RULES,
): LayoutToken[][] {
  const spacePx = textWidthPx(' ', font, font.sizePx);
  const paragraphs: LayoutToken[][] = [];
  for (const token of tokens) {
    const current = paragraphs[paragraphs.length - 1];
    if (current === undefined || token.breakBefore) paragraphs.push([token]);
    else current.push(token);
  }
  return paragraphs.flatMap((paragraph) => {
    const starts = balancedBreaks(
      {
        words: paragraph.map((token) => token.text),
        widthsPx: paragraph.map((token) => textWidthPx(token.text, font, font.sizePx)),
        spacePx,
        maxWidthPx,
        emPx: font.sizePx,
      },
      rules,
    );
    return starts.map((start, line) => paragraph.slice(start, starts[line + 1]));
  });
}

/**
 * Lays words out in a block `maxWidthPx` wide: lines, word offsets and the inked area. Lines
 * break in reading order; each line's words are then placed in visual order (bidi.ts), so in
 * Arabic or Hebrew the first word is on the right.
 */
export function layoutTextBlock(
  tokens: readonly LayoutToken[],
  options: TextLayoutOptions,
): SceneTextBlock {
  const { font, align, maxWidthPx } = options;
  const lineHeightPx = font.sizePx * options.lineHeight;
  const spacePx = textWidthPx(' ', font, font.sizePx);
  const brokenLines = breakLines(tokens, font, maxWidthPx);
  const visualOrders = visualWordOrders(
    brokenLines.map((lineTokens) => lineTokens.map((token) => token.text)),
    blockDirection(tokens),
  );
  const lines: SceneTextLine[] = brokenLines.map((lineTokens, lineIndex) => {
    const words = placeWords(lineTokens, font, spacePx, visualOrders[lineIndex] ?? []);
    const widthPx = Math.max(0, ...words.map((word) => word.xPx + word.widthPx));
    const free = maxWidthPx - widthPx;
    const xPx = align === 'left' ? 0 : align === 'right' ? free : free / 2;
    return { text: words.map((word) => word.text).join(' '), xPx, widthPx, words };
  });
  const heightPx = lines.length * lineHeightPx;
  const left = Math.min(...lines.map((line) => line.xPx));
  const right = Math.max(...lines.map((line) => line.xPx + line.widthPx));
  const ink =
    lines.length === 0
      ? { x: 0, y: 0, width: 0, height: 0 }
      : { x: left, y: 0, width: right - left, height: heightPx };
  return { font, align, lineHeightPx, widthPx: maxWidthPx, heightPx, lines, ink };
}

/** A block exactly as wide as its text (labels, chips): one alignment-free line per break. */
export function layoutLabel(
  tokens: readonly LayoutToken[],
  font: SceneFont,
  lineHeight: number,
  maxWidthPx: number,
): SceneTextBlock {
  const natural = layoutTextBlock(tokens, { font, lineHeight, maxWidthPx, align: 'left' });
  const width = Math.min(maxWidthPx, Math.max(0, ...natural.lines.map((line) => line.widthPx)));
  return layoutTextBlock(tokens, { font, lineHeight, maxWidthPx: width, align: 'center' });
}
