/**
 * `npm run bench:render [-- --json] [-- --x264 <preset>] [-- --runs <n>]`: the export engine
 * against a bare ffmpeg transcode.
 *
 * Source: 60 s of 1920x1080 30 fps with audio (testsrc2 + a tone), generated once into
 * .tmp/bench/. Ours: the tiktok preset with the fit-blur reframe, 20 caption cues, 3 overlays
 * (a heart icon, a text label, and an arrow that pops in, slides for 2 s and fades out, i.e. a
 * new overlay picture every frame while it moves), one moving blur region and a music bed. The
 * overlay pictures are drawn by the shared scene builder (main/engine/render/overlay-frames.ts),
 * and the time counts everything: the checks, drawing the pictures, the encode and the ffprobe
 * verification.
 * Bare: `ffmpeg -i source -vf scale=1080:1920` with the same x264 preset and rate control
 * (CRF + maxrate/bufsize, GOP) and the same AAC settings. Runs alternate (bare, ours, bare,
 * ours…) so both see the same machine; medians are reported.
 *
 * Peak memory: the whole process tree (this Node process plus every ffmpeg child and its own
 * children), summed from /proc/<pid>/status VmRSS every 100 ms.
 * Targets: ours / bare at most 1.25; peak under 1 GB. With --json the last line is one JSON
 * object of the figures.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { getFfmpegPaths } from '../main/engine/ffmpeg/paths';
import { recentCommands, runProcess } from '../main/engine/ffmpeg/runner';
import { probeMedia } from '../main/engine/media/probe';
import { runExport } from '../main/engine/render/job';
import { renderOverlayFrames } from '../main/engine/render/overlay-frames';
import { audioEncoderArgs, videoEncoderArgs } from '../main/engine/render/plan/output';
import { resolvePreset, type X264Preset } from '../main/engine/render/presets';
import {
  createDocument,
  NO_ANIMATION,
  projectDocumentSchema,
  staticTransform,
  type Overlay,
  type ProjectDocument,
} from '../shared/model';

const RATIO_TARGET = 1.25;
const PEAK_TARGET_BYTES = 1024 ** 3;
const SOURCE_SECONDS = 60;

const args = process.argv.slice(2);
const json = args.includes('--json');
const optionValue = (name: string): string | undefined => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const runs = Number(optionValue('--runs') ?? 1);
const preset = resolvePreset('tiktok', 30);
const speed = (optionValue('--x264') ?? preset.x264Preset) as X264Preset;
const log = (text: string): void => {
  if (!json) console.log(text);
};

const root = path.resolve(import.meta.dirname, '..', '.tmp', 'bench');
const source = path.join(root, 'source-60s-1080p.mp4');
const music = path.join(root, 'music-60s.m4a');

function ensureSources(): void {
  mkdirSync(root, { recursive: true });
  const ffmpeg = (...ffArgs: string[]) =>
    execFileSync(getFfmpegPaths().ffmpeg, [
      '-hide_banner',
      '-nostdin',
      '-v',
      'error',
      '-y',
      ...ffArgs,
    ]);
  if (!existsSync(source)) {
    log(`Generating ${source} (once)…`);
    ffmpeg(
      ...['-f', 'lavfi', '-i', `testsrc2=size=1920x1080:rate=30:duration=${SOURCE_SECONDS}`],
      ...['-f', 'lavfi', '-i', `sine=frequency=440:sample_rate=48000:duration=${SOURCE_SECONDS}`],
      ...[
        '-c:v',
        'libx264',
        '-preset',
        'veryfast',
        '-crf',
        '23',
        '-pix_fmt',
        'yuv420p',
        '-g',
        '60',
      ],
      ...['-c:a', 'aac', '-b:a', '128k', '-shortest', source],
    );
  }
  if (!existsSync(music)) {
    ffmpeg(
      '-f',
      'lavfi',
      '-i',
      `sine=frequency=220:duration=${SOURCE_SECONDS}`,
      '-c:a',
      'aac',
      music,
    );
  }
}

const WORDS =
  'the knee joint carries four times your weight on stairs so strong thigh muscles protect cartilage'.split(
    ' ',
  );

async function benchDocument(): Promise<ProjectDocument> {
  const doc = createDocument({ id: 'prj_bench', name: 'Bench explainer' });
  const asset = async (id: string, file: string) => ({
    id,
    name: path.basename(file),
    path: file,
    contentHash: 'ab'.repeat(16),
    sizeBytes: statSync(file).size,
    probe: await probeMedia(file),
  });
  doc.media.push(await asset('med_source', source), await asset('med_music', music));
  doc.tracks.video.push({
    id: 'clip_main',
    mediaId: 'med_source',
    start: 0,
    in: 0,
    out: SOURCE_SECONDS * 1000,
    volume: 1,
    muted: false,
    reframe: { mode: 'fit-blur', blurStrength: 40 },
  });
  doc.tracks.audio.push({
    id: 'aud_music',
    mediaId: 'med_music',
    start: 0,
    in: 0,
    out: SOURCE_SECONDS * 1000,
    volume: 0.3,
    fadeInMs: 1000,
    fadeOutMs: 2000,
  });
  for (let i = 0; i < 20; i += 1) {
    const words = Array.from({ length: 5 }, (_, w) => WORDS[(i * 3 + w) % WORDS.length]);
    doc.tracks.captions.push({
      id: `cue_${i}`,
      start: i * 3000,
      end: i * 3000 + 2800,
      text: words.join(' '),
      styleId: i % 2 === 0 ? 'style-clean' : 'style-boxed',
      citationIds: [],
    });
  }
  const base = { enter: NO_ANIMATION, exit: NO_ANIMATION };
  const overlays: Overlay[] = [
    {
      ...base,
      id: 'ovl_heart',
      kind: 'icon',
      start: 2000,
      end: 40_000,
      transform: staticTransform(0.75, 0.2),
      iconId: 'body/heart_organ',
      fill: '#E11D48',
      outline: '#FFFFFF',
      sizePx: 220,
    },
    {
      ...base,
      id: 'ovl_label',
      kind: 'text',
      start: 5000,
      end: 55_000,
      transform: staticTransform(0.5, 0.1),
      text: 'Knee health in 60 seconds',
      fontFamily: 'TikTok Sans',
      fontWeight: 700,
      fontSizePx: 56,
      fill: '#FFFFFF',
      align: 'center',
      maxWidthPx: 900,
    },
    {
      id: 'ovl_arrow',
      kind: 'shape',
      shape: 'arrow',
      start: 20_000,
      end: 30_000,
      // Pops in, slides across for 2 s, fades out: a new picture every frame while it moves.
      transform: [
        { t: 0, x: 0.2, y: 0.45, scale: 1, rotation: 0, opacity: 1, easing: 'hold' },
        { t: 3000, x: 0.2, y: 0.45, scale: 1, rotation: 0, opacity: 1, easing: 'easeInOut' },
        { t: 5000, x: 0.8, y: 0.45, scale: 1, rotation: 0, opacity: 1, easing: 'linear' },
      ],
      enter: { type: 'pop', durationMs: 400, easing: 'easeOut' },
      exit: { type: 'fade', durationMs: 500, easing: 'linear' },
      widthPx: 240,
      heightPx: 80,
      stroke: '#F2B134',
      strokeWidthPx: 8,
    },
  ];
  doc.tracks.overlays.push(...overlays);
  doc.privacy.manualRegions.push({
    id: 'reg_face',
    mediaId: 'med_source',
    startMs: 0,
    endMs: 60_000,
    blurStyle: 'gaussian',
    label: 'passer-by',
    keyframes: [
      { t: 0, box: { x: 200, y: 200, width: 260, height: 300 } },
      { t: 30_000, box: { x: 1300, y: 500, width: 300, height: 340 } },
      { t: 60_000, box: { x: 600, y: 300, width: 260, height: 300 } },
    ],
  });
  return projectDocumentSchema.parse(doc);
}

/** Resident memory of this process and every ffmpeg process it started (and their children). */
function treeRssBytes(): number {
  const statusRss = (pid: number): number => {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      return match ? Number(match[1]) * 1024 : 0;
    } catch {
      return 0;
    }
  };
  const descendants = (pid: number): number[] => {
    const found: number[] = [];
    try {
      for (const task of readdirSync(`/proc/${pid}/task`)) {
        const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
        for (const child of children ? children.split(/\s+/).map(Number) : []) {
          found.push(child, ...descendants(child));
        }
      }
    } catch {
      // Gone between listing and reading.
    }
    return found;
  };
  const pids = new Set<number>();
  for (const command of recentCommands()) {
    if (command.outcome !== 'running' || command.pid === null) continue;
    pids.add(command.pid);
    for (const child of descendants(command.pid)) pids.add(child);
  }
  let total = process.memoryUsage().rss;
  for (const pid of pids) total += statusRss(pid);
  return total;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

