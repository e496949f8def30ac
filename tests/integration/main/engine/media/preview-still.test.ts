import { execFile } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeMedia } from '../../../../../main/engine/media/probe';
import { previewStill } from '../../../../../main/engine/media/preview-still';
import { getFfmpegPaths } from '../../../../../main/engine/ffmpeg/paths';
import { ffmpeg, makeTempDir } from './fixtures';

const run = promisify(execFile);
let dir: string;
let redThenBlue: string;

beforeAll(async () => {
  dir = await makeTempDir('medclip-still-');
  redThenBlue = path.join(dir, 'red-then-blue.mp4');
  // One second of red, then one of blue, at 30 fps: which colour tells which frame came out.
  await ffmpeg([
    ...['-f', 'lavfi', '-i'],
    'color=c=red:s=160x90:r=30:d=1[a];color=c=blue:s=160x90:r=30:d=1[b];[a][b]concat=n=2:v=1:a=0',
    ...['-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-g', '60', redThenBlue],
  ]);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The JPEG's average colour, decoded by ffmpeg (1x1 RGB). */
async function averageColour(jpeg: Buffer): Promise<[number, number, number]> {
  const file = path.join(dir, `still-${Math.random().toString(36).slice(2)}.jpg`);
  await writeFile(file, jpeg);
  const { stdout } = await run(
    getFfmpegPaths().ffmpeg,
    ['-v', 'error', '-i', file, '-vf', 'scale=1:1', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'],
    { encoding: 'buffer' },
  );
  return [stdout[0] ?? 0, stdout[1] ?? 0, stdout[2] ?? 0];
}

describe('previewStill', () => {
  it('is the frame a video element shows at that time, also just before a frame boundary', async () => {
    const probe = await probeMedia(redThenBlue);
    const at = async (atMs: number) => {
      const still = await previewStill({ path: redThenBlue, probe, atMs });
      expect(still.jpeg.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
      const [r, , b] = await averageColour(still.jpeg);
      return { colour: r > b ? 'red' : 'blue', frameMs: still.frameMs };
    };
    expect(await at(0)).toEqual({ colour: 'red', frameMs: 0 });
    // 999 ms shows frame 29 (966.7 ms): a plain seek to 999 ms would give the blue frame 30.
    expect(await at(999)).toEqual({ colour: 'red', frameMs: 966.667 });
    expect(await at(1000)).toEqual({ colour: 'blue', frameMs: 1000 });
    expect(await at(1500)).toEqual({ colour: 'blue', frameMs: 1500 });
  });

  it('fails with a clear error for a file without a picture or past the end', async () => {
    const probe = await probeMedia(redThenBlue);
    await expect(
      previewStill({ path: redThenBlue, probe: { ...probe, hasVideo: false }, atMs: 0 }),
    ).rejects.toThrow(/no picture to show/);
    await expect(previewStill({ path: redThenBlue, probe, atMs: 60_000 })).rejects.toThrow(
      /no video frame at/,
    );
  });
});
