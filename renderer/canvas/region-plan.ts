import { invocation, type CommandInvocation } from '../../shared/commands';
import type { ManualRegion, PixelBox, ProjectDocument } from '../../shared/model';
import { regionBoxAt } from '../../shared/privacy/blur-spans';
import { sceneVideoAt } from '../../shared/scene/scene-video';
import { keyframeNear, keyframeToleranceMs } from './edit-plan';
import {
  clipToPicture,
  frameBoxToSource,
  frameMapping,
  sourceBoxToFrame,
  wholePixels,
  type FrameMapping,
} from './region-geometry';

/**
 * What drawing and moving a manual blur region on the canvas changes, as command invocations.
 * Regions live in source-media time and pixels: a rectangle drawn at the playhead becomes a
 * region of the active clip's media, keyed at the source time under the playhead, blurring
 * from there to the clip's out point. Moving it at another time adds a keyframe there, so a
 * region follows what it hides.
 */

/** Smaller than this (frame pixels, either side) a drawn rectangle is taken as a click. */
export const MIN_REGION_DRAW_PX = 8;

/** The footage under the playhead as regions see it. */
export interface RegionContext {
  clipId: string;
  mediaId: string;
  /** Source time at the playhead, integer ms (as the preview draws it). */
  sourceMs: number;
  /** The clip's out point in source time: where a new region's span ends. */
  outMs: number;
  mapping: FrameMapping;
}

/** The active clip's footage at the playhead, or null in a gap or for a file with no picture. */
export function regionContextAt(doc: ProjectDocument, playheadMs: number): RegionContext | null {
  const video = sceneVideoAt(doc, Math.max(0, Math.floor(playheadMs)));
  if (video === null) return null;
  const clip = doc.tracks.video.find((item) => item.id === video.clipId);
  const asset = doc.media.find((item) => item.id === video.mediaId);
  if (clip === undefined || asset === undefined) return null;
  try {
    return {
      clipId: clip.id,
      mediaId: asset.id,
      sourceMs: Math.round(video.sourceMs),
      outMs: clip.out,
      mapping: frameMapping(asset.probe, video.reframe, doc.format),
    };
  } catch {
    // No picture size in the probe (audio-only or unreadable): nothing to draw on.
    return null;
  }
}

/** A frame rectangle as whole source pixels inside the picture, or null when off it. */
export function sourceBoxFor(rect: PixelBox, context: RegionContext): PixelBox | null {
  const inside = clipToPicture(frameBoxToSource(rect, context.mapping), context.mapping.picture);
  return inside === null ? null : wholePixels(inside);
}

/** A rectangle from two corners, in any order. */
export function rectFromCorners(
  a: { x: number; y: number },
  b: { x: number; y: number },
): PixelBox {
  return {
    x: Math.min(a.x, b.x),
    y: Math.min(a.y, b.y),
    width: Math.abs(a.x - b.x),
    height: Math.abs(a.y - b.y),
  };
}

/** "Region N", one past the highest number the regions' labels already use. */
export function nextRegionLabel(regions: readonly Pick<ManualRegion, 'label'>[]): string {
  let highest = regions.length;
  for (const region of regions) {
    const match = /^Region (\d+)$/.exec(region.label ?? '');
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `Region ${highest + 1}`;
}

/**
 * The new region for a rectangle drawn (frame pixels) at the playhead, as the region and the
 * command adding it; null when there is no footage there, the rectangle is a click, or it lies
 * off the picture (on a fit clip's letterbox).
 */
export function drawRegionPlan(
  doc: ProjectDocument,
  playheadMs: number,
  rect: PixelBox,
  id: string,
): { region: ManualRegion; invocation: CommandInvocation } | null {
  if (rect.width < MIN_REGION_DRAW_PX || rect.height < MIN_REGION_DRAW_PX) return null;
  const context = regionContextAt(doc, playheadMs);
  if (context === null || context.sourceMs >= context.outMs) return null;
  const box = sourceBoxFor(rect, context);
  if (box === null) return null;
  const region: ManualRegion = {
    id,
    mediaId: context.mediaId,
    startMs: context.sourceMs,
    endMs: context.outMs,
    keyframes: [{ t: context.sourceMs, box }],
    blurStyle: 'gaussian',
    label: nextRegionLabel(doc.privacy.manualRegions),
  };
  return { region, invocation: invocation('privacy.addRegion', { region }) };
}

/**
 * Where a region shows at the playhead, in frame pixels: null when the footage there is
 * another file, the region is not blurring at that source time, or it is gone.
 */
export function regionFrameBox(
  doc: ProjectDocument,
  regionId: string,
  playheadMs: number,
): { box: PixelBox; context: RegionContext; region: ManualRegion } | null {
  const region = doc.privacy.manualRegions.find((item) => item.id === regionId);
  if (region === undefined) return null;
  const context = regionContextAt(doc, playheadMs);
  if (context === null || context.mediaId !== region.mediaId) return null;
  const source = regionBoxAt(region, context.sourceMs);
  if (source === null) return null;
  return { box: sourceBoxToFrame(source, context.mapping), context, region };
}

/** Which keyframe a canvas move writes: one within half a frame of the playhead, or a new one. */
export function regionEditTime(region: ManualRegion, sourceMs: number, fps: number): number {
  return keyframeNear(region.keyframes, sourceMs, keyframeToleranceMs(fps))?.t ?? sourceMs;
}

/**
 * The one command a finished move or resize of a region sends: its box at the playhead's
 * source time is now `rect` (frame pixels). Null when the region does not show here or the
 * rectangle left the picture.
 */
export function moveRegionPlan(
  doc: ProjectDocument,
  regionId: string,
  playheadMs: number,
  rect: PixelBox,
): CommandInvocation | null {
  const shown = regionFrameBox(doc, regionId, playheadMs);
  if (shown === null) return null;
  const box = sourceBoxFor(rect, shown.context);
  if (box === null) return null;
  const t = regionEditTime(shown.region, shown.context.sourceMs, doc.format.fps);
  return invocation('privacy.setRegionKeyframe', { id: regionId, t, box });
}
