import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** citation-js's own plugin test data (../shared/data, MIT) and the hand-made malformed files. */
export const CITATION_JS = fileURLToPath(
  new URL('../../../../../../shared/data/citations/citation-js/packages/', import.meta.url),
);
export const OWN_FIXTURES = fileURLToPath(
  new URL('../../../../fixtures/citations/', import.meta.url),
);

export const readOwn = (name: string): string => readFileSync(join(OWN_FIXTURES, name), 'utf8');

export function readJson<T>(relative: string): T {
  return JSON.parse(readFileSync(join(CITATION_JS, relative), 'utf8')) as T;
}

/** [input or null, expected CSL items, …options], keyed by case name. */
export type CaseTable = Record<string, [unknown, Record<string, unknown>[], ...unknown[]]>;

/** The BibTeX case's text: inline, or input/<name without "with ">.bib|.txt. */
export function bibtexCaseText(name: string, input: unknown): string {
  if (typeof input === 'string') return input;
  const base = join(CITATION_JS, 'plugin-bibtex/test/input', name.replace(/^with /, ''));
  const file = [`${base}.bib`, `${base}.txt`].find((path) => existsSync(path));
  if (file === undefined) throw new Error(`no input file for BibTeX case "${name}"`);
  return readFileSync(file, 'utf8');
}

/** What the import must keep: items with something to find the source by. */
export const findable = (item: Record<string, unknown>): boolean =>
  ['title', 'DOI', 'PMID', 'URL'].some((field) => typeof item[field] === 'string');
