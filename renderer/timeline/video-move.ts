import { rippleShift } from '../../shared/commands/timeline-timing';
import type { VideoClip } from '../../shared/model';
import { clipEndMs } from '../../shared/model';

/**
 * Where the video clips go when some of them are dragged, pure. The video track is a single
 * layer, so clips cannot overlap:
 * - dropped in free space (gaps allowed), the dragged clips simply move;
 * - dropped onto other clips, they are inserted at the nearest cut instead (as on CapCut's main
 *   track): the hole they left closes, they go in before the first clip whose middle is past
 *   their own middle, and the clips after them move right to make room (so the clips between
 *   the old and the new place shift over, and clips beyond both stay where they were).
 * Returns the new start of every clip whose start changes.
 */
export function planVideoMove(
  video: readonly VideoClip[],
  movingIds: ReadonlySet<string>,
  deltaMs: number,
): { starts: Map<string, number>; inserted: boolean } {
  const moving = video.filter((clip) => movingIds.has(clip.id));
  const others = video.filter((clip) => !movingIds.has(clip.id));
  const starts = new Map<string, number>();
  if (moving.length === 0) return { starts, inserted: false };
  const proposed = moving.map((clip) => ({ clip, start: clip.start + deltaMs }));
  const collides = proposed.some(({ clip, start }) => {
    const end = start + (clipEndMs(clip) - clip.start);
    return others.some((other) => other.start < end && start < clipEndMs(other));
  });
  if (!collides) {
    for (const { clip, start } of proposed) if (start !== clip.start) starts.set(clip.id, start);
    return { starts, inserted: false };
  }

  const groupStart = Math.min(...proposed.map((p) => p.start));
  const groupEnd = Math.max(...proposed.map((p) => p.start + clipEndMs(p.clip) - p.clip.start));
  const groupMiddle = (groupStart + groupEnd) / 2;
  const span = groupEnd - groupStart;
  const holes = moving.map((clip) => ({ start: clip.start, end: clipEndMs(clip) }));
  const closed = others.map((clip) => {
    const start = clip.start - rippleShift(holes, clip.start);
    return { clip, start, end: start + clipEndMs(clip) - clip.start };
  });
  const index = closed.findIndex((other) => (other.start + other.end) / 2 > groupMiddle);
  const at = index < 0 ? closed.length : index;
  const previousEnd = at === 0 ? 0 : closed[at - 1]!.end;
  const next = closed[at];
  // The group takes the place of the clip it goes before, which moves right by the group's
  // length; with the hole closed, clips beyond both places end up where they were.
  const insertAt = at === 0 && next !== undefined ? next.start : previousEnd;
  const push = next === undefined ? 0 : span;
  closed.forEach((other, position) => {
    const start = position >= at ? other.start + push : other.start;
    if (start !== other.clip.start) starts.set(other.clip.id, start);
  });
  const firstMovingStart = Math.min(...moving.map((clip) => clip.start));
  for (const clip of moving) {
    const start = insertAt + (clip.start - firstMovingStart);
    if (start !== clip.start) starts.set(clip.id, start);
  }
  return { starts, inserted: true };
}
