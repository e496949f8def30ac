import type {
  AudioClip,
  CaptionCue,
  ManualRegion,
  Marker,
  MediaAsset,
  Overlay,
  ProjectDocument,
  VideoClip,
} from '../../../shared/model';
import { clipEndMs } from '../../../shared/model';
import type { Selection, SelectedItem, SelectionKind } from '../../editor/selection';

/** What the inspector shows for the current selection. */
export type InspectorTarget =
  | { kind: 'none' }
  | { kind: 'clip'; clip: VideoClip; media: MediaAsset | undefined }
  | { kind: 'audio'; clip: AudioClip; media: MediaAsset | undefined }
  | { kind: 'overlay'; overlay: Overlay }
  | { kind: 'caption'; cue: CaptionCue }
  | { kind: 'marker'; marker: Marker }
  | { kind: 'region'; region: ManualRegion }
  | { kind: 'multi'; items: SelectedItem[]; counts: Partial<Record<SelectionKind, number>> };

const byId = <T extends { id: string }>(items: readonly T[], id: string) =>
  items.find((item) => item.id === id);

/** One selected item looked up in the document, or undefined when it is gone. */
function single(doc: ProjectDocument, item: SelectedItem): InspectorTarget | undefined {
  const media = (mediaId: string) => byId(doc.media, mediaId);
  switch (item.kind) {
    case 'clip': {
      const clip = byId(doc.tracks.video, item.id);
      return clip && { kind: 'clip', clip, media: media(clip.mediaId) };
    }
    case 'audio': {
      const clip = byId(doc.tracks.audio, item.id);
      return clip && { kind: 'audio', clip, media: media(clip.mediaId) };
    }
    case 'overlay': {
      const overlay = byId(doc.tracks.overlays, item.id);
      return overlay && { kind: 'overlay', overlay };
    }
    case 'caption': {
      const cue = byId(doc.tracks.captions, item.id);
      return cue && { kind: 'caption', cue };
    }
    case 'marker': {
      const marker = byId(doc.markers, item.id);
      return marker && { kind: 'marker', marker };
    }
    case 'region': {
      const region = byId(doc.privacy.manualRegions, item.id);
      return region && { kind: 'region', region };
    }
  }
}

/**
 * The selection resolved against the document. Items that are gone (the selection is pruned
 * after a render, so it can briefly name a removed item) are left out.
 */
export function resolveTarget(doc: ProjectDocument, selection: Selection): InspectorTarget {
  const found = selection.flatMap((item) => {
    const target = single(doc, item);
    return target === undefined ? [] : [{ item, target }];
  });
  const [first] = found;
  if (first === undefined) return { kind: 'none' };
  if (found.length === 1) return first.target;
  const counts: Partial<Record<SelectionKind, number>> = {};
  for (const { item } of found) counts[item.kind] = (counts[item.kind] ?? 0) + 1;
  return { kind: 'multi', items: found.map(({ item }) => item), counts };
}

/** The panel heading for a target. */
export function targetTitle(target: InspectorTarget): string {
  switch (target.kind) {
    case 'none':
      return 'Project';
    case 'clip':
      return 'Video clip';
    case 'audio':
      return 'Audio clip';
    case 'overlay':
      return 'Overlay';
    case 'caption':
      return 'Caption';
    case 'marker':
      return 'Marker';
    case 'region':
      return 'Blur region';
    case 'multi':
      return `${target.items.length} items selected`;
  }
}

const KIND_NOUNS: Record<SelectionKind, [string, string]> = {
  clip: ['video clip', 'video clips'],
  audio: ['audio clip', 'audio clips'],
  overlay: ['overlay', 'overlays'],
  caption: ['caption', 'captions'],
  marker: ['marker', 'markers'],
  region: ['blur region', 'blur regions'],
};

/** "2 video clips, 1 caption". */
export function describeCounts(counts: Partial<Record<SelectionKind, number>>): string {
  return (Object.keys(KIND_NOUNS) as SelectionKind[])
    .filter((kind) => (counts[kind] ?? 0) > 0)
    .map((kind) => {
      const count = counts[kind] ?? 0;
      return `${count} ${KIND_NOUNS[kind][count === 1 ? 0 : 1]}`;
    })
    .join(', ');
}

/** Where the playhead falls in an item: its own time there (clamped) and whether it is inside. */
export interface ItemTime {
  /** The item's time at the playhead, clamped to the item. */
  t: number;
  /** The same without clamping (before or after the item when the playhead is outside it). */
  raw: number;
  inside: boolean;
}

/** An overlay's local time (keyframe time, ms since its start) at the playhead. */
export function overlayTimeAt(overlay: Overlay, playheadMs: number): ItemTime {
  const length = overlay.end - overlay.start;
  const local = playheadMs - overlay.start;
  return {
    t: Math.min(Math.max(0, local), length),
    raw: local,
    inside: local >= 0 && local <= length,
  };
}

/** A clip's source time (focus keyframe time) at the playhead. */
export function clipSourceTimeAt(clip: VideoClip, playheadMs: number): ItemTime {
  const inside = playheadMs >= clip.start && playheadMs < clipEndMs(clip);
  const offset = Math.min(Math.max(0, playheadMs - clip.start), clip.out - clip.in);
  return { t: clip.in + offset, raw: clip.in + playheadMs - clip.start, inside };
}
