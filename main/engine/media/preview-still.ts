import path from 'node:path';
import type { MediaProbe } from '../../../shared/model/probe';
import { previewStillArgs } from '../ffmpeg/args';
import { getFfmpegPaths } from '../ffmpeg/paths';
import { runProcess } from '../ffmpeg/runner';
import { MediaError } from './errors';

/** Taller pictures are scaled down: the preview never shows footage larger than this. */
export const PREVIEW_STILL_MAX_HEIGHT = 1080;
const PREVIEW_STILL_TIMEOUT_MS = 15_000;
/** A 1080p JPEG at quality 2 is about 0.5 MB; anything far larger is not a still. */
const PREVIEW_STILL_MAX_BYTES = 16 * 1024 * 1024;

/**
 * Where to seek for the frame a video element shows at `atMs` (the last frame starting at or
 * before it), and that frame's time. ffmpeg's input seek yields the first frame at or after its
 * time, so it seeks half a frame before the frame's start. Constant-rate media only (the probe's
 * fps); otherwise `atMs` itself, which may give the next frame (the video element replaces the
 * still as soon as it has a picture).
 */
export function shownFrameSeek(
  atMs: number,
  fps: number | undefined,
): { seekMs: number; frameMs: number } {
  const at = Math.max(0, atMs);
  if (fps === undefined || !(fps > 0)) return { seekMs: at, frameMs: at };
  // The epsilon keeps a time already on a frame boundary (1000/30 * 3 = 100.00000000000001).
  const frame = Math.floor((at * fps) / 1000 + 1e-6);
  const frameMs = Math.round(((frame * 1000) / fps) * 1000) / 1000;
  return { seekMs: frame === 0 ? 0 : ((frame - 0.5) * 1000) / fps, frameMs };
}

/** The frame a still of `atMs` decodes (its source time) and where ffmpeg seeks for it. */
export function previewStillFrame(
  probe: MediaProbe,
  atMs: number,
): { seekMs: number; frameMs: number } {
  if (probe.kind === 'image') return { seekMs: 0, frameMs: 0 };
  return shownFrameSeek(atMs, probe.variableFrameRate ? undefined : probe.fps);
}

export interface PreviewStill {
  jpeg: Buffer;
  /** Source time of the frame decoded. */
  frameMs: number;
}

/** One JPEG of the video frame shown at `atMs`, oriented like the preview shows it. */
export async function previewStill(options: {
  path: string;
  probe: MediaProbe;
  atMs: number;
  signal?: AbortSignal;
}): Promise<PreviewStill> {
  const { probe } = options;
  if (!probe.hasVideo) {
    throw new MediaError('not-media', options.path, 'it has no picture to show');
  }
  const { seekMs, frameMs } = previewStillFrame(probe, options.atMs);
  const shownHeight = probe.displayHeight ?? probe.height;
  const height =
    shownHeight !== undefined && shownHeight > PREVIEW_STILL_MAX_HEIGHT
      ? PREVIEW_STILL_MAX_HEIGHT
      : undefined;
  const result = await runProcess({
    bin: getFfmpegPaths().ffmpeg,
    args: previewStillArgs(options.path, {
      atMs: seekMs,
      ...(height !== undefined ? { height } : {}),
      orientation: { rotation: probe.rotation, mirrored: probe.mirrored },
    }),
    label: `preview still of ${path.basename(options.path)} at ${frameMs} ms`,
    signal: options.signal,
    timeoutMs: PREVIEW_STILL_TIMEOUT_MS,
    maxStdoutBytes: PREVIEW_STILL_MAX_BYTES,
  });
  if (result.stdout.length === 0 || result.stdoutTruncated) {
    throw new MediaError('truncated', options.path, `no video frame at ${frameMs} ms`);
  }
  return { jpeg: result.stdout, frameMs };
}
