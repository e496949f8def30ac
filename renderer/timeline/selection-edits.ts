import type { CommandInvocation, TrackItemKind } from '../../shared/commands';
import { invocation } from '../../shared/commands';
import type { ProjectDocument } from '../../shared/model';
import type { Selection, SelectedItem } from '../editor/selection';
import { spanOf } from './drag-edits';

/**
 * The timeline's keyboard and toolbar edits as command invocations, pure. New ids come from
 * `newId` so tests can make them repeatable.
 */

export type NewId = (kind: TrackItemKind) => string;

const TRACK_KINDS: readonly TrackItemKind[] = ['clip', 'audio', 'overlay', 'caption'];

function isTrackItem(item: SelectedItem): item is SelectedItem & { kind: TrackItemKind } {
  return (TRACK_KINDS as readonly string[]).includes(item.kind);
}

/** Whether the item spans `atMs` strictly inside (a split there leaves two real pieces). */
function spans(doc: ProjectDocument, item: SelectedItem, atMs: number): boolean {
  const span = spanOf(doc, item);
  return span !== null && span.start < atMs && atMs < span.end;
}

/**
 * What S splits: the selected items under the playhead; when none of the selection is under it
 * (or nothing is selected), the video clip under the playhead, as in CapCut.
 */
export function splitTargets(
  doc: ProjectDocument,
  selection: Selection,
  atMs: number,
): { kind: TrackItemKind; id: string }[] {
  const selected = selection.filter(isTrackItem).filter((item) => spans(doc, item, atMs));
  if (selected.length > 0) return selected.map(({ kind, id }) => ({ kind, id }));
  return doc.tracks.video
    .filter((clip) => spans(doc, { kind: 'clip', id: clip.id }, atMs))
    .map((clip) => ({ kind: 'clip' as const, id: clip.id }));
}

export function splitInvocation(
  doc: ProjectDocument,
  selection: Selection,
  atMs: number,
  newId: NewId,
): CommandInvocation | null {
  const targets = splitTargets(doc, selection, atMs);
  if (targets.length === 0) return null;
  return invocation('timeline.split', {
    at: atMs,
    items: targets.map((target) => ({ ...target, newId: newId(target.kind) })),
  });
}

const REMOVE = {
  clip: 'clip.remove',
  audio: 'audio.remove',
  overlay: 'overlay.remove',
  caption: 'caption.remove',
  marker: 'marker.remove',
  region: 'privacy.removeRegion',
} as const;

/** Removes every selected item (gaps stay), as one step. */
export function deleteInvocations(selection: Selection): CommandInvocation[] {
  return selection.map((item) => invocation(REMOVE[item.kind], { id: item.id }));
}

/** Removes the selected items and closes the gaps on their tracks; markers are just removed. */
export function rippleDeleteInvocations(selection: Selection): CommandInvocation[] {
  const items = selection.filter(isTrackItem).map(({ kind, id }) => ({ kind, id }));
  const markers = selection.filter((item) => item.kind === 'marker');
  return [
    ...(items.length > 0 ? [invocation('timeline.rippleDelete', { items })] : []),
    ...markers.map((marker) => invocation('marker.remove', { id: marker.id })),
  ];
}

/** Copies of the selected track items right after the originals, and the copies to select. */
export function duplicateInvocation(
  selection: Selection,
  newId: NewId,
): { invocation: CommandInvocation; copies: SelectedItem[] } | null {
  const items = selection
    .filter(isTrackItem)
    .map(({ kind, id }) => ({ kind, id, newId: newId(kind) }));
  if (items.length === 0) return null;
  return {
    invocation: invocation('timeline.duplicate', { items }),
    copies: items.map((item) => ({ kind: item.kind, id: item.newId })),
  };
}

/** Every item on every track (markers are left out, as in Premiere). */
export function everyItem(doc: ProjectDocument): SelectedItem[] {
  const { tracks } = doc;
  return [
    ...tracks.video.map((item) => ({ kind: 'clip' as const, id: item.id })),
    ...tracks.audio.map((item) => ({ kind: 'audio' as const, id: item.id })),
    ...tracks.overlays.map((item) => ({ kind: 'overlay' as const, id: item.id })),
    ...tracks.captions.map((item) => ({ kind: 'caption' as const, id: item.id })),
  ];
}

/** A label for the undo history: "Delete clip", "Delete 3 items". */
export function stepLabel(verb: string, items: readonly SelectedItem[]): string {
  const names: Record<SelectedItem['kind'], string> = {
    clip: 'clip',
    audio: 'audio clip',
    overlay: 'overlay',
    caption: 'caption',
    marker: 'marker',
    region: 'blur region',
  };
  const kinds = new Set(items.map((item) => item.kind));
  if (items.length === 1 || kinds.size === 1) {
    const [first] = items;
    const name = first ? names[first.kind] : 'item';
    return items.length === 1 ? `${verb} ${name}` : `${verb} ${items.length} ${name}s`;
  }
  return `${verb} ${items.length} items`;
}
