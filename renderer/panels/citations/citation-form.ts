import { validateDoi, validatePmid } from '../../../shared/citations/identifiers';
import type { CslItem, CslName } from '../../../shared/model';

/**
 * The manual citation form as plain data: what the fields hold, how they become a CSL-JSON
 * item, and the reason each bad field is refused (DOI and PMID through the shared validators).
 */

export const CITATION_TYPES = [
  { value: 'article-journal', label: 'Journal article' },
  { value: 'book', label: 'Book' },
  { value: 'chapter', label: 'Book chapter' },
  { value: 'report', label: 'Report or guideline' },
  { value: 'webpage', label: 'Web page' },
] as const;

export interface CitationFormValues {
  type: string;
  /** One person per line as "Family, Given"; a line without a comma is kept as written. */
  authors: string;
  title: string;
  journal: string;
  year: string;
  doi: string;
  pmid: string;
}

export type CitationFormField = keyof CitationFormValues;
export type CitationFormErrors = Partial<Record<CitationFormField, string>>;

export const EMPTY_CITATION_FORM: CitationFormValues = {
  type: 'article-journal',
  authors: '',
  title: '',
  journal: '',
  year: '',
  doi: '',
  pmid: '',
};

export function parseAuthors(text: string): CslName[] {
  return text
    .split(/\r?\n|;/)
    .map((line) => line.trim().replace(/\s+/g, ' '))
    .filter((line) => line !== '')
    .map((line): CslName => {
      const comma = line.indexOf(',');
      if (comma < 0) return { literal: line };
      const family = line.slice(0, comma).trim();
      const given = line.slice(comma + 1).trim();
      return given === '' ? { family } : { family, given };
    });
}

function authorLine(name: CslName): string {
  if (name.literal !== undefined) return name.literal;
  return [name.family ?? '', name.given ?? ''].filter((part) => part !== '').join(', ');
}

/** The form prefilled from a stored item (fields the form does not show are kept by the caller). */
export function formFromCsl(csl: CslItem): CitationFormValues {
  const year = csl.issued?.['date-parts']?.[0]?.[0];
  return {
    type: csl.type,
    authors: (csl.author ?? []).map(authorLine).join('\n'),
    title: csl.title ?? '',
    journal: csl['container-title'] ?? '',
    year: year === undefined ? '' : String(year),
    doi: csl.DOI ?? '',
    pmid: csl.PMID ?? '',
  };
}

const YEAR = /^(1[5-9]\d\d|2\d\d\d)$/;

/**
 * The CSL item the form describes, on top of `base` (the stored item when editing, so fields
 * the form does not show survive), or the reason for each field that cannot be used.
 */
export function citationFromForm(
  values: CitationFormValues,
  base: CslItem | undefined = undefined,
): { ok: true; csl: CslItem } | { ok: false; errors: CitationFormErrors } {
  const errors: CitationFormErrors = {};
  const title = values.title.trim();
  if (title === '') errors.title = 'A title is needed to recognise the source.';
  const year = values.year.trim();
  if (year !== '' && !YEAR.test(year)) errors.year = `"${year}" is not a year like 2023.`;
  let doi: string | undefined;
  if (values.doi.trim() !== '') {
    const result = validateDoi(values.doi);
    if (result.ok) doi = result.value;
    else errors.doi = result.reason;
  }
  let pmid: string | undefined;
  if (values.pmid.trim() !== '') {
    const result = validatePmid(values.pmid);
    if (result.ok) pmid = result.value;
    else errors.pmid = result.reason;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const csl: Record<string, unknown> = { ...base, type: values.type, title };
  const authors = parseAuthors(values.authors);
  const journal = values.journal.trim();
  const set = (key: string, value: unknown) => {
    if (value === undefined) delete csl[key];
    else csl[key] = value;
  };
  set('author', authors.length > 0 ? authors : undefined);
  set('container-title', journal === '' ? undefined : journal);
  if (journal !== (base?.['container-title'] ?? '')) set('container-title-short', undefined);
  set('issued', year === '' ? undefined : { 'date-parts': [[Number(year)]] });
  set('DOI', doi);
  set('PMID', pmid);
  return { ok: true, csl: csl as CslItem };
}
