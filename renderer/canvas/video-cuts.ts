import type { VideoClip } from '../../shared/model';

/**
 * The cut ahead of the playhead, so the preview can get the next clip's picture ready before
 * the playhead reaches it: a different file (or a jump within the same file) needs a seek,
 * which takes longer than a frame. A clip that carries straight on from the playing one in
 * the same file (a split, say) needs nothing: the playing element simply continues.
 */

/** How far ahead (at normal speed) the next clip is made ready. */
export const PRELOAD_AHEAD_MS = 2000;

export interface UpcomingVideo {
  clipId: string;
  mediaId: string;
  /** Where its element must be when the playhead reaches the clip: its in point. */
  sourceMs: number;
  /** When that happens, on the timeline. */
  startMs: number;
  /** How far ahead of the playhead that is (timeline ms). */
  untilMs: number;
}

/**
 * How long before the cut (at normal speed) the next clip's element is started, muted: about
 * what a paused video takes to get moving, so at the cut it is already flowing.
 */
export const START_AHEAD_MS = 50;

/** True when `next` continues `previous` seamlessly: same file, source time carrying on. */
export function continuesClip(
  previous: Pick<VideoClip, 'mediaId' | 'start' | 'in'>,
  next: Pick<VideoClip, 'mediaId' | 'start' | 'in'>,
): boolean {
  return previous.mediaId === next.mediaId && next.in - previous.in === next.start - previous.start;
}

/**
 * The next clip starting after `timeMs` within `aheadMs`, unless it continues `active` (the
 * clip under the playhead, if any). Clips of media that cannot play are skipped.
 */
export function upcomingVideo(
  clips: readonly VideoClip[],
  active: VideoClip | null,
  timeMs: number,
  aheadMs: number,
  playable: (mediaId: string) => boolean,
): UpcomingVideo | null {
  let next: VideoClip | null = null;
  for (const clip of clips) {
    if (clip.start <= timeMs || clip.start - timeMs > aheadMs || !playable(clip.mediaId)) continue;
    if (next === null || clip.start < next.start) next = clip;
  }
  if (next === null || (active !== null && continuesClip(active, next))) return null;
  return {
    clipId: next.id,
    mediaId: next.mediaId,
    sourceMs: next.in,
    startMs: next.start,
    untilMs: next.start - timeMs,
  };
}
