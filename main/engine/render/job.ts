import { randomUUID } from 'node:crypto';
import { mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import { writeSidecars } from '../export';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ExportPresetName, PrivacyOverrideRecord } from '../../../shared/api/calls/render';
import { documentDurationMs, type ProjectDocument } from '../../../shared/model';
import { reviewSummary, type ReviewSummary } from '../../../shared/review/summary';
import { EMPTY_OVERLAY_KEY } from '../../../shared/scene/overlay-segments';
import { AbortedError, ProcessFailedError } from '../ffmpeg/errors';
import { getFfmpegPaths } from '../ffmpeg/paths';
import { createProgressReader, estimateEta, progressFraction } from '../ffmpeg/progress';
import { runProcess } from '../ffmpeg/runner';
import { ensureFreeSpace, estimateExportBytes, isDiskFull, type StatfsFunction } from './disk';
import { formatClock, RenderError } from './errors';
import { exportGate, type ExportGateVerdict } from './gate';
import { exportBlockedError } from './privacy-override';
import { SAMPLE_RATE, type LoudnessTarget } from './plan/audio';
import { buildExportCommand } from './plan/command';
import { overlayConcatScript, type OverlayFrameEntry } from './plan/overlay-list';
import { resolvePreset, type X264Preset } from './presets';
import { verifyExport, type VerifyReport } from './verify';

/**
 * One export, start to finish: checks that can fail fast (gate, length, sources, disk), the
 * overlay pictures, the one ffmpeg process into a temp file beside the target, ffprobe
 * verification, then an atomic rename. Whatever happens, no partial file is left behind.
 */

/** Draws the overlay layer (captions, overlays, chips) as pictures that cover the timeline. */
export type OverlayFramesProvider = (
  doc: ProjectDocument,
  options: { fps: number; durationMs: number; outDir: string; signal?: AbortSignal },
) => Promise<{ frames: readonly (OverlayFrameEntry & { key?: string })[] }>;

export interface ExportProgress {
  phase: 'preparing' | 'encoding' | 'verifying';
  /** 0..1 */
  progress: number;
  /** Frames encoded per second. */
  fps: number | null;
  etaMs: number | null;
}

export interface RunExportOptions {
  doc: ProjectDocument;
  /** The .medclip file (named in a source-missing error's details, for the relink dialog). */
  projectPath: string;
  preset: ExportPresetName;
  /** Absolute path of the .mp4 to write. */
  outPath: string;
  /** Cover frame time for the sidecar step; checked here, returned in the result. */
  coverAtMs?: number;
  overlayFrames: OverlayFramesProvider;
  signal?: AbortSignal;
  onProgress?: (progress: ExportProgress) => void;
  /** x264 speed other than the preset's (tests, benchmarks). */
  encoderSpeed?: X264Preset;
  loudness?: LoudnessTarget;
  /** Free-space probe; a test injects a full disk. */
  statfs?: StatfsFunction;
  /** Parent of the temporary work folder (overlay pictures, scripts); the OS temp by default. */
  workRoot?: string;
  /** How long ffmpeg gets to stop after `q` before its process tree is killed. */
  graceMs?: number;
  /**
   * An override of a blocked privacy gate, already recorded in the audit log (render.start
   * does that); without one a blocked gate refuses the export.
   */
  privacyOverride?: PrivacyOverrideRecord;
}

export interface ExportResult {
  outPath: string;
  /** The file's length as ffprobe reads it. */
  durationMs: number;
  sizeBytes: number;
  coverAtMs?: number;
  verified: VerifyReport;
  /** Captions (.srt, .vtt), description (.txt) and cover (.jpg) written beside the video. */
  sidecars: string[];
  /** The medical review of the exported document: signed off, current or out of date. */
  review: ReviewSummary;
  /** The privacy gate override this export went ahead under, if the gate blocked. */
  privacyOverride?: PrivacyOverrideRecord;
  /** What the privacy gate noticed without blocking (unreviewed faces, identifiers in text). */
  privacyWarnings?: string[];
}

/** The temp file beside the target: hidden, and recognisably ours. */
export function partialPathFor(outPath: string, id: string): string {
  const dir = path.dirname(outPath);
  return path.join(dir, `.${path.basename(outPath, path.extname(outPath))}.partial-${id}.mp4`);
}

