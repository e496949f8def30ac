import type {
  FaceTrack,
  MediaAsset,
  ProjectDocument,
  ScanMode,
  ScanRecord,
} from '../../../shared/model';
import { ID_PREFIX, newId, type RandomSource } from '../../../shared/model/ids';
import type { ScoredBox } from '../../../shared/privacy/boxes';
import { scaleBox } from '../../../shared/privacy/boxes';
import { buildFaceTracks, type SampleDetections } from '../../../shared/privacy/tracking';
import { AbortedError } from '../ffmpeg/errors';
import { getFfmpegPaths } from '../ffmpeg/paths';
import { estimateEta } from '../ffmpeg/progress';
import { runProcess } from '../ffmpeg/runner';
import {
  detectionFrameSize,
  parseSceneCuts,
  sampledFramesArgs,
  sceneCutArgs,
  stillFrameArgs,
  type FrameSize,
} from './detect/frame-args';
import { decodeRawFrames } from './detect/frames';
import { scanSettings, scanSettingsKey, type ScanModeSettings } from './detect/modes';
import { DetectorPool } from './detect/pool';

/**
 * The face scan of a project: every video and still image (used on the timeline or not) is
 * decoded at the mode's sample rate into the detector workers, detections are linked into
 * tracks (split at scene cuts), and each media file yields a ScanRecord plus its FaceTracks,
 * all `unreviewed` (blurred at export until someone decides).
 */

