/**
 * SubRip cue text. SRT has no escaping, so text is kept as typed, except for the markup that
 * players interpret rather than show: HTML-style formatting tags (<i>, <b>, <u>, <s>, <font …>)
 * and ASS/SSA override blocks such as {\an8} (a brace followed by a backslash, as ExoPlayer,
 * VLC and mpv read them). Other braces, backslashes and angle brackets stay literal.
 */

const FORMATTING_TAG = /<\/?(?:b|i|u|s)>|<font\b[^>]*>|<\/font>/gi;
const OVERRIDE_BLOCK = / ?\{\\[^}]*\} ?/g;

/** Replaces until nothing changes, so "<<i>i>" cannot leave a new tag behind. */
function removeAll(
  line: string,
  pattern: RegExp,
  replacer: (match: string, offset: number, whole: string) => string,
): string {
  let previous: string;
  let current = line;
  do {
    previous = current;
    current = previous.replace(pattern, replacer);
  } while (current !== previous);
  return current;
}

/**
 * An override block between two words leaves one space ("This {\an1} is" -> "This is"); at
 * the start or end of a line it leaves none.
 */
function dropOverride(match: string, offset: number, whole: string): string {
  const spaced = match.startsWith(' ') || match.endsWith(' ');
  const atEdge = offset === 0 || offset + match.length === whole.length;
  return spaced && !atEdge ? ' ' : '';
}

/** Plain cue text from an SRT entry's text lines; lines that held only markup are dropped. */
export function srtCueText(lines: readonly string[]): string {
  const kept: string[] = [];
  for (const line of lines) {
    const withoutOverrides = removeAll(line, OVERRIDE_BLOCK, dropOverride);
    const cleaned = removeAll(withoutOverrides, FORMATTING_TAG, () => '');
    if (cleaned !== line && cleaned.trim() === '') continue;
    kept.push(cleaned);
  }
  return kept.join('\n');
}
