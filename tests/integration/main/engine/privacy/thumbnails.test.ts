import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeMedia } from '../../../../../main/engine/media/probe';
import { runProcess } from '../../../../../main/engine/ffmpeg/runner';
import { createTrackThumbnails } from '../../../../../main/engine/privacy/thumbnails';
import type { MediaAsset, ProjectDocument } from '../../../../../shared/model';
import { createDocument } from '../../../../../shared/model/document';
import type { FaceTrack, PixelBox } from '../../../../../shared/model/privacy';

/**
 * Face-track thumbnails with real ffmpeg: a blue clip with a red "face" square sliding right,
 * a copy tagged as rotated 90°, and a still. Each crop must be a small JPEG whose centre is the
 * red square and whose corners are the blue background.
 */

const run = promisify(execFile);
const FFMPEG = ['-hide_banner', '-nostdin', '-v', 'error', '-y'];
const FACE = { y: 80, width: 40, height: 50 };
/** The square's left edge at time t (ms): 20 px, then 100 px per second. */
const faceX = (t: number): number => 20 + (100 * t) / 1000;

let dir: string;
let clip: string;
let rotated: string;
let still: string;

interface Rgb {
  width: number;
  height: number;
  pixel: (x: number, y: number) => [number, number, number];
}

/** Decodes a data: URL JPEG to RGB with ffmpeg (and checks it is a JPEG). */
async function decodeJpeg(url: string): Promise<Rgb> {
  const prefix = 'data:image/jpeg;base64,';
  expect(url.startsWith(prefix)).toBe(true);
  const bytes = Buffer.from(url.slice(prefix.length), 'base64');
  expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
  const file = path.join(dir, `decoded-${Math.random().toString(36).slice(2)}.jpg`);
  await writeFile(file, bytes);
  const probe = await run('ffprobe', [
    '-v',
    'error',
    '-select_streams',
    'v:0',
    '-show_entries',
    'stream=width,height',
    '-of',
    'csv=p=0',
    file,
  ]);
  const [width = 0, height = 0] = probe.stdout.trim().split(',').map(Number);
  const raw = await run(
    'ffmpeg',
    [...FFMPEG, '-i', file, '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1'],
    { encoding: 'buffer', maxBuffer: 16 * 1024 * 1024 },
  );
  const data = raw.stdout;
  return {
    width,
    height,
    pixel: (x, y) => {
      const i = (Math.round(y) * width + Math.round(x)) * 3;
      return [data[i] ?? -1, data[i + 1] ?? -1, data[i + 2] ?? -1];
    },
  };
}

const isRed = ([r, g, b]: [number, number, number]): boolean => r > 180 && g < 80 && b < 80;
const isBlue = ([r, g, b]: [number, number, number]): boolean => b > 180 && r < 80 && g < 80;

async function asset(filePath: string, id: string): Promise<MediaAsset> {
  return {
    id,
    name: path.basename(filePath),
    path: filePath,
    contentHash: 'cd'.repeat(16),
    sizeBytes: (await stat(filePath)).size,
    probe: await probeMedia(filePath),
  };
}

function track(id: string, mediaId: string, times: number[]): FaceTrack {
  return {
    id,
    mediaId,
    scanId: 'scn_1',
    decision: 'unreviewed',
    blurStyle: 'gaussian',
    samples: times.map((t) => {
      const box: PixelBox = { x: faceX(t), ...FACE };
      return { t, box, score: 0.9 };
    }),
  };
}

function project(media: MediaAsset[], tracks: FaceTrack[]): ProjectDocument {
  const doc = createDocument({ id: 'prj_thumbs', name: 'Thumbs', fps: 25 });
  return { ...doc, media, privacy: { ...doc.privacy, faceTracks: tracks } };
}