export class ScanError extends Error {
  override readonly name = 'ScanError';
  constructor(
    readonly code: 'no-video' | 'missing-media',
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export interface ScanProgress {
  /** 0..1 over the whole scan. */
  progress: number;
  etaMs: number | null;
  mediaId: string | null;
}

export interface MediaScanResult {
  record: ScanRecord;
  tracks: FaceTrack[];
}

export interface ScanOptions {
  mode: ScanMode;
  /** Samples per second of video, instead of the mode's. */
  sampleRate?: number;
  signal?: AbortSignal;
  onProgress?: (progress: ScanProgress) => void;
  /** An already started pool (a benchmark reuses one); otherwise one is started and closed. */
  pool?: DetectorPool;
  random?: RandomSource;
  /** ISO time stamped on the records (tests pin it). */
  now?: () => string;
}

/** Media the scan covers: present files with a picture (videos and stills). */
export function scannableMedia(doc: ProjectDocument): MediaAsset[] {
  return doc.media.filter((asset) => asset.probe.hasVideo && asset.probe.kind !== 'audio');
}

function codedSize(asset: MediaAsset): FrameSize {
  const { width, height } = asset.probe;
  if (width === undefined || height === undefined) {
    throw new ScanError('no-video', `"${asset.name}" has no picture to scan for faces.`);
  }
  return { width, height };
}

/** Samples a media file yields in this mode (1 for a still). */
export function expectedSamples(asset: MediaAsset, settings: ScanModeSettings): number {
  if (asset.probe.kind === 'image') return 1;
  return Math.max(1, Math.ceil((asset.probe.durationMs * settings.sampleRate) / 1000));
}

/** Frames per decode segment: bounds memory (each RGB frame is a few MB). */
const FRAMES_PER_SEGMENT = 20;

async function sceneCuts(asset: MediaAsset, signal?: AbortSignal): Promise<number[]> {
  const result = await runProcess({
    bin: getFfmpegPaths().ffmpeg,
    args: sceneCutArgs(asset.path),
    label: `scene cuts of ${asset.name}`,
    ...(signal !== undefined ? { signal } : {}),
  });
  return parseSceneCuts(result.stdout.toString('utf8')).map((t) => t - asset.probe.startTimeMs);
}

/** Raw detections per sample of one media file (source pixels), before tracking. */
export async function detectSamples(
  asset: MediaAsset,
  settings: ScanModeSettings,
  pool: DetectorPool,
  options: { signal?: AbortSignal; onSample: () => void },
): Promise<SampleDetections[]> {
  const source = codedSize(asset);
  const size = detectionFrameSize(source, settings.detectLongSide);
  const toSource = (found: ScoredBox[]): ScoredBox[] =>
    found.map((d) => ({
      box: scaleBox(d.box, source.width / size.width, source.height / size.height),
      score: d.score,
    }));
  const signal = options.signal;
  const merge = { mergeIou: settings.mergeIou, mergeContainment: settings.mergeContainment };
  if (asset.probe.kind === 'image') {
    let pending: Promise<ScoredBox[]> | null = null;
    await decodeRawFrames({
      args: stillFrameArgs(asset.path, size),
      size,
      label: `face scan of ${asset.name}`,
      ...(signal !== undefined ? { signal } : {}),
      onFrame: (rgb) => {
        pending ??= pool.detect(
          { rgb, ...size },
          { passes: settings.stillPasses, sampleIndex: 0, ...merge },
        );
      },
    });
    const found: ScoredBox[] = pending === null ? [] : await pending;
    options.onSample();
    return [{ t: 0, detections: toSource(found) }];
  }
  const intervalMs = 1000 / settings.sampleRate;
  const segmentMs = FRAMES_PER_SEGMENT * intervalMs;
  const durationMs = asset.probe.durationMs;
  const results: Promise<SampleDetections>[] = [];
  let previousSegment: Promise<unknown> = Promise.resolve();
  for (let startMs = 0; startMs < durationMs; startMs += segmentMs) {
    const segment: Promise<SampleDetections>[] = [];
    const firstIndex = Math.round(startMs / intervalMs);
    await decodeRawFrames({
      args: sampledFramesArgs(asset.path, {
        startMs,
        durationMs: Math.min(segmentMs, durationMs - startMs),
        sampleRate: settings.sampleRate,
        size,
      }),
      size,
      label: `face scan of ${asset.name}`,
      ...(signal !== undefined ? { signal } : {}),
      onFrame: (rgb, index) => {
        const t = Math.round(startMs + index * intervalMs);
        if (t >= durationMs || index >= FRAMES_PER_SEGMENT) return;
        const plan = { passes: settings.videoPasses, sampleIndex: firstIndex + index, ...merge };
        const detected = pool.detect({ rgb, ...size }, plan).then((found) => {
          options.onSample();
          return { t, detections: toSource(found) };
        });
        // Awaited below; marked handled so a cancel mid-segment leaves no unhandled rejection.
        detected.catch(() => {});
        segment.push(detected);
      },
    });
    // At most two segments of frames in flight: decoding overlaps detection, memory stays bounded.
    await previousSegment;
    if (signal?.aborted) throw new AbortedError('The face scan was cancelled.');
    previousSegment = Promise.all(segment);
    results.push(...segment);
  }
  return Promise.all(results);
}

/**
 * How long a still's face boxes hold. A still placed on the timeline runs through source time
 * 0..its clip length (5 s by default), while the render and the canvas blur a track only
 * between its first and last sample (plus an interval): a still's track therefore gets a second,
 * identical sample a day later, so every frame of any still clip is covered.
 */
export const STILL_TRACK_HOLD_MS = 24 * 60 * 60 * 1000;

function holdStill(samples: FaceTrack['samples']): FaceTrack['samples'] {
  const first = samples[0];
  return first === undefined ? samples : [first, { ...first, t: STILL_TRACK_HOLD_MS }];
}

/** Scans one media file: detection, scene cuts, tracking. */
export async function scanMedia(
  asset: MediaAsset,
  settings: ScanModeSettings,
  pool: DetectorPool,
  options: {
    signal?: AbortSignal;
    onSample?: () => void;
    random?: RandomSource;
    now?: () => string;
  } = {},
): Promise<MediaScanResult> {
  if (asset.missing === true) {
    throw new ScanError(
      'missing-media',
      `"${asset.name}" cannot be found at ${asset.path}; relink it before scanning.`,
    );
  }
  const signal = options.signal;
  const isVideo = asset.probe.kind !== 'image';
  const [samples, cuts] = await Promise.all([
    detectSamples(asset, settings, pool, {
      ...(signal !== undefined ? { signal } : {}),
      onSample: options.onSample ?? (() => {}),
    }),
    isVideo ? sceneCuts(asset, signal) : Promise.resolve([]),
  ]);
  const scanId = newId(ID_PREFIX.scan, options.random);
  const tracks: FaceTrack[] = buildFaceTracks(samples, {
    sampleIntervalMs: 1000 / settings.sampleRate,
    cutTimesMs: cuts,
  }).map((tracked) => ({
    id: newId(ID_PREFIX.faceTrack, options.random),
    mediaId: asset.id,
    scanId,
    samples: isVideo ? tracked.samples : holdStill(tracked.samples),
    decision: 'unreviewed',
    blurStyle: 'gaussian',
  }));
  const record: ScanRecord = {
    id: scanId,
    mediaId: asset.id,
    contentHash: asset.contentHash,
    mode: settings.mode,
    settingsKey: scanSettingsKey(settings),
    sampleRate: settings.sampleRate,
    finishedAt: (options.now ?? (() => new Date().toISOString()))(),
    trackIds: tracks.map((track) => track.id),
  };
  return { record, tracks };
}

/** Scans every video and still of the project, one file after another. */
export async function scanProject(
  doc: ProjectDocument,
  options: ScanOptions,
): Promise<MediaScanResult[]> {
  const settings = scanSettings(options.mode, options.sampleRate);
  const media = scannableMedia(doc);
  const total = media.reduce((sum, asset) => sum + expectedSamples(asset, settings), 0);
  const startedAt = Date.now();
  let done = 0;
  const report = (mediaId: string | null): void => {
    const progress = total > 0 ? Math.min(1, done / total) : 1;
    options.onProgress?.({
      progress,
      etaMs: estimateEta(Date.now() - startedAt, progress),
      mediaId,
    });
  };
  const pool = options.pool ?? (await DetectorPool.start());
  try {
    const results: MediaScanResult[] = [];
    for (const asset of media) {
      if (options.signal?.aborted) throw new AbortedError('The face scan was cancelled.');
      report(asset.id);
      results.push(
        await scanMedia(asset, settings, pool, {
          ...(options.signal !== undefined ? { signal: options.signal } : {}),
          onSample: () => {
            done += 1;
            report(asset.id);
          },
          ...(options.random !== undefined ? { random: options.random } : {}),
          ...(options.now !== undefined ? { now: options.now } : {}),
        }),
      );
    }
    report(null);
    return results;
  } finally {
    if (options.pool === undefined) await pool.close();
  }
}
