/**
 * Counting characters the way a reader sees them: user-perceived characters (extended grapheme
 * clusters, Unicode UAX #29) through the built-in `Intl.Segmenter`, so an emoji with a skin tone
 * or a family emoji counts as one, as does a letter with combining accents; UTF-16 code units
 * would count those as 2 to 11.
 */

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** User-perceived characters in `text` (every space and punctuation mark counts). */
export function graphemeCount(text: string): number {
  // Printable ASCII is one character per unit; segmenting is the slow path.
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  let count = 0;
  for (const _segment of graphemes.segment(text)) count += 1;
  return count;
}

/**
 * Characters a reader reads in a cue, for reading speed: each typed line with runs of white
 * space collapsed to one space and its ends trimmed, summed over the lines; line breaks and
 * blank lines count nothing. So "Take it\nwith food" counts 7 + 9 = 16.
 */
export function visibleCharacterCount(text: string): number {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .reduce((total, line) => total + graphemeCount(line), 0);
}
