import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { MediaProbe } from '../../../shared/model/probe';
import { cacheEntryPath, makeStagingDir, publishEntry } from './cache';
import { previewStill, previewStillFrame, type PreviewStill } from './preview-still';

/**
 * Preview stills cached beside the project as `<cacheDir>/stills/<hash>-<frameMs>.jpg`, so
 * reopening a project shows its opening frame without running ffmpeg (about 0.3–0.7 s on a
 * busy machine). The file's content hash keys the entry: an edited file gets a new one.
 * The cache is a convenience: when it cannot be written (a full or read-only disk) the still
 * is still returned.
 */

export interface CachedStillOptions {
  path: string;
  probe: MediaProbe;
  contentHash: string;
  cacheDir: string;
  atMs: number;
  signal?: AbortSignal;
}

/** Requests for the same still while one is being made share it (open and warm-up race). */
const inFlight = new Map<string, Promise<PreviewStill>>();

export function previewStillCachePath(options: CachedStillOptions): string {
  return stillEntry(options).file;
}

function stillEntry(options: CachedStillOptions): { file: string; frameMs: number } {
  const { frameMs } = previewStillFrame(options.probe, options.atMs);
  const name = `${options.contentHash}-${frameMs}.jpg`;
  return { file: cacheEntryPath(options.cacheDir, 'stills', name), frameMs };
}

export async function cachedPreviewStill(options: CachedStillOptions): Promise<PreviewStill> {
  const { file, frameMs } = stillEntry(options);
  const cached = await readCached(file);
  if (cached !== null) return { jpeg: cached, frameMs };
  const pending = inFlight.get(file);
  if (pending !== undefined) return pending;
  const made = makeAndStore(options, file).finally(() => inFlight.delete(file));
  inFlight.set(file, made);
  return made;
}

async function readCached(file: string): Promise<Buffer | null> {
  try {
    const jpeg = await readFile(file);
    // A JPEG starts with SOI; anything else (an empty file from a bad disk) is made again.
    return jpeg.length > 2 && jpeg[0] === 0xff && jpeg[1] === 0xd8 ? jpeg : null;
  } catch {
    return null;
  }
}

async function makeAndStore(options: CachedStillOptions, file: string): Promise<PreviewStill> {
  const still = await previewStill(options);
  try {
    const name = path.basename(file);
    const staging = await makeStagingDir(options.cacheDir, 'stills', name);
    try {
      const staged = path.join(staging, name);
      await writeFile(staged, still.jpeg);
      await publishEntry(staged, file);
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  } catch {
    // Not cached this time (disk full, read-only folder): the next open makes it again.
  }
  return still;
}
