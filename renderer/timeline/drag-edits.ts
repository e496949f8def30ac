import type { TimingChange } from '../../shared/commands';
import type { ProjectDocument } from '../../shared/model';
import { clipEndMs } from '../../shared/model';
import type { SelectedItem } from '../editor/selection';
import { minItemMs } from './geometry';
import { planVideoMove } from './video-move';

/**
 * What a drag on the timeline changes, pure: the timing changes of a move (of any mix of
 * items) or of a trim of one edge, each clamped to what the document allows. The timeline
 * previews them while the pointer moves and dispatches them as one `timeline.retime` on release.
 */

export type Edge = 'start' | 'end';

interface Span {
  start: number;
  end: number;
}

/** The span of a selected item, or null when it is gone. Markers are points. */
export function spanOf(doc: ProjectDocument, item: SelectedItem): Span | null {
  const { tracks } = doc;
  switch (item.kind) {
    case 'clip': {
      const clip = tracks.video.find((each) => each.id === item.id);
      return clip ? { start: clip.start, end: clipEndMs(clip) } : null;
    }
    case 'audio': {
      const clip = tracks.audio.find((each) => each.id === item.id);
      return clip ? { start: clip.start, end: clipEndMs(clip) } : null;
    }
    case 'overlay':
    case 'caption': {
      const list = item.kind === 'overlay' ? tracks.overlays : tracks.captions;
      const found = list.find((each) => each.id === item.id);
      return found ? { start: found.start, end: found.end } : null;
    }
    case 'marker': {
      const marker = doc.markers.find((each) => each.id === item.id);
      return marker ? { start: marker.time, end: marker.time } : null;
    }
    case 'region':
      // Blur regions live in source time, not on the timeline.
      return null;
  }
}

/** The edges that move with a drag of `items` (what snapping looks at). */
export function movingEdges(doc: ProjectDocument, items: readonly SelectedItem[]): number[] {
  return items.flatMap((item) => {
    const span = spanOf(doc, item);
    return span === null ? [] : span.start === span.end ? [span.start] : [span.start, span.end];
  });
}

/** The delta clamped so nothing moves before 0. */
export function clampMoveDelta(
  doc: ProjectDocument,
  items: readonly SelectedItem[],
  deltaMs: number,
): number {
  const starts = items.map((item) => spanOf(doc, item)?.start ?? Infinity);
  const earliest = Math.min(...starts);
  return Number.isFinite(earliest) ? Math.max(deltaMs, -earliest) : deltaMs;
}

/**
 * The timing changes that move `items` by `deltaMs` (already clamped and snapped). Video clips
 * dropped onto other clips insert instead (see planVideoMove), which can move other clips too.
 */
export function planMove(
  doc: ProjectDocument,
  items: readonly SelectedItem[],
  deltaMs: number,
): TimingChange[] {
  if (deltaMs === 0) return [];
  const ids = (kind: SelectedItem['kind']) =>
    new Set(items.filter((item) => item.kind === kind).map((item) => item.id));
  const changes: TimingChange[] = [];
  const video = planVideoMove(doc.tracks.video, ids('clip'), deltaMs);
  for (const [id, start] of video.starts) changes.push({ kind: 'clip', id, start });
  const audioIds = ids('audio');
  for (const clip of doc.tracks.audio) {
    if (audioIds.has(clip.id))
      changes.push({ kind: 'audio', id: clip.id, start: clip.start + deltaMs });
  }
  const overlayIds = ids('overlay');
  for (const overlay of doc.tracks.overlays) {
    if (overlayIds.has(overlay.id)) {
      changes.push({
        kind: 'overlay',
        id: overlay.id,
        start: overlay.start + deltaMs,
        end: overlay.end + deltaMs,
      });
    }
  }
  const cueIds = ids('caption');
  for (const cue of doc.tracks.captions) {
    if (cueIds.has(cue.id)) {
      changes.push({
        kind: 'caption',
        id: cue.id,
        start: cue.start + deltaMs,
        end: cue.end + deltaMs,
      });
    }
  }
  const markerIds = ids('marker');
  for (const marker of doc.markers) {
    if (markerIds.has(marker.id))
      changes.push({ kind: 'marker', id: marker.id, time: marker.time + deltaMs });
  }
  return changes;
}

