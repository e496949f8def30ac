import type { CitationImportFormat } from '../../../shared/api/calls/citations';
import { EngineError } from '../errors';
import { readBibtex } from './bibtex';
import { checkEntries, type RawEntry, type ReadEntries } from './entries';
import { readCslJson } from './csl-json';
import { readRis } from './ris';

export interface CitationImportPreview extends ReadEntries {
  format: CitationImportFormat;
}

const FORMAT_NAMES: Record<CitationImportFormat, string> = {
  bibtex: 'BibTeX',
  ris: 'RIS',
  'csl-json': 'CSL-JSON',
};

/**
 * The format of pasted or read text: JSON starts with "[" or "{" (BibTeX never does), RIS has
 * a "TY  - " line, BibTeX an "@type{" entry. Null when it is none of them.
 */
export function detectCitationFormat(text: string): CitationImportFormat | null {
  const start = text.trimStart();
  if (start.startsWith('[') || start.startsWith('{')) return 'csl-json';
  if (/^TY {2}-/m.test(text)) return 'ris';
  if (/@[ \t]*[A-Za-z]+[ \t]*[{(]/.test(text)) return 'bibtex';
  return null;
}

function readerFor(format: CitationImportFormat): (text: string) => RawEntry[] {
  if (format === 'bibtex') return readBibtex;
  if (format === 'ris') return readRis;
  return readCslJson;
}

/**
 * Reads BibTeX, RIS or CSL-JSON text into the citations an import would add and the entries it
 * would skip (1-based entry, key, reason). Errors: empty, unknown-format (auto detection found
 * nothing), no-entries (the format was given but the text holds none of its entries),
 * invalid-json.
 */
export function previewCitationImport(
  text: string,
  format: CitationImportFormat | 'auto' = 'auto',
): CitationImportPreview {
  const source = text.replace(/^\uFEFF/, '');
  if (source.trim() === '') throw new EngineError('empty', 'Nothing to import: the text is empty.');
  const resolved = format === 'auto' ? detectCitationFormat(source) : format;
  if (resolved === null) {
    throw new EngineError(
      'unknown-format',
      'The text is not BibTeX (@article{…}), RIS (TY  - …) or CSL-JSON ([{…}]).',
    );
  }
  const raws = readerFor(resolved)(source);
  if (raws.length === 0) {
    throw new EngineError('no-entries', `The text holds no ${FORMAT_NAMES[resolved]} entry.`);
  }
  return { format: resolved, ...checkEntries(raws) };
}
