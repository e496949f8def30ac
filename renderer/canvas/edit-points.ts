import { clipEndMs, documentDurationMs, type ProjectDocument } from '../../shared/model';
import { frameAt, frameStartMs, lastFrameMs } from './timecode';

/**
 * Edit points for Up/Down (previous/next edit): the start and end of every clip, caption cue
 * and overlay, every marker, the in/out marks, and the two ends of the timeline. Each is put on
 * the frame grid (the frame that shows at that time) and listed once, in order.
 */
export function editPoints(
  doc: ProjectDocument,
  marks: { markInMs: number | null; markOutMs: number | null } = {
    markInMs: null,
    markOutMs: null,
  },
): number[] {
  const { fps } = doc.format;
  const durationMs = documentDurationMs(doc);
  const endMs = lastFrameMs(durationMs, fps);
  const times: number[] = [0, endMs];
  const { video, audio, captions, overlays } = doc.tracks;
  for (const clip of [...video, ...audio]) times.push(clip.start, clipEndMs(clip));
  for (const item of [...captions, ...overlays]) times.push(item.start, item.end);
  for (const marker of doc.markers) times.push(marker.time);
  if (marks.markInMs !== null) times.push(marks.markInMs);
  if (marks.markOutMs !== null) times.push(marks.markOutMs);
  const onGrid = times.map((ms) => Math.min(frameStartMs(frameAt(ms, fps), fps), endMs));
  return [...new Set(onGrid)].sort((a, b) => a - b);
}

/** The last edit point before `timeMs`, or null at or before the first. */
export function previousEditPoint(points: readonly number[], timeMs: number): number | null {
  for (let index = points.length - 1; index >= 0; index -= 1) {
    const point = points[index] as number;
    if (point < timeMs) return point;
  }
  return null;
}

/** The first edit point after `timeMs`, or null at or after the last. */
export function nextEditPoint(points: readonly number[], timeMs: number): number | null {
  return points.find((point) => point > timeMs) ?? null;
}
