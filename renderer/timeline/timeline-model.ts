import type { TrackItemKind } from '../../shared/commands';
import type {
  AudioClip,
  CaptionCue,
  MediaAsset,
  Overlay,
  ProjectDocument,
  VideoClip,
} from '../../shared/model';
import { clipEndMs } from '../../shared/model';
import { citationShortLabel } from '../../shared/scene/chip-label';

/**
 * What the timeline draws, pure: one row per track (overlays, captions, video, audio), each
 * item with its span, a label and a lane. Overlays, cues and audio clips may overlap in time;
 * overlapping ones stack in lanes so none hides another.
 */

export type TrackId = 'overlays' | 'captions' | 'video' | 'audio';

export type TrackItemSource = VideoClip | AudioClip | Overlay | CaptionCue;

export interface TimelineItemView {
  /** `kind:id`, unique across tracks. */
  key: string;
  kind: TrackItemKind;
  id: string;
  start: number;
  end: number;
  lane: number;
  label: string;
  /** The document's own object: unchanged items keep their identity across edits. */
  source: TrackItemSource;
}

export interface TrackRow {
  id: TrackId;
  kind: TrackItemKind;
  label: string;
  lanes: number;
  laneHeight: number;
  /** From the top of the tracks area (below the ruler). */
  top: number;
  height: number;
  items: TimelineItemView[];
}

/** Lane heights: the video track is tall enough for a filmstrip, audio for a waveform. */
export const LANE_HEIGHT: Record<TrackId, number> = {
  overlays: 26,
  captions: 26,
  video: 56,
  audio: 44,
};
export const ROW_GAP = 4;
export const RULER_HEIGHT = 28;
/** Width of the track headers on the left. */
export const HEADER_WIDTH = 112;

const TRACKS: ReadonlyArray<{ id: TrackId; kind: TrackItemKind; label: string }> = [
  { id: 'overlays', kind: 'overlay', label: 'Overlays' },
  { id: 'captions', kind: 'caption', label: 'Captions' },
  { id: 'video', kind: 'clip', label: 'Video' },
  { id: 'audio', kind: 'audio', label: 'Audio' },
];

/**
 * Greedy interval partitioning: each span (in the given order) goes in the first lane that is
 * free at its start. Returns the lane of each span.
 */
export function assignLanes(spans: readonly { start: number; end: number }[]): number[] {
  const order = spans.map((_, index) => index).sort((a, b) => spans[a]!.start - spans[b]!.start);
  const laneEnds: number[] = [];
  const lanes = new Array<number>(spans.length).fill(0);
  for (const index of order) {
    const span = spans[index]!;
    let lane = laneEnds.findIndex((end) => end <= span.start);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = span.end;
    lanes[index] = lane;
  }
  return lanes;
}

function title(words: string): string {
  const text = words.replace(/[_-]+/g, ' ').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function overlayLabel(
  overlay: Overlay,
  doc: Pick<ProjectDocument, 'citations' | 'media'>,
): string {
  switch (overlay.kind) {
    case 'icon':
      return title(overlay.iconId.split('/').at(-1) ?? overlay.iconId);
    case 'callout':
    case 'text':
      return overlay.text;
    case 'shape':
      return overlay.number === undefined
        ? title(overlay.shape)
        : `${title(overlay.shape)} ${overlay.number}`;
    case 'image':
      return doc.media.find((asset) => asset.id === overlay.mediaId)?.name ?? 'Image';
    case 'citationChip': {
      const citation = doc.citations.find((each) => each.id === overlay.citationId);
      return overlay.label ?? (citation ? citationShortLabel(citation.csl) : 'Citation');
    }
  }
}

function mediaName(media: ReadonlyMap<string, MediaAsset>, mediaId: string): string {
  return media.get(mediaId)?.name ?? 'Unknown media';
}

function itemsOf(
  doc: ProjectDocument,
  kind: TrackItemKind,
  media: ReadonlyMap<string, MediaAsset>,
): Omit<TimelineItemView, 'lane'>[] {
  const view = (
    id: string,
    start: number,
    end: number,
    label: string,
    source: TrackItemSource,
  ) => ({ key: `${kind}:${id}`, kind, id, start, end, label, source });
  switch (kind) {
    case 'clip':
      return doc.tracks.video.map((c) =>
        view(c.id, c.start, clipEndMs(c), mediaName(media, c.mediaId), c),
      );
    case 'audio':
      return doc.tracks.audio.map((c) =>
        view(c.id, c.start, clipEndMs(c), mediaName(media, c.mediaId), c),
      );
    case 'overlay':
      return doc.tracks.overlays.map((o) => view(o.id, o.start, o.end, overlayLabel(o, doc), o));
    case 'caption':
      return doc.tracks.captions.map((c) => view(c.id, c.start, c.end, c.text, c));
  }
}

export function buildTimelineRows(doc: ProjectDocument): TrackRow[] {
  const media = new Map(doc.media.map((asset) => [asset.id, asset]));
  let top = 0;
  return TRACKS.map((track) => {
    const items = itemsOf(doc, track.kind, media);
    const lanes = track.id === 'video' ? items.map(() => 0) : assignLanes(items);
    const laneCount = Math.max(1, ...lanes.map((lane) => lane + 1));
    const laneHeight = LANE_HEIGHT[track.id];
    const row: TrackRow = {
      ...track,
      lanes: laneCount,
      laneHeight,
      top,
      height: laneCount * laneHeight,
      items: items.map((item, index) => ({ ...item, lane: lanes[index] ?? 0 })),
    };
    top += row.height + ROW_GAP;
    return row;
  });
}

export function rowsHeight(rows: readonly TrackRow[]): number {
  const last = rows.at(-1);
  return last === undefined ? 0 : last.top + last.height;
}

/** A rectangle in the tracks area: x in px from the time origin, y from the first row's top. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The items a selection box touches. */
export function itemsInBox(
  rows: readonly TrackRow[],
  box: Box,
  pxPerMs: number,
): { kind: TrackItemKind; id: string }[] {
  const hits: { kind: TrackItemKind; id: string }[] = [];
  for (const row of rows) {
    for (const item of row.items) {
      const top = row.top + item.lane * row.laneHeight;
      const touches =
        item.start * pxPerMs <= box.right &&
        item.end * pxPerMs >= box.left &&
        top <= box.bottom &&
        top + row.laneHeight >= box.top;
      if (touches) hits.push({ kind: item.kind, id: item.id });
    }
  }
  return hits;
}

/** Every item's key and span (snap targets, hit tests). */
export function allItems(rows: readonly TrackRow[]): TimelineItemView[] {
  return rows.flatMap((row) => row.items);
}
