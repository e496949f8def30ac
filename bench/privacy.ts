/**
 * `npm run bench:privacy [-- --json] [-- --modes fast,standard]`: face scan accuracy, blur
 * coverage and speed.
 *
 * Accuracy: recall and precision at IoU >= 0.3 for faces at least 40 px high on the labelled
 * photos in ../shared/data/faces/dlib-faces/ (training.xml + testing.xml), per mode, each photo
 * scanned as a still (raw detections, before tracking padding). Detections on smaller labelled
 * faces are ignored, not counted as false positives.
 * Speed: a 10 s 1920x1080 30 fps clip (three of the photos, enlarged 1.5x, panning across the
 * frame), scanned per mode; speed = media seconds / wall seconds (1 = real time). On a shared
 * machine wall time says more about the neighbours than about the scan, so the CPU time the scan
 * used (this process, its detector threads and its ffmpeg children, from /proc/self/stat) is
 * reported too, with the speed it implies on 2 otherwise idle cores: media s / (CPU s / 2).
 * Coverage: on the same pan, tracks from the standard scan are turned into blur patches through
 * shared/scene/blur-geometry (the export's padding), and for every frame (30 fps) and every
 * labelled face that the scan detected at the sample before or after that frame, the fraction of
 * the face's on-screen area inside the blur is measured. Reported: the minimum, the mean and the
 * share of such face-frames at >= 0.98.
 * With --json the last line is one JSON object of the figures.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { probeMedia } from '../main/engine/media/probe';
import type { DetectorPool } from '../main/engine/privacy/detect/pool';
import { DetectorPool as Pool } from '../main/engine/privacy/detect/pool';
import {
  addCounts,
  evaluateImage,
  parseImglabXml,
  precisionOf,
  recallOf,
  type LabelledImage,
  type MatchCounts,
} from '../main/engine/privacy/detect/evaluate';
import { scanSettings } from '../main/engine/privacy/detect/modes';
import { detectSamples, scanMedia } from '../main/engine/privacy/scan';
import type { MediaAsset, PixelBox, ScanMode } from '../shared/model';
import { intersectionArea, iou } from '../shared/privacy/boxes';
import { buildFaceTracks, trackBoxAt } from '../shared/privacy/tracking';
import { blurPatchBox, FACE_BLUR_PADDING } from '../shared/scene/blur-geometry';

const args = process.argv.slice(2);
const json = args.includes('--json');
const optionValue = (name: string): string | undefined => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const modes = (optionValue('--modes') ?? 'fast,standard,thorough').split(',') as ScanMode[];
const skipAccuracy = args.includes('--no-accuracy');
const log = (text: string): void => {
  if (!json) console.log(text);
};

const MIN_IOU = 0.3;
const MIN_FACE_HEIGHT = 40;
const PAN_SECONDS = 10;
const PAN_FPS = 30;
const FRAME = { width: 1920, height: 1080 };
const PAN_PHOTOS = ['2008_002506.jpg', '2008_001322.jpg', '2009_004587.jpg'];
const PAN_SCALE = 1.5;

const dataDir = path.resolve(
  import.meta.dirname,
  '..',
  '..',
  'shared',
  'data',
  'faces',
  'dlib-faces',
);
const workDir = path.resolve(import.meta.dirname, '..', '.tmp', 'bench', 'privacy');
mkdirSync(workDir, { recursive: true });

async function assetFor(filePath: string, id: string): Promise<MediaAsset> {
  return {
    id,
    name: path.basename(filePath),
    path: filePath,
    contentHash: '00'.repeat(16),
    sizeBytes: statSync(filePath).size,
    probe: await probeMedia(filePath),
  };
}

const labelled: LabelledImage[] = ['training.xml', 'testing.xml'].flatMap((file) =>
  parseImglabXml(readFileSync(path.join(dataDir, file), 'utf8'), file),
);

async function accuracy(pool: DetectorPool, mode: ScanMode): Promise<MatchCounts> {
  const settings = scanSettings(mode);
  let counts: MatchCounts = { faces: 0, found: 0, detections: 0, falsePositives: 0 };
  for (const [index, image] of labelled.entries()) {
    const asset = await assetFor(path.join(dataDir, image.file), `med_photo${index}`);
    const [sample] = await detectSamples(asset, settings, pool, { onSample: () => {} });
    const detections = sample?.detections ?? [];
    counts = addCounts(
      counts,
      evaluateImage(image.faces, detections, { minIou: MIN_IOU, minFaceHeight: MIN_FACE_HEIGHT }),
    );
  }
  return counts;
}

/** Where each pan photo sits on the strip (x offset, scaled size) and its faces on the strip. */
function panLayout(): { stripWidth: number; stripHeight: number; faces: PixelBox[] } {
  const height = Math.round(Math.max(...PAN_PHOTOS.map((f) => imageOf(f).height)) * PAN_SCALE);
  let x = 0;
  const faces: PixelBox[] = [];
  for (const file of PAN_PHOTOS) {
    const image = imageOf(file);
    const scale = height / image.height;
    for (const face of image.faces) {
      faces.push({
        x: x + face.x * scale,
        y: face.y * scale,
        width: face.width * scale,
        height: face.height * scale,
      });
    }
    x += Math.round(image.width * scale);
  }
  return { stripWidth: x, stripHeight: height, faces };
}