/** How far an edge of `item` may go: [min, max] in timeline ms. */
export function trimRange(
  doc: ProjectDocument,
  item: SelectedItem,
  edge: Edge,
  fps: number,
): [number, number] | null {
  const shortest = minItemMs(fps);
  const span = spanOf(doc, item);
  if (span === null || item.kind === 'marker') return null;
  if (item.kind === 'overlay' || item.kind === 'caption') {
    return edge === 'start' ? [0, span.end - shortest] : [span.start + shortest, Infinity];
  }
  const clip =
    item.kind === 'clip'
      ? doc.tracks.video.find((each) => each.id === item.id)
      : doc.tracks.audio.find((each) => each.id === item.id);
  if (clip === undefined) return null;
  const asset = doc.media.find((each) => each.id === clip.mediaId);
  // A still image has no source length: its in/out only say how long it shows.
  const still = asset?.probe.kind === 'image';
  const mediaEnd = still || asset === undefined ? Infinity : asset.probe.durationMs;
  let before = 0;
  let after = Infinity;
  if (item.kind === 'clip') {
    for (const other of doc.tracks.video) {
      if (other.id === clip.id) continue;
      if (clipEndMs(other) <= span.start) before = Math.max(before, clipEndMs(other));
      if (other.start >= span.end) after = Math.min(after, other.start);
    }
  }
  if (edge === 'start') {
    const earliest = still ? before : Math.max(before, clip.start - clip.in);
    return [earliest, span.end - shortest];
  }
  return [span.start + shortest, Math.min(after, span.start + (mediaEnd - clip.in))];
}

/** The change that puts `edge` of `item` at `edgeMs` (clamp it with trimRange first). */
export function planTrim(
  doc: ProjectDocument,
  item: SelectedItem,
  edge: Edge,
  edgeMs: number,
): TimingChange | null {
  const span = spanOf(doc, item);
  if (span === null) return null;
  if ((edge === 'start' ? span.start : span.end) === edgeMs) return null;
  switch (item.kind) {
    case 'overlay':
    case 'caption':
      return edge === 'start'
        ? { kind: item.kind, id: item.id, start: edgeMs, end: span.end }
        : { kind: item.kind, id: item.id, start: span.start, end: edgeMs };
    case 'clip':
    case 'audio': {
      const clip =
        item.kind === 'clip'
          ? doc.tracks.video.find((each) => each.id === item.id)
          : doc.tracks.audio.find((each) => each.id === item.id);
      if (clip === undefined) return null;
      if (edge === 'end')
        return {
          kind: item.kind,
          id: item.id,
          start: clip.start,
          out: clip.out + edgeMs - span.end,
        };
      const still = doc.media.find((each) => each.id === clip.mediaId)?.probe.kind === 'image';
      const shift = edgeMs - clip.start;
      // Trimming the head moves in and start together, so the rest stays where it was.
      return still
        ? { kind: item.kind, id: item.id, start: edgeMs, in: clip.in, out: clip.out - shift }
        : { kind: item.kind, id: item.id, start: edgeMs, in: clip.in + shift, out: clip.out };
    }
    case 'marker':
    case 'region':
      return null;
  }
}

/** Every track item's key and span (snap targets). */
export function timedItems(doc: ProjectDocument): { key: string; start: number; end: number }[] {
  const { tracks } = doc;
  return [
    ...tracks.video.map((c) => ({ key: `clip:${c.id}`, start: c.start, end: clipEndMs(c) })),
    ...tracks.audio.map((c) => ({ key: `audio:${c.id}`, start: c.start, end: clipEndMs(c) })),
    ...tracks.overlays.map((o) => ({ key: `overlay:${o.id}`, start: o.start, end: o.end })),
    ...tracks.captions.map((c) => ({ key: `caption:${c.id}`, start: c.start, end: c.end })),
  ];
}