export async function runExport(options: RunExportOptions): Promise<ExportResult> {
  const { doc, signal } = options;
  const report = (progress: ExportProgress): void => options.onProgress?.(progress);
  report({ phase: 'preparing', progress: 0, fps: null, etaMs: null });
  try {
    return await exportSteps(options, report);
  } catch (error) {
    if (signal?.aborted || error instanceof AbortedError) {
      throw new RenderError('aborted', `Export of "${doc.name}" cancelled; no file was written.`);
    }
    if (error instanceof RenderError) throw error;
    if (isDiskFull(error)) {
      throw new RenderError(
        'disk-full',
        `The disk filled up while exporting to ${path.dirname(options.outPath)}; no file was written. Free some space and export again.`,
        { dir: path.dirname(options.outPath) },
        { cause: error },
      );
    }
    if (error instanceof ProcessFailedError) {
      throw new RenderError(
        'encode-failed',
        `ffmpeg could not export "${doc.name}": ${error.stderrTail.trim().split('\n').slice(-3).join(' ') || `exit code ${error.exitCode}`}`,
        { command: error.command },
        { cause: error },
      );
    }
    throw error;
  }
}

async function exportSteps(
  options: RunExportOptions,
  report: (progress: ExportProgress) => void,
): Promise<ExportResult> {
  const { doc, signal, outPath } = options;
  const preset = resolvePreset(options.preset, doc.format.fps);
  const gate = await checkBeforeEncoding(options, preset);
  const timelineMs = documentDurationMs(doc);
  await ensureFreeSpace(
    path.dirname(outPath),
    estimateExportBytes(preset, timelineMs),
    options.statfs,
  );

  const workDir = await mkdtemp(path.join(options.workRoot ?? tmpdir(), 'medclip-export-'));
  const partial = partialPathFor(outPath, randomUUID().slice(0, 8));
  let placed = false;
  try {
    const layer = await options.overlayFrames(doc, {
      fps: preset.fps,
      durationMs: timelineMs,
      outDir: path.join(workDir, 'overlays'),
      signal,
    });
    signal?.throwIfAborted();
    // A layer that is blank throughout costs an overlay per frame for nothing.
    const drawn = layer.frames.some((frame) => frame.key !== EMPTY_OVERLAY_KEY);
    const overlayListPath = drawn ? path.join(workDir, 'overlays.ffconcat') : null;
    if (overlayListPath)
      await writeFile(overlayListPath, overlayConcatScript(layer.frames, preset.fps));
    const filterScriptPath = path.join(workDir, 'graph.txt');
    const command = buildExportCommand({
      doc,
      preset,
      overlayListPath,
      filterScriptPath,
      outputPath: partial,
      encoderSpeed: options.encoderSpeed,
      loudness: options.loudness,
    });
    await writeFile(filterScriptPath, command.filterGraph);

    const fileMs = (command.frames * 1000) / preset.fps;
    const started = Date.now();
    const readProgress = createProgressReader((snapshot) => {
      const fraction = progressFraction(snapshot.outTimeMs, fileMs);
      report({
        phase: 'encoding',
        // 1 only once the file is verified and in place.
        progress: Math.min(fraction, 0.999),
        fps: snapshot.fps,
        etaMs: estimateEta(Date.now() - started, fraction),
      });
    });
    await runProcess({
      bin: getFfmpegPaths().ffmpeg,
      args: command.args,
      label: `export ${path.basename(outPath)} (${preset.label})`,
      signal,
      graceMs: options.graceMs,
      onStdoutChunk: (chunk) => readProgress(chunk.toString('utf8')),
    });
    signal?.throwIfAborted();

    report({ phase: 'verifying', progress: 0.999, fps: null, etaMs: 0 });
    const verified = await verifyExport(
      partial,
      {
        width: preset.width,
        height: preset.height,
        fps: preset.fps,
        durationMs: Math.round(fileMs),
        sampleRate: SAMPLE_RATE,
        channels: 2,
      },
      { signal },
    );
    if (!verified.ok) {
      throw new RenderError(
        'verify-failed',
        `The export of "${doc.name}" failed its checks, so it was not kept: ${verified.problems.join('; ')}.`,
        { report: verified },
      );
    }
    signal?.throwIfAborted();
    // Same folder, so the rename is atomic: the target is either the old file or the new one.
    await rename(partial, outPath);
    placed = true;
    const { size } = await stat(outPath);
    // The cover is taken from the exported file itself, so it is exactly what was exported.
    const written = await writeSidecars({
      doc,
      videoPath: outPath,
      ...(options.coverAtMs !== undefined ? { coverAtMs: options.coverAtMs } : {}),
      // No cancel signal here: the video is already in place, so a cancel now must not report
      // "no file written".
    });
    const sidecars = [written.srt, written.vtt, written.description, written.cover].filter(
      (f): f is string => f !== null,
    );
    return {
      outPath,
      durationMs: verified.durationMs ?? Math.round(fileMs),
      sizeBytes: size,
      coverAtMs: written.coverAtMs,
      verified,
      sidecars,
      review: reviewSummary(doc),
      ...(gate.blocked && options.privacyOverride
        ? { privacyOverride: options.privacyOverride }
        : {}),
      privacyWarnings: gate.warnings,
    };
  } finally {
    if (!placed) await rm(partial, { force: true });
    await rm(workDir, { recursive: true, force: true });
  }
}