function imageOf(file: string): LabelledImage {
  const image = labelled.find((i) => i.file === file);
  if (image === undefined) throw new Error(`${file} is not labelled`);
  return image;
}

/** Strip x at time t (seconds): the strip enters from the right and leaves on the left. */
function panX(t: number, stripWidth: number): number {
  return FRAME.width - ((FRAME.width + stripWidth) * t) / PAN_SECONDS;
}

function makePan(): { file: string; layout: ReturnType<typeof panLayout> } {
  const layout = panLayout();
  const file = path.join(workDir, 'pan-1080p.mp4');
  const y = Math.round((FRAME.height - layout.stripHeight) / 2);
  if (!existsSync(file)) {
    const inputs = PAN_PHOTOS.flatMap((f) => ['-i', path.join(dataDir, f)]);
    const scaled = PAN_PHOTOS.map(
      (_, i) => `[${i + 1}:v]scale=-2:${layout.stripHeight},setsar=1[p${i}]`,
    ).join(';');
    const stack =
      PAN_PHOTOS.map((_, i) => `[p${i}]`).join('') + `hstack=inputs=${PAN_PHOTOS.length}[strip]`;
    const expr = `${FRAME.width}-(${FRAME.width + layout.stripWidth})*t/${PAN_SECONDS}`;
    execFileSync('ffmpeg', [
      '-hide_banner',
      '-v',
      'error',
      '-y',
      '-f',
      'lavfi',
      '-i',
      `color=c=gray:s=${FRAME.width}x${FRAME.height}:r=${PAN_FPS}:d=${PAN_SECONDS}`,
      ...inputs,
      '-filter_complex',
      `${scaled};${stack};[0:v][strip]overlay=x='${expr}':y=${y}:eval=frame,format=yuv420p[v]`,
      '-map',
      '[v]',
      '-c:v',
      'libx264',
      '-preset',
      'veryfast',
      '-crf',
      '20',
      '-t',
      String(PAN_SECONDS),
      file,
    ]);
  }
  return { file, layout: { ...layout, faces: layout.faces.map((f) => ({ ...f, y: f.y + y })) } };
}

function onScreen(box: PixelBox): PixelBox | null {
  const left = Math.max(0, box.x);
  const top = Math.max(0, box.y);
  const right = Math.min(FRAME.width, box.x + box.width);
  const bottom = Math.min(FRAME.height, box.y + box.height);
  return right > left && bottom > top
    ? { x: left, y: top, width: right - left, height: bottom - top }
    : null;
}

interface Coverage {
  faceFrames: number;
  min: number;
  mean: number;
  atTarget: number;
}

async function coverage(
  pool: DetectorPool,
  asset: MediaAsset,
  layout: ReturnType<typeof panLayout>,
): Promise<Coverage> {
  const settings = scanSettings('standard');
  const intervalMs = 1000 / settings.sampleRate;
  // The tracker as scanMedia runs it (the pan has no scene cuts), keeping the raw detections.
  const samples = await detectSamples(asset, settings, pool, { onSample: () => {} });
  const tracks = buildFaceTracks(samples, { sampleIntervalMs: intervalMs });
  const faceAt = (face: PixelBox, tMs: number): PixelBox => ({
    ...face,
    x: face.x + panX(tMs / 1000, layout.stripWidth),
  });
  const detectedAt = (face: PixelBox, sampleT: number): boolean => {
    const sample = samples.find((s) => s.t === sampleT);
    const truth = onScreen(faceAt(face, sampleT));
    return (
      sample !== undefined &&
      truth !== null &&
      sample.detections.some((d) => iou(d.box, truth) >= MIN_IOU)
    );
  };
  const placement = {
    scaleX: 1,
    scaleY: 1,
    offsetX: 0,
    offsetY: 0,
    target: FRAME,
    canLeaveTarget: true,
  };
  const values: number[] = [];
  for (let frame = 0; frame < PAN_SECONDS * PAN_FPS; frame += 1) {
    const tMs = Math.round((frame * 1000) / PAN_FPS);
    const before = Math.floor(tMs / intervalMs) * intervalMs;
    const patches = tracks.flatMap((track) => {
      const box = trackBoxAt(track.samples, tMs, intervalMs);
      const patch = box === null ? null : blurPatchBox(box, FACE_BLUR_PADDING, placement);
      return patch === null ? [] : [patch];
    });
    for (const face of layout.faces) {
      if (face.height / PAN_SCALE < MIN_FACE_HEIGHT) continue;
      const truth = onScreen(faceAt(face, tMs));
      if (truth === null) continue;
      if (
        !detectedAt(face, Math.round(before)) &&
        !detectedAt(face, Math.round(before + intervalMs))
      )
        continue;
      values.push(coveredFraction(truth, patches));
    }
  }
  return {
    faceFrames: values.length,
    min: values.length > 0 ? Math.min(...values) : 1,
    mean: values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : 1,
    atTarget: values.length > 0 ? values.filter((v) => v >= 0.98).length / values.length : 1,
  };
}

