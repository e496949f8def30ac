import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeMedia } from '../../../../../main/engine/media/probe';
import {
  addCounts,
  evaluateImage,
  parseImglabXml,
  precisionOf,
  recallOf,
  type MatchCounts,
} from '../../../../../main/engine/privacy/detect/evaluate';
import { scanSettings, scanSettingsKey } from '../../../../../main/engine/privacy/detect/modes';
import { DetectorPool } from '../../../../../main/engine/privacy/detect/pool';
import { detectSamples, scanMedia } from '../../../../../main/engine/privacy/scan';
import type { MediaAsset } from '../../../../../shared/model';
import { seededRandomSource } from '../../../../../shared/model/ids';
import { faceTrackSchema, scanRecordSchema } from '../../../../../shared/model/privacy';
import { iou } from '../../../../../shared/privacy/boxes';
import { trackBoxAt } from '../../../../../shared/privacy/tracking';

/**
 * The face scan end to end with real ffmpeg and face-api on WASM: the labelled dlib photos
 * (read in place from ../shared/data) and a short generated clip with a moving photo and a cut.
 * One detector worker for all tests: the machine is shared.
 */

const run = promisify(execFile);
const FACES = fileURLToPath(
  new URL('../../../../../../shared/data/faces/dlib-faces/', import.meta.url),
);
const SLOW = 300_000;

let pool: DetectorPool;
let dir: string;

async function assetFor(filePath: string, id: string): Promise<MediaAsset> {
  return {
    id,
    name: path.basename(filePath),
    path: filePath,
    contentHash: 'ab'.repeat(16),
    sizeBytes: (await stat(filePath)).size,
    probe: await probeMedia(filePath),
  };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'medclip-scan-'));
  pool = await DetectorPool.start(1);
}, SLOW);

afterAll(async () => {
  await pool?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('face scan', () => {
  it(
    'finds the labelled faces of testing.xml in standard mode (recall >= 0.9, precision >= 0.5)',
    async () => {
      const images = parseImglabXml(
        await readFile(path.join(FACES, 'testing.xml'), 'utf8'),
        'testing.xml',
      );
      let counts: MatchCounts = { faces: 0, found: 0, detections: 0, falsePositives: 0 };
      for (const [index, image] of images.entries()) {
        const asset = await assetFor(path.join(FACES, image.file), `med_p${index}`);
        const [sample] = await detectSamples(asset, scanSettings('standard'), pool, {
          onSample: () => {},
        });
        expect(sample?.t).toBe(0);
        counts = addCounts(
          counts,
          evaluateImage(image.faces, sample?.detections ?? [], { minIou: 0.3, minFaceHeight: 40 }),
        );
      }
      expect(counts.faces).toBeGreaterThanOrEqual(10);
      expect(recallOf(counts)).toBeGreaterThanOrEqual(0.9);
      expect(precisionOf(counts)).toBeGreaterThanOrEqual(0.5);
    },
    SLOW,
  );

  it(
    'tracks a moving face through a clip, splits at the cut and stores a valid scan',
    async () => {
      // 2 s: a photo with three faces sliding right 100 px/s on 960x540, then 1 s of grey.
      const clip = path.join(dir, 'moving.mp4');
      await run('ffmpeg', [
        '-hide_banner',
        '-nostdin',
        '-v',
        'error',
        '-y',
        '-f',
        'lavfi',
        '-i',
        'color=c=gray:s=960x540:r=25:d=2',
        '-i',
        path.join(FACES, '2008_002506.jpg'),
        '-f',
        'lavfi',
        '-i',
        'color=c=gray:s=960x540:r=25:d=1',
        '-filter_complex',
        "[0:v][1:v]overlay=x='50+100*t':y=80:eval=frame[a];[a][2:v]concat=n=2:v=1:a=0,format=yuv420p[v]",
        '-map',
        '[v]',
        '-c:v',
        'libx264',
        '-preset',
        'ultrafast',
        '-g',
        '25',
        clip,
      ]);
      const asset = await assetFor(clip, 'med_clip');
      const settings = scanSettings('standard');
      let samples = 0;
      const { record, tracks } = await scanMedia(asset, settings, pool, {
        onSample: () => (samples += 1),
        random: seededRandomSource(7),
        now: () => '2026-11-26T10:00:00.000Z',
      });
      expect(samples).toBe(15);
      expect(scanRecordSchema.parse(record)).toMatchObject({
        mediaId: 'med_clip',
        contentHash: asset.contentHash,
        mode: 'standard',
        sampleRate: 5,
        settingsKey: scanSettingsKey(settings),
      });
      for (const track of tracks) faceTrackSchema.parse(track);
      expect(record.trackIds).toEqual(tracks.map((t) => t.id));
      // Nothing is tracked into the grey shot after the cut at 2 s.
      // (A lead-out key may sit at most one interval after the last detection, before the cut.)
      expect(tracks.every((t) => t.samples.every((s) => s.t <= 2000))).toBe(true);
      // The three labelled faces (testing.xml boxes moved with the photo) are covered at 1 s.
      const image = parseImglabXml(await readFile(path.join(FACES, 'testing.xml'), 'utf8')).find(
        (i) => i.file === '2008_002506.jpg',
      );
      for (const face of image?.faces ?? []) {
        const truth = { ...face, x: face.x + 50 + 100, y: face.y + 80 };
        const covering = tracks.some((t) => {
          const box = trackBoxAt(t.samples, 1000, 200);
          return (
            box !== null &&
            iou(box, truth) > 0 &&
            box.x <= truth.x &&
            box.x + box.width >= truth.x + truth.width
          );
        });
        expect(covering).toBe(true);
      }
      expect(tracks.length).toBeGreaterThanOrEqual(3);
      expect(tracks.every((t) => t.decision === 'unreviewed')).toBe(true);
    },
    SLOW,
  );

  it(
    'stops when aborted, with a cancelled error',
    async () => {
      const clip = path.join(dir, 'long.mp4');
      await run('ffmpeg', [
        '-hide_banner',
        '-nostdin',
        '-v',
        'error',
        '-y',
        '-f',
        'lavfi',
        '-i',
        'testsrc2=s=640x360:r=25:d=20',
        '-c:v',
        'libx264',
        '-preset',
        'ultrafast',
        clip,
      ]);
      const asset = await assetFor(clip, 'med_long');
      const controller = new AbortController();
      const started = Date.now();
      setTimeout(() => controller.abort(), 500);
      await expect(
        scanMedia(asset, scanSettings('standard'), pool, { signal: controller.signal }),
      ).rejects.toThrow(/cancel/i);
      expect(Date.now() - started).toBeLessThan(60_000);
    },
    SLOW,
  );
});
