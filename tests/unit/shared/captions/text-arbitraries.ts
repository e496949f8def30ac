import fc from 'fast-check';

/**
 * Cue text a person might type: colons, quotes, backslashes, percent signs, braces, angle
 * brackets, ampersands, arrows, emoji, right-to-left letters and combining marks, on one to three
 * lines. Excluded, as documented: lines that are blank (a blank line ends a cue), "{\…}" (an
 * SSA override block), and a line that is itself a timing line.
 */
const pieces = [
  'a',
  'Z',
  '7',
  ' ',
  ':',
  '"',
  "'",
  '\\',
  '%',
  '{',
  '}',
  '<',
  '>',
  '&',
  '-->',
  '&amp;',
  '#',
  '😀',
  '👩‍⚕️',
  'ש',
  'م',
  'e\u0301',
  '\u200f',
  '—',
  '\t',
];

const lineArbitrary = fc
  .array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.join(''))
  .filter((line) => line.trim() !== '' && !/\{\\/.test(line));

export const literalTextArbitrary = fc
  .array(lineArbitrary, { minLength: 1, maxLength: 3 })
  .map((lines) => lines.join('\n'));
