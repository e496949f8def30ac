import type { VideoClip } from '../model/clips';
import type { ProjectDocument } from '../model/document';
import type { PixelBox } from '../model/privacy';
import { clipEndMs } from '../model/timeline';
import { faceTrackBoxAt, regionBoxAt, trackSampleRate } from '../privacy/blur-spans';
import { interpolateFocus } from './interpolate';
import { fillCropBox } from './reframe-geometry';
import type { SceneBlurRegion, SceneReframe, SceneVideo } from './types';

/** The clip on the video track at `tMs` (start inclusive, end exclusive), if any. */
export function activeVideoClip(doc: ProjectDocument, tMs: number): VideoClip | null {
  return doc.tracks.video.find((clip) => tMs >= clip.start && tMs < clipEndMs(clip)) ?? null;
}

export function sceneVideoAt(doc: ProjectDocument, tMs: number): SceneVideo | null {
  const clip = activeVideoClip(doc, tMs);
  if (clip === null) return null;
  const sourceMs = clip.in + (tMs - clip.start);
  const { reframe } = clip;
  let resolved: SceneReframe;
  if (reframe.mode === 'fill') {
    resolved = { mode: 'fill', focus: interpolateFocus(reframe.focus, sourceMs) };
  } else if (reframe.mode === 'fit-blur') {
    resolved = { mode: 'fit-blur', blurStrength: reframe.blurStrength };
  } else {
    resolved = { mode: 'fit-color', color: reframe.color };
  }
  return { clipId: clip.id, mediaId: clip.mediaId, sourceMs, reframe: resolved };
}

/**
 * The part of an upright picture a fill reframe shows: the largest rectangle of the frame's
 * aspect that fits the picture, centred on the focus point and kept inside the picture, with
 * the export's even rounding (see reframe-geometry.ts, which the ffmpeg plan uses too).
 */
export function fillCropRect(
  picture: { width: number; height: number; pixelAspect?: number },
  frame: { width: number; height: number },
  focus: { x: number; y: number },
): PixelBox {
  return fillCropBox({ pixelAspect: 1, ...picture }, frame, focus);
}

/**
 * What to blur in the active clip's picture: every manual region of its media within its span
 * and every face track not marked keep within its span (its samples widened by one sampling
 * interval), the same frames and boxes the export blurs (shared/privacy/blur-spans.ts).
 */
export function sceneBlurRegionsAt(
  doc: ProjectDocument,
  video: SceneVideo | null,
): SceneBlurRegion[] {
  if (video === null) return [];
  const { mediaId, sourceMs } = video;
  const regions: SceneBlurRegion[] = [];
  for (const region of doc.privacy.manualRegions) {
    if (region.mediaId !== mediaId) continue;
    const box = regionBoxAt(region, sourceMs);
    if (box === null) continue;
    regions.push({ id: region.id, source: 'manual', mediaId, box, style: region.blurStyle });
  }
  for (const track of doc.privacy.faceTracks) {
    if (track.mediaId !== mediaId || track.decision === 'keep') continue;
    const box = faceTrackBoxAt(track, trackSampleRate(doc.privacy.scans, track), sourceMs);
    if (box === null) continue;
    regions.push({ id: track.id, source: 'face', mediaId, box, style: track.blurStyle });
  }
  return regions;
}
