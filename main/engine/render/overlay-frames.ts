import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ProjectDocument } from '../../../shared/model';
import {
  EMPTY_OVERLAY_KEY,
  overlayLayerStateAt,
  overlaySegments,
} from '../../../shared/scene/overlay-segments';
import type { SceneAssets } from '../../../shared/scene/konva-types';
import { SceneRasterizer } from './scene-raster';

/** One stretch of the overlay track: show `file` from `startMs` for `durationMs`. */
export interface OverlayFrame {
  /** Absolute path of a transparent PNG the size of the output frame. */
  file: string;
  startMs: number;
  durationMs: number;
  /** Frame range [startFrame, endFrame) at the requested fps. */
  startFrame: number;
  endFrame: number;
  /** The overlay-layer state key; equal keys share one file. `"empty"` is a blank frame. */
  key: string;
}

export interface RenderOverlayFramesOptions {
  fps: number;
  durationMs: number;
  /** Created if missing; PNGs are named `overlay-<key>.png`. */
  outDir: string;
  signal?: AbortSignal;
  /** Called after each distinct picture is written. */
  onProgress?: (done: number, total: number) => void;
  /** Pictures for icons and image overlays; defaults to the package icons and media files. */
  assets?: SceneAssets;
}

export interface RenderOverlayFramesResult {
  /** In time order, covering 0..durationMs without gaps; neighbours always differ in key. */
  frames: OverlayFrame[];
  /** How many PNGs were drawn (one per distinct key). */
  pictureCount: number;
}

/**
 * The overlay track for ffmpeg: the timeline cut where the overlay layer changes (frame
 * aligned), each distinct look drawn once with the shared scene builder to a transparent PNG.
 * Stretches with nothing on screen share one blank PNG.
 */
export async function renderOverlayFrames(
  doc: ProjectDocument,
  options: RenderOverlayFramesOptions,
): Promise<RenderOverlayFramesResult> {
  const { fps, durationMs, outDir, signal } = options;
  signal?.throwIfAborted();
  const segments = overlaySegments(doc, { fps, durationMs });
  await mkdir(outDir, { recursive: true });
  const files = new Map<string, string>();
  const firstFrameOf = new Map<string, number>();
  for (const segment of segments) {
    if (!firstFrameOf.has(segment.key)) firstFrameOf.set(segment.key, segment.startMs);
  }
  const rasterizer = new SceneRasterizer(doc, options.assets);
  try {
    let done = 0;
    for (const [key, atMs] of firstFrameOf) {
      signal?.throwIfAborted();
      const state =
        key === EMPTY_OVERLAY_KEY ? { captions: [], overlays: [] } : overlayLayerStateAt(doc, atMs);
      const file = join(outDir, `overlay-${key}.png`);
      await writeFile(file, rasterizer.png(state));
      files.set(key, file);
      done += 1;
      options.onProgress?.(done, firstFrameOf.size);
    }
  } finally {
    rasterizer.destroy();
  }
  const frames = segments.map((segment) => ({
    // Every key was drawn above.
    file: files.get(segment.key) as string,
    startMs: segment.startMs,
    durationMs: segment.endMs - segment.startMs,
    startFrame: segment.startFrame,
    endFrame: segment.endFrame,
    key: segment.key,
  }));
  return { frames, pictureCount: files.size };
}

/**
 * The overlay layer at `tMs` as a PNG the size of the output frame (WYSIWYG checks, covers).
 * Async so every failure (a bad time, a missing image) arrives as a rejection.
 */
export async function renderSceneFrame(
  doc: ProjectDocument,
  tMs: number,
  assets?: SceneAssets,
): Promise<Buffer> {
  const state = overlayLayerStateAt(doc, tMs);
  const rasterizer = new SceneRasterizer(doc, assets);
  try {
    return rasterizer.png(state);
  } finally {
    rasterizer.destroy();
  }
}