/** Everything that can be refused before a single frame is decoded; returns the gate's verdict. */
async function checkBeforeEncoding(
  options: RunExportOptions,
  preset: ReturnType<typeof resolvePreset>,
): Promise<ExportGateVerdict> {
  const { doc, outPath } = options;
  const gate = exportGate(doc, { outPath });
  if (gate.blocked && options.privacyOverride === undefined)
    throw exportBlockedError(doc.name, gate);
  if (!path.isAbsolute(outPath) || path.extname(outPath).toLowerCase() !== '.mp4') {
    throw new RenderError(
      'invalid-args',
      `The export must be an absolute path ending in .mp4 (got "${outPath}").`,
    );
  }
  const folder = path.dirname(outPath);
  const folderInfo = await stat(folder).catch(() => null);
  if (!folderInfo?.isDirectory()) {
    throw new RenderError('invalid-args', `The folder ${folder} does not exist.`);
  }
  const durationMs = documentDurationMs(doc);
  if (durationMs === 0) {
    throw new RenderError(
      'nothing-to-export',
      `"${doc.name}" is empty: add a clip before exporting.`,
    );
  }
  if (durationMs > preset.maxDurationMs) {
    throw new RenderError(
      'too-long',
      `"${doc.name}" is ${formatClock(durationMs)} long; ${preset.label} takes at most ` +
        `${formatClock(preset.maxDurationMs)}. Trim it or choose another preset.`,
      {
        durationMs,
        maxDurationMs: preset.maxDurationMs,
        preset: preset.name,
        source: preset.source.url,
      },
    );
  }
  if (options.coverAtMs !== undefined && options.coverAtMs >= durationMs) {
    throw new RenderError(
      'invalid-args',
      `The cover time ${options.coverAtMs} ms is past the end of "${doc.name}" (${durationMs} ms).`,
    );
  }
  await checkSources(doc, outPath, options.projectPath);
  return gate;
}

async function checkSources(
  doc: ProjectDocument,
  outPath: string,
  projectPath: string,
): Promise<void> {
  const used = new Set([
    ...doc.tracks.video.map((clip) => clip.mediaId),
    ...doc.tracks.audio.map((clip) => clip.mediaId),
  ]);
  const missing: { mediaId: string; name: string; path: string }[] = [];
  for (const asset of doc.media) {
    if (!used.has(asset.id)) continue;
    if (path.resolve(asset.path) === path.resolve(outPath)) {
      throw new RenderError(
        'invalid-args',
        `The export would overwrite its own source "${asset.name}" (${asset.path}); choose another file name.`,
      );
    }
    const info = await stat(asset.path).catch(() => null);
    if (asset.missing || !info?.isFile()) {
      missing.push({ mediaId: asset.id, name: asset.name, path: asset.path });
    }
  }
  if (missing.length > 0) {
    const list = missing.map((m) => `"${m.name}" (${m.path})`).join(', ');
    throw new RenderError(
      'source-missing',
      `Source file${missing.length > 1 ? 's' : ''} missing: ${list}. Relink ${missing.length > 1 ? 'them' : 'it'} to where ${missing.length > 1 ? 'they are' : 'it is'} now, then export again.`,
      { missing, project: projectPath },
    );
  }
}
