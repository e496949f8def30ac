import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recentCommands } from '../../../../../main/engine/ffmpeg/runner';
import { computeContentHash } from '../../../../../main/engine/media/hash';
import { probeMedia } from '../../../../../main/engine/media/probe';
import { generateThumbnails } from '../../../../../main/engine/media/thumbnails';
import {
  androidx,
  ffmpeg,
  generateMedia,
  grayFrame,
  makeTempDir,
  meanAbsoluteDifference,
  withTrackMatrix,
  type GeneratedMedia,
} from './fixtures';

let media: GeneratedMedia;
let cacheDir: string;

beforeAll(async () => {
  media = await generateMedia(await makeTempDir('medclip-thumbs-'));
  cacheDir = path.join(media.dir, 'project.medclip.cache');
});
afterAll(async () => {
  await rm(media.dir, { recursive: true, force: true });
});

/** Width and height from a baseline or progressive JPEG's SOF marker. */
function jpegSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
  let offset = 2;
  while (offset < bytes.length) {
    const marker = bytes[offset + 1] ?? 0;
    const length = bytes.readUInt16BE(offset + 2);
    if (marker >= 0xc0 && marker <= 0xc2) {
      return { height: bytes.readUInt16BE(offset + 5), width: bytes.readUInt16BE(offset + 7) };
    }
    offset += 2 + length;
  }
  throw new Error('no SOF marker');
}

async function thumbnailsOf(file: string, count?: number) {
  const probe = await probeMedia(file);
  const { contentHash } = await computeContentHash(file);
  return generateThumbnails({ path: file, probe, contentHash, cacheDir, count });
}

const thumbnailRuns = () => recentCommands().filter((r) => r.label.startsWith('thumbnails of'));

describe('generateThumbnails', () => {
  it('makes 8 JPEGs 160 px high, then serves them from the cache without ffmpeg', async () => {
    const first = await thumbnailsOf(media.av);
    expect(first.cached).toBe(false);
    expect(first.files).toHaveLength(8);
    expect(first.files.map((f) => path.basename(f))).toEqual(
      Array.from({ length: 8 }, (_, i) => `thumb-0${i + 1}.jpg`),
    );
    for (const file of first.files) {
      // 4:3 at 160 px high, the width rounded down to an even number.
      expect(jpegSize(await readFile(file))).toEqual({ width: 212, height: 160 });
    }
    // Evenly spaced frames of a moving pattern: not all the same picture.
    const contents = await Promise.all(first.files.map((f) => readFile(f, 'base64')));
    expect(new Set(contents).size).toBe(8);

    const runsBefore = thumbnailRuns().length;
    const second = await thumbnailsOf(media.av);
    expect(second).toEqual({ files: first.files, cached: true });
    expect(thumbnailRuns()).toHaveLength(runsBefore);
    // Nothing half-made is left beside the entry.
    expect(
      (await readdir(path.join(cacheDir, 'thumbnails'))).some((n) => n.startsWith('.tmp')),
    ).toBe(false);
  });

  it('shows rotated video upright: a rotated 1080x720 sample gives portrait thumbnails', async () => {
    const result = await thumbnailsOf(androidx('sample_rotate_and_reflect.mp4'), 2);
    expect(result.files).toHaveLength(2);
    const size = jpegSize(await readFile(result.files[0] ?? ''));
    expect(size.height).toBe(160);
    expect(size.width).toBeLessThan(size.height);
  });

  it('mirrors the picture when the display matrix says so', async () => {
    const mirroredFile = await withTrackMatrix(
      media.av,
      path.join(media.dir, 'mirrored.mp4'),
      [-1, 0, 0, 1],
    );
    const [plain] = (await thumbnailsOf(media.av, 1)).files;
    const [mirrored] = (await thumbnailsOf(mirroredFile, 1)).files;
    const mirroredPixels = await grayFrame(mirrored ?? '');
    const flippedPlain = await grayFrame(plain ?? '', 'hflip');
    const unflippedPlain = await grayFrame(plain ?? '');
    // Same picture up to JPEG noise when flipped; clearly different when not.
    expect(meanAbsoluteDifference(mirroredPixels, flippedPlain)).toBeLessThan(3);
    expect(meanAbsoluteDifference(mirroredPixels, unflippedPlain)).toBeGreaterThan(15);
  });

  it('gets all 8 frames of a 0.3 s clip, including the last slice', async () => {
    // The last slice's middle (281 ms) lies after the last frame (267 ms): it must be clamped.
    const file = path.join(media.dir, 'short.mp4');
    await ffmpeg(['-f', 'lavfi', '-i', 'testsrc2=size=160x120:rate=30:duration=0.3', file]);
    const result = await thumbnailsOf(file);
    expect(result.files).toHaveLength(8);
  });

  it('makes thumbnails of 10-bit HLG video', async () => {
    const result = await thumbnailsOf(androidx('hlg10-color-test.mp4'), 2);
    expect(result.files).toHaveLength(2);
    expect(jpegSize(await readFile(result.files[1] ?? ''))).toEqual({ width: 284, height: 160 });
  });

  it('makes one thumbnail of a still image and none of audio-only files', async () => {
    const still = await thumbnailsOf(media.png);
    expect(still.files).toHaveLength(1);
    expect(jpegSize(await readFile(still.files[0] ?? ''))).toEqual({ width: 212, height: 160 });
    const audio = await thumbnailsOf(media.m4a);
    expect(audio).toEqual({ files: [], cached: false });
  });
});
