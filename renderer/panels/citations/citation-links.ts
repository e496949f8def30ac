import { chipIdFor } from '../../../shared/commands/citation-chips';
import { invocation } from '../../../shared/commands';
import type { CommandInvocation } from '../../../shared/commands';
import type { CitationPreviewEntry } from '../../../shared/api/calls/citations';
import type { ProjectDocument } from '../../../shared/model';

/**
 * The panel's edits as command lists; each list is dispatched as ONE undo step.
 */

/** Links the cue to the citation and places the chip for that cue's time. */
export function linkInvocations(cueId: string, citationId: string): CommandInvocation[] {
  return [
    invocation('caption.linkCitation', { cueId, citationId }),
    invocation('citation.placeChips', { cueIds: [cueId] }),
  ];
}

/** Unlinks, and removes the chip that linking placed (a chip placed by hand stays). */
export function unlinkInvocations(
  doc: ProjectDocument,
  cueId: string,
  citationId: string,
): CommandInvocation[] {
  const chipId = chipIdFor(cueId, citationId);
  const chip = doc.tracks.overlays.some((overlay) => overlay.id === chipId);
  return [
    invocation('caption.unlinkCitation', { cueId, citationId }),
    ...(chip ? [invocation('overlay.remove', { id: chipId })] : []),
  ];
}

/** One citation.add per previewed entry, with ids from `makeId`. */
export function importInvocations(
  entries: readonly CitationPreviewEntry[],
  makeId: () => string,
): CommandInvocation[] {
  return entries.map((entry) => invocation('citation.add', { id: makeId(), csl: entry.csl }));
}

/** Where each citation is cited: the cues linking it and the chips showing it. */
export function citationUses(
  doc: ProjectDocument,
  citationId: string,
): { cues: number; chips: number } {
  return {
    cues: doc.tracks.captions.filter((cue) => cue.citationIds.includes(citationId)).length,
    chips: doc.tracks.overlays.filter(
      (overlay) => overlay.kind === 'citationChip' && overlay.citationId === citationId,
    ).length,
  };
}

/**
 * Removes a citation in one step: unlinks it from every cue, removes every chip showing it,
 * then the citation itself (citation.remove alone refuses while anything still cites it).
 */
export function removeInvocations(doc: ProjectDocument, citationId: string): CommandInvocation[] {
  const unlinks = doc.tracks.captions
    .filter((cue) => cue.citationIds.includes(citationId))
    .map((cue) => invocation('caption.unlinkCitation', { cueId: cue.id, citationId }));
  const chips = doc.tracks.overlays
    .filter((overlay) => overlay.kind === 'citationChip' && overlay.citationId === citationId)
    .map((overlay) => invocation('overlay.remove', { id: overlay.id }));
  return [...unlinks, ...chips, invocation('citation.remove', { id: citationId })];
}