/** Area of `face` inside the union of `patches`, by counting a 1 px grid (faces are small). */
function coveredFraction(face: PixelBox, patches: readonly PixelBox[]): number {
  const relevant = patches.filter((p) => intersectionArea(p, face) > 0);
  let inside = 0;
  let total = 0;
  for (let y = Math.floor(face.y) + 0.5; y < face.y + face.height; y += 1) {
    for (let x = Math.floor(face.x) + 0.5; x < face.x + face.width; x += 1) {
      if (x < face.x || y < face.y) continue;
      total += 1;
      if (relevant.some((p) => x >= p.x && x < p.x + p.width && y >= p.y && y < p.y + p.height))
        inside += 1;
    }
  }
  return total > 0 ? inside / total : 1;
}

/** CPU seconds used so far by this process, its threads and its waited-for children (Linux). */
function cpuSeconds(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime, stime, cutime, cstime are fields 14-17 of the file (11-14 after the command name).
    const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
    return ticks / 100;
  } catch {
    return null;
  }
}

const results: Record<string, unknown> = {};
const pool = await Pool.start();
try {
  log(
    `detector workers: ${pool.size}; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const accuracyByMode: Record<
    string,
    { recall: number; precision: number; found: number; faces: number; falsePositives: number }
  > = {};
  for (const mode of skipAccuracy ? [] : modes) {
    const counts = await accuracy(pool, mode);
    accuracyByMode[mode] = {
      recall: recallOf(counts),
      precision: precisionOf(counts),
      found: counts.found,
      faces: counts.faces,
      falsePositives: counts.falsePositives,
    };
    log(
      `${mode}: recall ${recallOf(counts).toFixed(3)} (${counts.found}/${counts.faces}), precision ${precisionOf(counts).toFixed(3)} (${counts.falsePositives} false of ${counts.detections})`,
    );
  }
  results.accuracy = accuracyByMode;

  const pan = makePan();
  const panAsset = await assetFor(pan.file, 'med_pan');
  const speedByMode: Record<
    string,
    { wallX: number; cpuSeconds: number | null; twoIdleCoresX: number | null; tracks: number }
  > = {};
  for (const mode of modes) {
    const started = performance.now();
    const cpuBefore = cpuSeconds();
    const { tracks } = await scanMedia(panAsset, scanSettings(mode), pool);
    const seconds = (performance.now() - started) / 1000;
    const cpuAfter = cpuSeconds();
    const cpu = cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : null;
    const idle = cpu !== null && cpu > 0 ? PAN_SECONDS / (cpu / 2) : null;
    speedByMode[mode] = {
      wallX: PAN_SECONDS / seconds,
      cpuSeconds: cpu,
      twoIdleCoresX: idle,
      tracks: tracks.length,
    };
    log(
      `${mode}: scanned ${PAN_SECONDS} s of 1080p in ${seconds.toFixed(1)} s = ${(PAN_SECONDS / seconds).toFixed(2)}x real time` +
        ` (CPU ${cpu?.toFixed(1) ?? '?'} s: ${idle?.toFixed(2) ?? '?'}x on 2 idle cores), ${tracks.length} tracks`,
    );
  }
  results.speed = speedByMode;
  results.loadAverage = loadavg();

  if (!args.includes('--no-coverage')) {
    const cover = await coverage(pool, panAsset, pan.layout);
    results.blurCoverage = cover;
    log(
      `blur coverage (standard, ${cover.faceFrames} face-frames): min ${cover.min.toFixed(3)}, mean ${cover.mean.toFixed(3)}, share >= 0.98: ${cover.atTarget.toFixed(3)}`,
    );
  }
} finally {
  await pool.close();
}
if (json) console.log(JSON.stringify(results));
