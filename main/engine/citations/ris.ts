import { parseAs } from './citation-js';
import type { RawEntry } from './entries';

/**
 * RIS through citation-js, one record at a time so a broken record costs only itself. A record
 * starts at a "TY  - " line; anything before the first one (export headers) is ignored.
 */

const RECORD_START = /^TY {2}- ?/gm;

function tagValue(record: string, tag: string): string | undefined {
  const value = new RegExp(`^${tag} {2}- ?(.*)$`, 'm').exec(record)?.[1]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function readRecord(record: string, entry: number): RawEntry {
  const key = tagValue(record, 'ID');
  const where = key === undefined ? { entry } : { entry, key };
  try {
    const [csl] = parseAs(record, '@ris/file') as unknown[];
    if (csl === undefined || (typeof csl === 'object' && csl !== null && !('type' in csl))) {
      return { ...where, reason: `unknown RIS record type "${tagValue(record, 'TY') ?? ''}"` };
    }
    return { ...where, csl };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ...where, reason: `RIS record cannot be read: ${message}` };
  }
}

/** Every record of a RIS file, in file order (1-based `entry`), read or with its reason. */
export function readRis(text: string): RawEntry[] {
  const normalized = text.replace(/\r\n?/g, '\n');
  const starts = [...normalized.matchAll(RECORD_START)].map((match) => match.index);
  return starts.map((start, i) =>
    readRecord(normalized.slice(start, starts[i + 1] ?? normalized.length), i + 1),
  );
}
