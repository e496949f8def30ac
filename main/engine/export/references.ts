import type { Citation, CslItem, CslName, ProjectDocument } from '../../../shared/model';

/**
 * A plain Vancouver-style reference from CSL-JSON, good enough for a post description until
 * citation-js formats them (issue 6): up to six authors as "Family GI" then "et al.", title,
 * journal (short title preferred), "Year;Volume(Issue):Pages", then the DOI, else the PMID,
 * else the URL. Books and web pages put the publisher before the year.
 */
const MAX_AUTHORS = 6;

function authorName(name: CslName): string | null {
  if (name.literal) return name.literal.trim();
  const family = name.family?.trim();
  if (!family) return null;
  const initials = (name.given ?? '')
    .split(/[\s.-]+/u)
    .filter((part) => part !== '')
    .map((part) => part[0]!.toUpperCase())
    .join('');
  return initials === '' ? family : `${family} ${initials}`;
}

function authorList(item: CslItem): string | null {
  const names = (item.author ?? []).map(authorName).filter((name) => name !== null);
  if (names.length === 0) return null;
  const shown = names.slice(0, MAX_AUTHORS).join(', ');
  return names.length > MAX_AUTHORS ? `${shown}, et al.` : `${shown}.`;
}

function year(item: CslItem): string | null {
  const issued = item.issued;
  const first = issued?.['date-parts']?.[0]?.[0];
  if (first !== undefined) return String(first);
  const text = issued?.literal ?? issued?.raw;
  return text?.match(/\d{4}/)?.[0] ?? null;
}

const sentence = (text: string): string => (/[.?!]$/.test(text) ? text : `${text}.`);

export function formatReference(item: CslItem): string {
  const parts: string[] = [];
  const authors = authorList(item);
  if (authors) parts.push(authors);
  if (item.title) parts.push(sentence(item.title.trim()));
  const container = item['container-title-short'] ?? item['container-title'];
  const published = year(item);
  if (container) {
    parts.push(sentence(container.trim()));
    let where = published ?? '';
    if (item.volume !== undefined) where += `;${item.volume}`;
    if (item.issue !== undefined) where += `(${item.issue})`;
    if (item.page !== undefined) where += `:${item.page}`;
    if (where !== '') parts.push(`${where.replace(/^;/, '')}.`);
  } else if (item.publisher || published) {
    parts.push(`${[item.publisher, published].filter(Boolean).join('; ')}.`);
  }
  if (item.DOI) parts.push(`doi:${item.DOI}`);
  else if (item.PMID) parts.push(`PMID: ${item.PMID}`);
  else if (item.URL) parts.push(`Available from: ${item.URL}`);
  return parts.join(' ');
}

/**
 * Citations in the order a viewer meets them (Vancouver numbers by first use): by the start
 * of the first caption or citation chip that uses each, then the unused ones in library order.
 */
export function citationsInOrderOfUse(doc: ProjectDocument): Citation[] {
  const firstUse = new Map<string, number>();
  const use = (id: string, time: number): void => {
    const seen = firstUse.get(id);
    if (seen === undefined || time < seen) firstUse.set(id, time);
  };
  for (const cue of doc.tracks.captions) for (const id of cue.citationIds) use(id, cue.start);
  for (const overlay of doc.tracks.overlays) {
    if (overlay.kind === 'citationChip') use(overlay.citationId, overlay.start);
  }
  const libraryIndex = new Map(doc.citations.map((citation, i) => [citation.id, i]));
  const rank = (citation: Citation): [number, number] => [
    firstUse.get(citation.id) ?? Number.POSITIVE_INFINITY,
    libraryIndex.get(citation.id) ?? 0,
  ];
  return [...doc.citations].sort((a, b) => {
    const [timeA, indexA] = rank(a);
    const [timeB, indexB] = rank(b);
    return timeA === timeB ? indexA - indexB : timeA - timeB;
  });
}

/** "1. Smith J, …" lines, numbered by first use; empty when the project cites nothing. */
export function referenceList(doc: ProjectDocument): string[] {
  return citationsInOrderOfUse(doc).map(
    (citation, i) => `${i + 1}. ${formatReference(citation.csl)}`,
  );
}
