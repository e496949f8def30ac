import { cslItemSchema, type CslItem } from '../../../shared/model/citations';
import { issuesFromZodError, summarizeIssues } from '../../../shared/model/errors';
import { validateDoi, validatePmid } from '../../../shared/citations/identifiers';
import { citationShortLabel } from '../../../shared/scene/chip-label';
import type { CitationPreviewEntry, CitationProblem } from '../../../shared/api/calls/citations';

/** One entry as a reader found it: CSL-JSON to check, or the reason it could not be read. */
export type RawEntry =
  { entry: number; key?: string; csl: unknown } | { entry: number; key?: string; reason: string };

export interface ReadEntries {
  entries: CitationPreviewEntry[];
  problems: CitationProblem[];
}

function problemOf(
  raw: { entry: number; key?: string | undefined },
  reason: string,
): CitationProblem {
  return raw.key === undefined
    ? { entry: raw.entry, reason }
    : { entry: raw.entry, key: raw.key, reason };
}

/** DOI and PMID in their bare form, or the reason one of them is refused. */
function checkIdentifiers(item: CslItem): CslItem | string {
  const checked = { ...item };
  if (checked.DOI !== undefined) {
    const doi = validateDoi(checked.DOI);
    if (!doi.ok) return doi.reason;
    checked.DOI = doi.value;
  }
  if (checked.PMID !== undefined) {
    const pmid = validatePmid(checked.PMID);
    if (!pmid.ok) return pmid.reason;
    checked.PMID = pmid.value;
  }
  return checked;
}

/** Why a CSL item cannot be a citation, or the checked item. */
export function checkCslItem(csl: unknown): CslItem | string {
  if (typeof csl !== 'object' || csl === null || Array.isArray(csl)) {
    return 'not a CSL-JSON object';
  }
  if (Object.keys(csl).length === 0) return 'nothing could be read from it';
  const type = (csl as { type?: unknown }).type;
  if (typeof type !== 'string' || type.trim() === '') {
    return 'it has no "type" (a CSL item type such as "article-journal")';
  }
  const parsed = cslItemSchema.safeParse(csl);
  if (!parsed.success)
    return `not valid CSL-JSON: ${summarizeIssues(issuesFromZodError(parsed.error), 3)}`;
  const findable = [parsed.data.title, parsed.data.DOI, parsed.data.PMID, parsed.data.URL];
  if (findable.every((field) => (field ?? '').trim() === '')) {
    return 'it has no title, DOI, PMID or URL to find the source by';
  }
  return checkIdentifiers(parsed.data);
}

/**
 * Checks every entry a reader found: valid ones become preview entries (CSL plus chip label),
 * the rest problems. A key seen before is refused so one import never holds the same source twice.
 */
export function checkEntries(raws: readonly RawEntry[]): ReadEntries {
  const entries: CitationPreviewEntry[] = [];
  const problems: CitationProblem[] = [];
  const keys = new Map<string, number>();
  for (const raw of raws) {
    if ('reason' in raw) {
      problems.push(problemOf(raw, raw.reason));
      continue;
    }
    const checked = checkCslItem(raw.csl);
    if (typeof checked === 'string') {
      problems.push(problemOf(raw, checked));
      continue;
    }
    const firstWithKey = raw.key === undefined ? undefined : keys.get(raw.key);
    if (raw.key !== undefined && firstWithKey !== undefined) {
      problems.push(
        problemOf(raw, `the key "${raw.key}" is already used by entry ${firstWithKey}`),
      );
      continue;
    }
    if (raw.key !== undefined) keys.set(raw.key, raw.entry);
    entries.push({ csl: checked, label: citationShortLabel(checked) });
  }
  return { entries, problems };
}
