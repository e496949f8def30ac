import type { BlurStyle, PixelBox, ProjectDocument } from '../../../../shared/model';
import { faceTrackSpan, regionSpan, trackSampleRate } from '../../../../shared/privacy/blur-spans';
import { FACE_BLUR_PADDING } from '../../../../shared/scene/blur-geometry';

/**
 * What must be blurred in one media file, from the project's privacy state: manual regions and
 * every face track not marked `keep` (`blur` and `unreviewed` alike: an unreviewed face is
 * blurred, never shown). Times are source-media milliseconds, boxes coded pixels.
 */
export interface BlurTrack {
  id: string;
  source: 'manual' | 'face';
  style: BlurStyle;
  /** At least one, in increasing time. */
  keys: { t: number; box: PixelBox }[];
  /** Source-time span in which the blur applies, both ends included. */
  fromMs: number;
  toMs: number;
  /** Added on every side, as a fraction of the box's size (detector boxes are tight). */
  padding: number;
}

/** Margin around detected faces (shared with the preview's blur patches). */
export const FACE_PADDING = FACE_BLUR_PADDING;

/**
 * Manual regions blur within their span; face tracks within their samples plus one sampling
 * interval either side. The spans come from shared/privacy/blur-spans.ts, which the canvas
 * preview uses too, so both blur the same frames.
 */
export function blurTracksForMedia(doc: ProjectDocument, mediaId: string): BlurTrack[] {
  const tracks: BlurTrack[] = [];
  for (const region of doc.privacy.manualRegions) {
    if (region.mediaId !== mediaId) continue;
    tracks.push({
      id: region.id,
      source: 'manual',
      style: region.blurStyle,
      keys: region.keyframes.map((k) => ({ t: k.t, box: k.box })),
      ...regionSpan(region),
      padding: 0,
    });
  }
  for (const track of doc.privacy.faceTracks) {
    if (track.mediaId !== mediaId || track.decision === 'keep') continue;
    tracks.push({
      id: track.id,
      source: 'face',
      style: track.blurStyle,
      keys: track.samples.map((s) => ({ t: s.t, box: s.box })),
      ...faceTrackSpan(track, trackSampleRate(doc.privacy.scans, track)),
      padding: FACE_PADDING,
    });
  }
  return tracks;
}