async function bareTranscode(outPath: string): Promise<number> {
  const started = performance.now();
  await runProcess({
    bin: getFfmpegPaths().ffmpeg,
    args: [
      ...['-hide_banner', '-nostats', '-v', 'error', '-y', '-i', source],
      ...['-vf', `scale=${preset.width}:${preset.height},setsar=1`],
      ...videoEncoderArgs(preset, speed),
      ...audioEncoderArgs(preset),
      ...['-movflags', '+faststart', outPath],
    ],
    label: 'bench: bare transcode',
  });
  return performance.now() - started;
}

async function ourExport(doc: ProjectDocument, outPath: string) {
  const started = performance.now();
  let encodingAt: number | null = null;
  let verifyingAt: number | null = null;
  const result = await runExport({
    doc,
    projectPath: path.join(root, 'bench.medclip'),
    preset: 'tiktok',
    outPath,
    overlayFrames: renderOverlayFrames,
    encoderSpeed: speed,
    workRoot: root,
    onProgress: (progress) => {
      if (progress.phase === 'encoding' && encodingAt === null) encodingAt = performance.now();
      if (progress.phase === 'verifying' && verifyingAt === null) verifyingAt = performance.now();
    },
  });
  const totalMs = performance.now() - started;
  const encodeStart = encodingAt ?? started;
  return {
    totalMs,
    prepareMs: encodeStart - started,
    encodeMs: (verifyingAt ?? performance.now()) - encodeStart,
    result,
  };
}