function expectFaceCentred(image: Rgb): void {
  expect(isRed(image.pixel(image.width / 2, image.height / 2))).toBe(true);
  expect(isBlue(image.pixel(1, 1))).toBe(true);
  expect(isBlue(image.pixel(image.width - 2, image.height - 2))).toBe(true);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'medclip-face-thumbs-'));
  clip = path.join(dir, 'moving.mp4');
  rotated = path.join(dir, 'rotated.mp4');
  still = path.join(dir, 'still.png');
  // Blue 320x240, 2 s at 25 fps; a red 40x50 square at y=80 moving right from x=20.
  await run('ffmpeg', [
    ...FFMPEG,
    '-f',
    'lavfi',
    '-i',
    'color=c=blue:s=320x240:r=25:d=2',
    '-f',
    'lavfi',
    '-i',
    `color=c=red:s=${FACE.width}x${FACE.height}:r=25:d=2`,
    '-filter_complex',
    `[0:v][1:v]overlay=x='20+100*t':y=${FACE.y}:eval=frame,format=yuv420p[v]`,
    '-map',
    '[v]',
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-g',
    '10',
    clip,
  ]);
  // The same pixels, tagged to be shown turned a quarter (a phone held upright).
  await run('ffmpeg', [
    ...FFMPEG,
    '-i',
    clip,
    '-c',
    'copy',
    '-metadata:s:v:0',
    'rotate=90',
    rotated,
  ]);
  await run('ffmpeg', [...FFMPEG, '-i', clip, '-frames:v', '1', still]);
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('face-track thumbnails', () => {
  it('crops the face at the first, middle and last sample of a video', async () => {
    const media = await asset(clip, 'med_clip');
    const times = [0, 400, 800, 1200, 1800];
    const doc = project([media], [track('trk_a', 'med_clip', times)]);
    const thumbnails = createTrackThumbnails();
    const frames = await thumbnails(doc, 'trk_a');
    expect(frames.map((f) => f.t)).toEqual([0, 800, 1800]);
    for (const frame of frames) {
      const image = await decodeJpeg(frame.url);
      expect(image.height).toBeLessThanOrEqual(120);
      // The crop is the padded box (1.3x) times 1.6 context: about 2.08x the 40x50 square.
      expect(image.width).toBeGreaterThan(FACE.width * 1.9);
      expect(image.height).toBeGreaterThan(FACE.height * 1.9);
      expectFaceCentred(image);
    }
  });

  it('shows a rotated video upright, cropped in the coded pixels the boxes use', async () => {
    const media = await asset(rotated, 'med_rot');
    // (ffmpeg 5's rotate tag writes the matrix the other way round: either quarter turn will do.)
    expect([90, 270]).toContain(media.probe.rotation);
    const doc = project([media], [track('trk_r', 'med_rot', [0, 1000, 1800])]);
    const frames = await createTrackThumbnails()(doc, 'trk_r');
    expect(frames).toHaveLength(3);
    for (const frame of frames) {
      const image = await decodeJpeg(frame.url);
      // Turned a quarter: the 40x50 square's crop is now wider than tall.
      expect(image.width).toBeGreaterThan(image.height);
      expectFaceCentred(image);
    }
  });

  it('gives one frame for a still image and caches per track', async () => {
    const media = await asset(still, 'med_still');
    expect(media.probe.kind).toBe('image');
    const doc = project([media], [track('trk_s', 'med_still', [0, 86_400_000])]);
    let runs = 0;
    const thumbnails = createTrackThumbnails({
      run: (options) => {
        runs += 1;
        return runProcess(options);
      },
    });
    const frames = await thumbnails(doc, 'trk_s');
    expect(frames.map((f) => f.t)).toEqual([0]);
    expectFaceCentred(await decodeJpeg(frames[0]?.url ?? ''));
    expect(await thumbnails(doc, 'trk_s')).toEqual(frames);
    expect(runs).toBe(1);
  });

  it('says which track is unknown and asks to relink a missing file', async () => {
    const media = await asset(clip, 'med_clip');
    const thumbnails = createTrackThumbnails();
    const doc = project([media], [track('trk_a', 'med_clip', [0])]);
    await expect(thumbnails(doc, 'trk_zz')).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringContaining('trk_zz'),
    });
    const gone = project(
      [{ ...media, path: path.join(dir, 'gone.mp4') }],
      [track('trk_a', 'med_clip', [0])],
    );
    await expect(thumbnails(gone, 'trk_a')).rejects.toMatchObject({
      code: 'missing',
      message: expect.stringMatching(/relink/),
    });
  });
});
