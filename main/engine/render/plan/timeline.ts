import {
  clipEndMs,
  documentDurationMs,
  type MediaAsset,
  type ProjectDocument,
  type VideoClip,
} from '../../../../shared/model';

/**
 * The timeline cut into what the video track shows: clips and the gaps between them (the
 * frame's background colour), each owning a whole number of output frames. A stretch
 * [a, b) owns the frames whose time k / fps falls in it, so the counts add up to the total
 * exactly and no stretch drifts from the timeline.
 */

export type TimelineSegment =
  | { kind: 'clip'; clip: VideoClip; asset: MediaAsset; startMs: number; frames: number }
  | { kind: 'gap'; startMs: number; frames: number };

export interface TimelinePlan {
  segments: TimelineSegment[];
  /** The document's length (what the user sees on the timeline). */
  durationMs: number;
  /** Frames in the export: every frame whose time falls before durationMs. */
  frames: number;
}

/** First frame whose time is at or after `ms` (integer arithmetic: no float rounding). */
export function firstFrameAt(ms: number, fps: number): number {
  return Math.floor((ms * fps + 999) / 1000);
}

export function timelinePlan(doc: ProjectDocument, fps: number): TimelinePlan {
  const durationMs = documentDurationMs(doc);
  const frames = firstFrameAt(durationMs, fps);
  const assets = new Map(doc.media.map((asset) => [asset.id, asset]));
  const segments: TimelineSegment[] = [];
  let cursor = 0;
  const pushGap = (untilMs: number): void => {
    const count = firstFrameAt(untilMs, fps) - firstFrameAt(cursor, fps);
    if (count > 0) segments.push({ kind: 'gap', startMs: cursor, frames: count });
  };
  const clips = [...doc.tracks.video].sort((a, b) => a.start - b.start);
  for (const clip of clips) {
    const asset = assets.get(clip.mediaId);
    if (asset === undefined) throw new Error(`clip "${clip.id}" refers to unknown media`);
    if (clip.start > cursor) pushGap(clip.start);
    const end = clipEndMs(clip);
    const count = firstFrameAt(end, fps) - firstFrameAt(clip.start, fps);
    // A clip shorter than one frame shows in no frame at all.
    if (count > 0) segments.push({ kind: 'clip', clip, asset, startMs: clip.start, frames: count });
    cursor = end;
  }
  if (durationMs > cursor) pushGap(durationMs);
  return { segments, durationMs, frames };
}
