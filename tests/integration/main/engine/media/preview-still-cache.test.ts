import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recentCommands } from '../../../../../main/engine/ffmpeg/runner';
import { probeMedia } from '../../../../../main/engine/media/probe';
import {
  cachedPreviewStill,
  previewStillCachePath,
} from '../../../../../main/engine/media/preview-still-cache';
import type { MediaProbe } from '../../../../../shared/model/probe';
import { ffmpeg, makeTempDir } from './fixtures';

let dir: string;
let clip: string;
let probe: MediaProbe;

beforeAll(async () => {
  dir = await makeTempDir('medclip-still-cache-');
  clip = path.join(dir, 'clip.mp4');
  await ffmpeg([
    ...['-f', 'lavfi', '-i', 'testsrc=s=160x90:r=30:d=1'],
    ...['-c:v', 'libx264', '-pix_fmt', 'yuv420p', clip],
  ]);
  probe = await probeMedia(clip);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const stillRuns = () =>
  recentCommands().filter((record) => record.label.startsWith('preview still of clip.mp4')).length;

describe('cachedPreviewStill', () => {
  it('makes a still once, then reads it from the cache beside the project', async () => {
    const cacheDir = path.join(dir, 'a.medclip.cache');
    const options = { path: clip, probe, contentHash: 'hash-a', cacheDir, atMs: 500 };
    const before = stillRuns();
    // Two requests at once (the open's warm-up and the editor's) share one ffmpeg run.
    const [first, second] = await Promise.all([
      cachedPreviewStill(options),
      cachedPreviewStill(options),
    ]);
    expect(stillRuns() - before).toBe(1);
    expect(first.frameMs).toBe(500);
    expect(second.jpeg.equals(first.jpeg)).toBe(true);
    expect(previewStillCachePath(options)).toBe(path.join(cacheDir, 'stills', 'hash-a-500.jpg'));
    expect(await readdir(path.join(cacheDir, 'stills'))).toEqual(['hash-a-500.jpg']);

    // The cached file is what comes back: no ffmpeg, even for a file that has since gone.
    const again = await cachedPreviewStill({ ...options, path: path.join(dir, 'gone.mp4') });
    expect(again.jpeg.equals(first.jpeg)).toBe(true);
    expect(stillRuns() - before).toBe(1);
    // Another frame of the same file, or another content hash, is another entry.
    await cachedPreviewStill({ ...options, atMs: 0 });
    await cachedPreviewStill({ ...options, contentHash: 'hash-b' });
    expect(stillRuns() - before).toBe(3);
  });

  it('makes the still again when the cached file is not a JPEG', async () => {
    const cacheDir = path.join(dir, 'b.medclip.cache');
    const options = { path: clip, probe, contentHash: 'hash-c', cacheDir, atMs: 0 };
    await mkdir(path.join(cacheDir, 'stills'), { recursive: true });
    await writeFile(previewStillCachePath(options), '');
    const still = await cachedPreviewStill(options);
    expect(still.jpeg.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
  });

  it('still returns the picture when the cache cannot be written', async () => {
    // The cache folder's place is taken by a file: nothing can be stored under it.
    const cacheDir = path.join(dir, 'blocked.medclip.cache');
    await writeFile(cacheDir, 'not a folder');
    const still = await cachedPreviewStill({
      path: clip,
      probe,
      contentHash: 'hash-d',
      cacheDir,
      atMs: 0,
    });
    expect(still.jpeg.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
  });

  it('reports a file that cannot be decoded, and caches nothing', async () => {
    const cacheDir = path.join(dir, 'c.medclip.cache');
    await expect(
      cachedPreviewStill({
        path: path.join(dir, 'missing.mp4'),
        probe,
        contentHash: 'hash-e',
        cacheDir,
        atMs: 0,
      }),
    ).rejects.toThrow();
    await expect(readdir(path.join(cacheDir, 'stills'))).rejects.toThrow();
  });
});
