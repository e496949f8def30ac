import type { ProjectDocument } from '../../../shared/model';
import { clipEndMs } from '../../../shared/model/timeline';

/** Where a stretch of one media file plays on the timeline, through one video clip. */
export interface TimelineSpan {
  clipId: string;
  startMs: number;
  endMs: number;
}

/**
 * Every stretch of the timeline that shows source time `fromMs`…`toMs` of the media, in
 * timeline order. A still shows its one picture for as long as its clip lasts, so any span of a
 * still maps to the whole clip. A one-sample span (`fromMs === toMs`) inside a clip still maps.
 */
export function timelineSpansOf(
  doc: ProjectDocument,
  mediaId: string,
  fromMs: number,
  toMs: number,
): TimelineSpan[] {
  const asset = doc.media.find((m) => m.id === mediaId);
  const still = asset?.probe.kind === 'image';
  const spans: TimelineSpan[] = [];
  for (const clip of doc.tracks.video) {
    if (clip.mediaId !== mediaId) continue;
    if (still) {
      spans.push({ clipId: clip.id, startMs: clip.start, endMs: clipEndMs(clip) });
      continue;
    }
    const from = Math.max(fromMs, clip.in);
    const to = Math.min(toMs, clip.out);
    if (from > to || from >= clip.out) continue;
    spans.push({
      clipId: clip.id,
      startMs: clip.start + (from - clip.in),
      endMs: clip.start + (to - clip.in),
    });
  }
  return spans.sort((a, b) => a.startMs - b.startMs);
}

/** A span as the panel shows it: on the timeline when the media plays there, else in the source. */
export type PlacedSpan =
  | { where: 'timeline'; startMs: number; endMs: number; more: number }
  | { where: 'source'; startMs: number; endMs: number };

export function placeSpan(
  doc: ProjectDocument,
  mediaId: string,
  fromMs: number,
  toMs: number,
): PlacedSpan {
  const spans = timelineSpansOf(doc, mediaId, fromMs, toMs);
  const first = spans[0];
  if (first === undefined) {
    return { where: 'source', startMs: Math.max(0, fromMs), endMs: Math.max(0, toMs) };
  }
  return { where: 'timeline', startMs: first.startMs, endMs: first.endMs, more: spans.length - 1 };
}
