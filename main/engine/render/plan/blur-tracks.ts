import type { BlurStyle, PixelBox, ProjectDocument } from '../../../../shared/model';
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
  /** Source-time span in which the blur applies (may be infinite). */
  fromMs: number;
  toMs: number;
  /** Added on every side, as a fraction of the box's size (detector boxes are tight). */
  padding: number;
}

/** Margin around detected faces (shared with the preview's blur patches). */
export const FACE_PADDING = FACE_BLUR_PADDING;

/**
 * Face tracks cover their samples plus one sample interval before the first and after the
 * last: the face may have been there since just after the previous sample that missed it (the
 * canvas shows first..last; the export errs on the side of blurring).
 */
export function blurTracksForMedia(doc: ProjectDocument, mediaId: string): BlurTrack[] {
  const tracks: BlurTrack[] = [];
  for (const region of doc.privacy.manualRegions) {
    if (region.mediaId !== mediaId) continue;
    // As the canvas (shared/scene sceneBlurRegionsAt): a region holds its first and last box
    // outside its keyframes, so it covers the whole media.
    tracks.push({
      id: region.id,
      source: 'manual',
      style: region.blurStyle,
      keys: region.keyframes.map((k) => ({ t: k.t, box: k.box })),
      fromMs: -Infinity,
      toMs: Infinity,
      padding: 0,
    });
  }
  const scans = new Map(doc.privacy.scans.map((scan) => [scan.id, scan]));
  for (const track of doc.privacy.faceTracks) {
    if (track.mediaId !== mediaId || track.decision === 'keep') continue;
    const first = track.samples[0];
    const last = track.samples[track.samples.length - 1];
    if (first === undefined || last === undefined) continue;
    const sampleRate = scans.get(track.scanId)?.sampleRate ?? 1;
    const intervalMs = 1000 / sampleRate;
    tracks.push({
      id: track.id,
      source: 'face',
      style: track.blurStyle,
      keys: track.samples.map((s) => ({ t: s.t, box: s.box })),
      fromMs: first.t - intervalMs,
      toMs: last.t + intervalMs,
      padding: FACE_PADDING,
    });
  }
  return tracks;
}
