import type { Citation, CslItem } from '../model/citations';

const normalizedDoi = (doi: string | undefined): string | undefined =>
  doi === undefined ? undefined : doi.trim().toLowerCase();

/**
 * The project citation that is the same source as `item`: same DOI (DOIs compare
 * case-insensitively) or same PMID. Items without either are never called duplicates.
 */
export function findSameSource(
  citations: readonly Citation[],
  item: CslItem,
): Citation | undefined {
  const doi = normalizedDoi(item.DOI);
  const pmid = item.PMID?.trim();
  return citations.find(
    (citation) =>
      (doi !== undefined && normalizedDoi(citation.csl.DOI) === doi) ||
      (pmid !== undefined && pmid !== '' && citation.csl.PMID?.trim() === pmid),
  );
}