async function main(): Promise<void> {
  ensureSources();
  const doc = await benchDocument();
  const peaks = { bare: 0, ours: 0 };
  let phase: keyof typeof peaks = 'bare';
  const sampler = setInterval(() => {
    peaks[phase] = Math.max(peaks[phase], treeRssBytes());
  }, 100);
  const bareTimes: number[] = [];
  const ourTimes: number[] = [];
  const prepareTimes: number[] = [];
  const encodeTimes: number[] = [];
  let sizes = { bare: 0, ours: 0 };
  try {
    for (let run = 0; run < runs; run += 1) {
      const bareOut = path.join(root, 'bare.mp4');
      log(`Run ${run + 1}/${runs}: bare transcode (x264 ${speed})…`);
      phase = 'bare';
      bareTimes.push(await bareTranscode(bareOut));
      const oursOut = path.join(root, 'ours.mp4');
      log(`Run ${run + 1}/${runs}: MedClip export (x264 ${speed})…`);
      phase = 'ours';
      const ours = await ourExport(doc, oursOut);
      ourTimes.push(ours.totalMs);
      prepareTimes.push(ours.prepareMs);
      encodeTimes.push(ours.encodeMs);
      sizes = { bare: statSync(bareOut).size, ours: ours.result.sizeBytes };
      rmSync(bareOut, { force: true });
      rmSync(oursOut, { force: true });
    }
  } finally {
    clearInterval(sampler);
  }
  const bareMs = median(bareTimes);
  const oursMs = median(ourTimes);
  const ratio = oursMs / bareMs;
  const peak = Math.max(peaks.bare, peaks.ours);
  const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
  const figures = {
    x264Preset: speed,
    runs,
    sourceSeconds: SOURCE_SECONDS,
    bareRunsMs: bareTimes.map(Math.round),
    oursRunsMs: ourTimes.map(Math.round),
    bareMs: Math.round(bareMs),
    oursMs: Math.round(oursMs),
    oursPrepareMs: Math.round(median(prepareTimes)),
    oursEncodeMs: Math.round(median(encodeTimes)),
    encodeOnlyRatio: Number((median(encodeTimes) / bareMs).toFixed(3)),
    ratio: Number(ratio.toFixed(3)),
    ratioTarget: RATIO_TARGET,
    peakTreeRssBytes: peak,
    peakTreeRssMb: mb(peak),
    peakTreeRssMbDuringBare: mb(peaks.bare),
    peakTreeRssMbDuringOurs: mb(peaks.ours),
    peakTargetMb: PEAK_TARGET_BYTES / 1024 / 1024,
    bareSizeBytes: sizes.bare,
    oursSizeBytes: sizes.ours,
    pass: ratio <= RATIO_TARGET && peak < PEAK_TARGET_BYTES,
  };
  log('');
  log(`bare transcode      ${(bareMs / 1000).toFixed(1)} s`);
  log(
    `MedClip export      ${(oursMs / 1000).toFixed(1)} s (of which checks + overlay pictures ${(figures.oursPrepareMs / 1000).toFixed(1)} s)`,
  );
  log(`ratio               ${ratio.toFixed(3)} (target ≤ ${RATIO_TARGET})`);
  log(
    `encode-only ratio   ${figures.encodeOnlyRatio} (the one ffmpeg process against the bare one)`,
  );
  log(
    `peak memory (tree)  ${figures.peakTreeRssMb} MB (target < ${figures.peakTargetMb} MB; ` +
      `${figures.peakTreeRssMbDuringBare} MB during the bare run, ${figures.peakTreeRssMbDuringOurs} MB during ours)`,
  );
  log(figures.pass ? 'PASS' : 'FAIL');
  if (json) console.log(JSON.stringify(figures));
}

await main();
