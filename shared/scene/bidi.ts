import bidiFactory from 'bidi-js';

/**
 * Right-to-left text at word level (the Unicode Bidirectional Algorithm, UAX #9, by `bidi-js`).
 * The scene draws every word as its own node, so a line's words must be placed in visual order:
 * in an Arabic or Hebrew line the first word is on the right, while a number or an English drug
 * name inside it keeps its own left-to-right order. Each word's letters are ordered and shaped by
 * the canvas itself, drawn with the paragraph's direction (so a full stop after a Latin word at
 * the end of an Arabic sentence lands on the word's left, as in a whole-line drawing).
 */

export type TextDirection = 'ltr' | 'rtl';

const bidi = bidiFactory();

/**
 * Every character that is right-to-left (bidi class R or AL), an Arabic number (AN), or an
 * explicit embedding, override or isolate: the blocks of the right-to-left scripts, RLM/ALM and
 * the formatting controls. Text without any is laid out left to right in reading order (UAX #9:
 * in a left-to-right paragraph with no R, AL or AN every level resolves to 0), so the common case
 * skips the algorithm; a test checks every code point outside this set against bidi-js.
 */
const RIGHT_TO_LEFT_OR_CONTROL =
  /[\u0590-\u08FF\u200F\u202A-\u202E\u2066-\u2069\uFB1D-\uFDFF\uFE70-\uFEFF]|[\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/** True when `text` has nothing that the bidi algorithm would move out of reading order. */
export function isPlainLeftToRight(text: string): boolean {
  return !RIGHT_TO_LEFT_OR_CONTROL.test(text);
}

/** The direction of a paragraph: that of its first strong letter; left-to-right without one. */
export function paragraphDirection(text: string): TextDirection {
  if (isPlainLeftToRight(text)) return 'ltr';
  const level = bidi.getEmbeddingLevels(text, 'auto').paragraphs[0]?.level ?? 0;
  return level % 2 === 1 ? 'rtl' : 'ltr';
}

/**
 * For each line (its words in reading order), the indices of its words from left to right as
 * displayed in a paragraph of `direction`. The levels are resolved over the whole block, as one
 * paragraph (so a neutral at a line's edge takes its direction from the words around it), then
 * each line is reordered on its own. Words are never split: a word goes where its letters'
 * middle falls in the reordered line.
 */
export function visualWordOrders(
  lines: readonly (readonly string[])[],
  direction: TextDirection,
): number[][] {
  const text = lines.map((words) => words.join(' ')).join(' ');
  if (direction === 'ltr' && isPlainLeftToRight(text)) {
    return lines.map((words) => words.map((_, index) => index));
  }
  const levels = bidi.getEmbeddingLevels(text, direction);
  let lineStart = 0;
  return lines.map((words) => {
    const lineText = words.join(' ');
    const start = lineStart;
    lineStart += lineText.length + 1;
    if (words.length < 2) return words.map((_, index) => index);
    const visualPosition = new Array<number>(lineText.length).fill(0);
    bidi
      .getReorderedIndices(text, levels, start, start + lineText.length - 1)
      .forEach((logical, visual) => {
        visualPosition[logical - start] = visual;
      });
    let wordStart = 0;
    const centres = words.map((word) => {
      let total = 0;
      for (let i = wordStart; i < wordStart + word.length; i += 1) total += visualPosition[i] ?? 0;
      wordStart += word.length + 1;
      return total / Math.max(1, word.length);
    });
    return words.map((_, index) => index).sort((a, b) => (centres[a] ?? 0) - (centres[b] ?? 0));
  });
}

/** `visualWordOrders` of a single line. */
export function visualWordOrder(words: readonly string[], direction: TextDirection): number[] {
  return visualWordOrders([words], direction)[0] ?? [];
}
