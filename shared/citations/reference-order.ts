import type { Citation } from '../model/citations';
import type { ProjectDocument } from '../model/document';

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
