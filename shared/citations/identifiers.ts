/**
 * DOI and PMID validation, shared by the manual citation form, the importers and the CLI.
 * Pure string checks: nothing here looks an identifier up.
 */

export type IdentifierProblem =
  'empty' | 'not-a-doi' | 'doi-prefix' | 'doi-suffix' | 'not-a-pmid' | 'pmid-length' | 'pmid-zero';

export type IdentifierResult =
  { ok: true; value: string } | { ok: false; reason: string; problem: IdentifierProblem };

/** A bare DOI: "10." + a 4–9 digit registrant code + "/" + a suffix without spaces. */
export const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/;
/** PubMed identifiers are 1–8 digits. */
export const PMID_PATTERN = /^\d{1,8}$/;

/** Resolver URLs and labels people paste in front of a DOI; removed before checking. */
const DOI_URL_PREFIX = /^(?:https?:\/\/)?(?:dx\.)?doi\.org\//i;
const DOI_LABEL_PREFIX = /^doi\s*:\s*/i;

const PMID_PREFIXES = [
  /^https?:\/\/(?:www\.)?(?:pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov\/pubmed)\//i,
  /^pmid\s*:?\s*/i,
];

function fail(problem: IdentifierProblem, reason: string): IdentifierResult {
  return { ok: false, reason, problem };
}

/** Percent-escapes appear when a DOI was copied from a resolver URL ("10.1000%2Fxyz"). */
function decodeUrlPart(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Accepts "10.1056/NEJMoa2034577", "doi:10.1056/…", "https://doi.org/10.1056/…" and returns the
 * bare DOI (case kept: DOIs compare case-insensitively, but the registrant's spelling reads best).
 */
export function validateDoi(text: string): IdentifierResult {
  let doi = text.trim();
  if (doi === '') return fail('empty', 'DOI is empty');
  if (DOI_URL_PREFIX.test(doi)) doi = decodeUrlPart(doi.replace(DOI_URL_PREFIX, ''));
  else doi = doi.replace(DOI_LABEL_PREFIX, '');
  if (DOI_PATTERN.test(doi)) return { ok: true, value: doi };
  if (!doi.startsWith('10.')) {
    return fail(
      'not-a-doi',
      `"${text.trim()}" is not a DOI: a DOI starts with "10." (e.g. 10.1056/NEJMoa2034577)`,
    );
  }
  const slash = doi.indexOf('/');
  const registrant = slash < 0 ? doi.slice(3) : doi.slice(3, slash);
  if (!/^\d{4,9}$/.test(registrant)) {
    return fail(
      'doi-prefix',
      `"${text.trim()}" is not a DOI: after "10." it needs a 4–9 digit registrant code, then "/"`,
    );
  }
  if (slash < 0) {
    return fail(
      'doi-suffix',
      `"${text.trim()}" is not a DOI: "10.${registrant}" must be followed by "/" and a suffix`,
    );
  }
  const suffix = doi.slice(slash + 1);
  if (suffix === '') {
    return fail('doi-suffix', `"${text.trim()}" is not a DOI: nothing follows "10.${registrant}/"`);
  }
  return fail(
    'doi-suffix',
    `"${text.trim()}" is not a DOI: the part after "/" may not contain spaces`,
  );
}

/** Accepts "32931596", "PMID: 32931596" or a PubMed URL and returns the digits. */
export function validatePmid(text: string): IdentifierResult {
  let pmid = text.trim();
  if (pmid === '') return fail('empty', 'PMID is empty');
  for (const prefix of PMID_PREFIXES) {
    if (prefix.test(pmid)) {
      pmid = pmid.replace(prefix, '').replace(/\/$/, '');
      break;
    }
  }
  if (!/^\d+$/.test(pmid)) {
    return fail(
      'not-a-pmid',
      `"${text.trim()}" is not a PMID: a PMID is digits only (e.g. 32931596)`,
    );
  }
  if (!PMID_PATTERN.test(pmid)) {
    return fail('pmid-length', `"${text.trim()}" is not a PMID: a PMID has at most 8 digits`);
  }
  if (/^0/.test(pmid)) {
    return fail('pmid-zero', `"${text.trim()}" is not a PMID: a PMID does not start with 0`);
  }
  return { ok: true, value: pmid };
}

/** The DOI's resolver link, as printed in references and encoded in chip QR codes. */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi}`;
}
