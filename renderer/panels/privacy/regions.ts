import type { ManualRegion, ProjectDocument } from '../../../shared/model';
import { activeVideoClip } from '../../../shared/scene/scene-video';

/** The share of the picture's width and height a new region covers, centred. */
const NEW_REGION_FRACTION = 1 / 3;

export type NewRegionResult = { ok: true; region: ManualRegion } | { ok: false; reason: string };

/**
 * A blur region over the centre of the footage under the playhead, from the playhead to the end
 * of that clip (source time), for the person to move and resize on the canvas.
 */
export function newRegionAtPlayhead(
  doc: ProjectDocument,
  playheadMs: number,
  id: string,
): NewRegionResult {
  const clip = activeVideoClip(doc, playheadMs);
  if (clip === null) {
    return { ok: false, reason: 'Move the playhead over footage to add a blur region there.' };
  }
  const asset = doc.media.find((m) => m.id === clip.mediaId);
  const width = asset?.probe.width;
  const height = asset?.probe.height;
  if (asset === undefined || width === undefined || height === undefined) {
    return { ok: false, reason: 'The footage under the playhead has no known picture size.' };
  }
  const startMs = clip.in + (playheadMs - clip.start);
  const endMs = clip.out;
  if (startMs >= endMs) {
    return { ok: false, reason: 'The playhead is at the very end of the clip.' };
  }
  const box = {
    x: Math.round(width * (1 - NEW_REGION_FRACTION) * 0.5),
    y: Math.round(height * (1 - NEW_REGION_FRACTION) * 0.5),
    width: Math.max(1, Math.round(width * NEW_REGION_FRACTION)),
    height: Math.max(1, Math.round(height * NEW_REGION_FRACTION)),
  };
  return {
    ok: true,
    region: {
      id,
      mediaId: asset.id,
      startMs,
      endMs,
      keyframes: [{ t: startMs, box }],
      blurStyle: 'gaussian',
    },
  };
}
