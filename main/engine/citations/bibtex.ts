import { parseAs, parseTo } from './citation-js';
import type { RawEntry } from './entries';

/**
 * BibTeX/BibLaTeX through citation-js. Its parser refuses a whole file for one syntax error, so
 * a file that fails is split into entries (each starts with "@type{" at the start of a line)
 * and each is read alone, with the file's @string definitions in front of it.
 */

const TEXT = '@biblatex/text';
const ENTRIES = '@biblatex/entries+list';

interface BibtexEntry {
  type: string;
  label: string;
}

interface Chunk {
  text: string;
  /** 1-based line of the chunk's first line in the file. */
  line: number;
}

const ENTRY_START = /^[ \t]*@[ \t]*[A-Za-z]+[ \t]*[{(]/gm;

function splitEntries(text: string): Chunk[] {
  const starts = [...text.matchAll(ENTRY_START)].map((match) => match.index);
  return starts.map((start, i) => ({
    text: text.slice(start, starts[i + 1] ?? text.length),
    line: text.slice(0, start).split('\n').length,
  }));
}

function kindOf(chunk: string): string {
  return /@[ \t]*([A-Za-z]+)/.exec(chunk)?.[1]?.toLowerCase() ?? '';
}

function keyOf(chunk: string): string | undefined {
  return /^[ \t]*@[ \t]*[A-Za-z]+[ \t]*[{(][ \t]*([^,\s{}()]+)[ \t]*,/.exec(chunk)?.[1];
}

/** citation-js's "expected x, got y at line 3 col 1:" with the line counted in the whole file. */
function syntaxReason(error: unknown, firstLine: number, prefixLines: number): string {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  const located = message.replace(
    /at line (\d+) col (\d+):?$/,
    (_, line: string, column: string) =>
      `at line ${firstLine + Number(line) - 1 - prefixLines}, column ${column}`,
  );
  const reason = located.replace(/:$/, '').replace(/got EOF/, 'got the end of the entry');
  return `BibTeX syntax error in the entry at line ${firstLine}: ${reason}`;
}

function toCsl(entries: readonly BibtexEntry[], first: number): RawEntry[] {
  try {
    const items = parseAs(entries, ENTRIES) as unknown[];
    if (items.length === entries.length) {
      return items.map((csl, i) => ({ entry: first + i, key: entries[i]?.label, csl }));
    }
  } catch {
    // One entry the mapping cannot take fails the list; read them one by one below.
  }
  return entries.map((entry, i) => {
    try {
      const [csl] = parseAs([entry], ENTRIES) as unknown[];
      return { entry: first + i, key: entry.label, csl };
    } catch (error) {
      return {
        entry: first + i,
        key: entry.label,
        reason: `cannot be read: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
  });
}

function withoutUndefinedKey(entry: RawEntry): RawEntry {
  if (entry.key !== undefined) return entry;
  const { key: _unused, ...rest } = entry;
  return rest;
}

function readEntryByEntry(text: string): RawEntry[] {
  const chunks = splitEntries(text);
  const prefix = chunks
    .filter((chunk) => kindOf(chunk.text) === 'string')
    .map((chunk) => `${chunk.text.trimEnd()}\n`)
    .join('');
  const prefixLines = prefix.split('\n').length - 1;
  const found: RawEntry[] = [];
  for (const chunk of chunks) {
    if (['string', 'preamble', 'comment'].includes(kindOf(chunk.text))) continue;
    const entry = found.length + 1;
    const key = keyOf(chunk.text);
    try {
      const parsed = parseTo(prefix + chunk.text, TEXT, ENTRIES) as BibtexEntry[];
      if (parsed.length === 0) {
        found.push({ entry, key, reason: 'no entry could be read here' });
      } else {
        found.push(...toCsl(parsed, entry));
      }
    } catch (error) {
      found.push({ entry, key, reason: syntaxReason(error, chunk.line, prefixLines) });
    }
  }
  return found.map(withoutUndefinedKey);
}

/** Every entry of a BibTeX file, in file order (1-based `entry`), read or with its reason. */
export function readBibtex(text: string): RawEntry[] {
  let entries: BibtexEntry[];
  try {
    entries = parseTo(text, TEXT, ENTRIES) as BibtexEntry[];
  } catch {
    return readEntryByEntry(text);
  }
  return toCsl(entries, 1).map(withoutUndefinedKey);
}
