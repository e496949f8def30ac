import type { AudioClip, VideoClip } from './clips';
import type { ProjectDocument } from './document';
import { activeEndCard } from '../review/end-card';

/** How long a clip plays on the timeline: its source out minus in. */
export function clipDurationMs(clip: Pick<VideoClip | AudioClip, 'in' | 'out'>): number {
  return clip.out - clip.in;
}

/** Where a clip ends on the timeline. */
export function clipEndMs(clip: Pick<VideoClip | AudioClip, 'start' | 'in' | 'out'>): number {
  return clip.start + clipDurationMs(clip);
}

/** End of the video track (0 when empty): where an appended clip starts. */
export function videoTrackEndMs(doc: ProjectDocument): number {
  return doc.tracks.video.reduce((end, clip) => Math.max(end, clipEndMs(clip)), 0);
}

/** The end of whatever ends last: a video or audio clip, a caption cue or an overlay. */
export function contentDurationMs(doc: ProjectDocument): number {
  const { audio, captions, overlays } = doc.tracks;
  let end = videoTrackEndMs(doc);
  for (const clip of audio) end = Math.max(end, clipEndMs(clip));
  for (const cue of captions) end = Math.max(end, cue.end);
  for (const overlay of overlays) end = Math.max(end, overlay.end);
  return end;
}

/** The whole clip: the content, then the medical review's end card while it shows. */
export function documentDurationMs(doc: ProjectDocument): number {
  const end = contentDurationMs(doc);
  return end + (activeEndCard(doc)?.card.durationMs ?? 0);
}
