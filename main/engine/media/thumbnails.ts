import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { MediaProbe } from '../../../shared/model/probe';
import { thumbnailStripArgs } from '../ffmpeg/args';
import { getFfmpegPaths } from '../ffmpeg/paths';
import { runProcess } from '../ffmpeg/runner';
import { cacheEntryPath, listEntry, makeStagingDir, publishEntry } from './cache';
import { MediaError } from './errors';

export const DEFAULT_THUMBNAIL_COUNT = 8;
export const DEFAULT_THUMBNAIL_HEIGHT = 160;
const DEFAULT_THUMBNAIL_TIMEOUT_MS = 30_000;

export interface ThumbnailOptions {
  /** Absolute path of the media file. */
  path: string;
  probe: MediaProbe;
  contentHash: string;
  cacheDir: string;
  count?: number;
  height?: number;
  signal?: AbortSignal;
  timeoutMs?: number;
}

export interface ThumbnailResult {
  /** Absolute paths of the JPEGs in time order (empty for audio-only files). */
  files: string[];
  /** True when they came from the cache and no ffmpeg ran. */
  cached: boolean;
}

const isThumbnail = (name: string): boolean => /^thumb-\d+\.jpg$/.test(name);

/**
 * A strip of small JPEG frames at evenly spaced times (one frame for a still image), cached
 * under `<cacheDir>/thumbnails/<hash>-<count>x<height>/`.
 */
export async function generateThumbnails(options: ThumbnailOptions): Promise<ThumbnailResult> {
  if (!options.probe.hasVideo) return { files: [], cached: false };
  const count = options.probe.kind === 'image' ? 1 : (options.count ?? DEFAULT_THUMBNAIL_COUNT);
  const height = options.height ?? DEFAULT_THUMBNAIL_HEIGHT;
  if (!Number.isInteger(count) || count < 1 || count > 100) {
    throw new RangeError(`Thumbnail count must be an integer in 1..100, got ${count}`);
  }
  if (!Number.isInteger(height) || height < 16 || height > 2160) {
    throw new RangeError(`Thumbnail height must be an integer in 16..2160, got ${height}`);
  }
  const key = `${options.contentHash}-${count}x${height}`;
  const entry = cacheEntryPath(options.cacheDir, 'thumbnails', key);
  const existing = (await listEntry(entry))?.filter(isThumbnail);
  if (existing && existing.length > 0) {
    return { files: existing.map((name) => path.join(entry, name)), cached: true };
  }

  const staging = await makeStagingDir(options.cacheDir, 'thumbnails', key);
  try {
    await runProcess({
      bin: getFfmpegPaths().ffmpeg,
      args: thumbnailStripArgs(options.path, {
        count,
        height,
        durationMs: options.probe.kind === 'image' ? 0 : options.probe.durationMs,
        frameMs: options.probe.fps ? 1000 / options.probe.fps : undefined,
        orientation: { rotation: options.probe.rotation, mirrored: options.probe.mirrored },
        outputDir: staging,
      }),
      label: `thumbnails of ${path.basename(options.path)}`,
      signal: options.signal,
      timeoutMs: options.timeoutMs ?? DEFAULT_THUMBNAIL_TIMEOUT_MS,
    });
    const made = (await listEntry(staging))?.filter(isThumbnail) ?? [];
    if (made.length === 0) {
      throw new MediaError('truncated', options.path, 'no video frame could be decoded');
    }
    await publishEntry(staging, entry);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  const files = (await listEntry(entry))?.filter(isThumbnail) ?? [];
  return { files: files.map((name) => path.join(entry, name)), cached: false };
}
