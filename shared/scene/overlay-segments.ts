import type { ProjectDocument } from '../model/document';
import { SceneError, requireSceneTime } from './errors';
import { hashString } from './hash';
import { sceneCaptionsAt } from './scene-captions';
import { sceneEndCardAt, type SceneEndCard } from './scene-end-card';
import { sceneOverlaysAt } from './scene-overlays';
import type { Scene, SceneCaption, SceneOverlay } from './types';

/** The drawn overlay layer: captions, overlays and chips (not the video, not blur). */
export interface OverlayLayerState {
  frame: { width: number; height: number };
  captions: SceneCaption[];
  overlays: SceneOverlay[];
  /** The medical review's end card, drawn over the rest; absent or null when none shows. */
  endCard?: SceneEndCard | null;
}

/** The key of a layer with nothing on it; every such stretch shares one transparent image. */
export const EMPTY_OVERLAY_KEY = 'empty';

export function overlayLayerState(
  scene: Pick<Scene, 'frame' | 'captions' | 'overlays' | 'endCard'>,
): OverlayLayerState {
  return {
    frame: { width: scene.frame.width, height: scene.frame.height },
    captions: scene.captions,
    overlays: scene.overlays,
    endCard: scene.endCard ?? null,
  };
}

/**
 * Fields that do not change pixels: ids (the same words in another cue look the same) and the
 * animation phase, which is already in the transform and reveal.
 */
const UNDRAWN_FIELDS = new Set(['animation', 'id', 'cueId', 'styleId', 'citationId']);

// Float noise below a thousandth of a pixel must not split two identical states either.
function keyReplacer(field: string, value: unknown): unknown {
  if (UNDRAWN_FIELDS.has(field)) return undefined;
  if (typeof value === 'number') return Math.round(value * 1000) / 1000 || 0;
  return value;
}

/** A stable key for how the layer looks: equal keys draw equal pixels. */
export function overlayLayerKey(state: OverlayLayerState): string {
  const blank = state.captions.length === 0 && state.overlays.length === 0;
  if (blank && (state.endCard ?? null) === null) return EMPTY_OVERLAY_KEY;
  return hashString(JSON.stringify(state, keyReplacer));
}

/** Start of frame `index` in whole milliseconds. Flooring keeps visibility exact: an item
 * starting at integer `s` shows in a frame exactly when `s <= floor(frame time)`. */
export function frameTimeMs(index: number, fps: number): number {
  return Math.floor((index * 1000) / fps);
}

export interface OverlaySegment {
  startMs: number;
  endMs: number;
  /** Frame range [startFrame, endFrame) at the given fps. */
  startFrame: number;
  endFrame: number;
  key: string;
}

export interface OverlaySegmentOptions {
  fps: number;
  durationMs: number;
}

function overlayLayerAt(doc: ProjectDocument, tMs: number): OverlayLayerState {
  return {
    frame: { width: doc.format.width, height: doc.format.height },
    captions: sceneCaptionsAt(doc, tMs),
    overlays: sceneOverlaysAt(doc, tMs),
    endCard: sceneEndCardAt(doc, tMs),
  };
}

/**
 * The timeline from 0 to `durationMs` cut, on frame boundaries, into stretches where the
 * overlay layer does not change. Each frame's state is keyed and equal neighbours merge, so a
 * still caption is one segment and an animation is one segment per frame; the same key anywhere
 * in the list means the same picture. Consecutive segments always differ in key.
 */
export function overlaySegments(
  doc: ProjectDocument,
  { fps, durationMs }: OverlaySegmentOptions,
): OverlaySegment[] {
  if (!Number.isFinite(fps) || fps <= 0 || fps > 240) {
    throw new SceneError('invalid-options', `fps must be between 0 and 240, got ${fps}`);
  }
  requireSceneTime(durationMs, 'durationMs');
  const frameCount = Math.ceil((durationMs * fps) / 1000);
  const segments: OverlaySegment[] = [];
  let current: OverlaySegment | undefined;
  for (let frame = 0; frame < frameCount; frame += 1) {
    const startMs = frameTimeMs(frame, fps);
    const key = overlayLayerKey(overlayLayerAt(doc, startMs));
    const endMs = Math.min(frameTimeMs(frame + 1, fps), durationMs);
    if (current !== undefined && current.key === key) {
      current.endFrame = frame + 1;
      current.endMs = endMs;
      continue;
    }
    current = { startMs, endMs, startFrame: frame, endFrame: frame + 1, key };
    segments.push(current);
  }
  return segments;
}

/** The overlay layer at one time, as drawn: for rendering a segment's picture. */
export function overlayLayerStateAt(doc: ProjectDocument, tMs: number): OverlayLayerState {
  requireSceneTime(tMs);
  return overlayLayerAt(doc, tMs);
}
