import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { MediaProbe } from '../../../shared/model/probe';
import { waveformPeaksArgs, waveformSampleRate } from '../ffmpeg/args';
import { getFfmpegPaths } from '../ffmpeg/paths';
import { runProcess } from '../ffmpeg/runner';
import { cacheEntryPath, makeStagingDir, publishEntry } from './cache';

export const DEFAULT_PEAKS_PER_SECOND = 50;
const DEFAULT_WAVEFORM_TIMEOUT_MS = 60_000;

/** [min, max] of one slice of audio, both in -1..1. */
export type Peak = [number, number];

/**
 * Folds mono signed 16-bit little-endian PCM, streamed in chunks split anywhere (even inside
 * a sample), into one [min, max] pair per `samplesPerPeak` samples.
 */
export class PeakAccumulator {
  private readonly peaks: Peak[] = [];
  private carry: number | null = null;
  private count = 0;
  private min = Infinity;
  private max = -Infinity;

  constructor(private readonly samplesPerPeak: number) {
    if (!Number.isInteger(samplesPerPeak) || samplesPerPeak < 1) {
      throw new RangeError(`samplesPerPeak must be a positive integer, got ${samplesPerPeak}`);
    }
  }

  push(chunk: Buffer): void {
    let offset = 0;
    if (this.carry !== null && chunk.length > 0) {
      this.add(Buffer.from([this.carry, chunk[0] ?? 0]).readInt16LE(0));
      this.carry = null;
      offset = 1;
    }
    for (; offset + 1 < chunk.length; offset += 2) this.add(chunk.readInt16LE(offset));
    if (offset < chunk.length) this.carry = chunk[offset] ?? null;
  }

  /** The peaks so far, including a final partial slice. */
  finish(): Peak[] {
    if (this.count > 0) this.flush();
    return this.peaks;
  }

  private add(sample: number): void {
    if (sample < this.min) this.min = sample;
    if (sample > this.max) this.max = sample;
    if (++this.count === this.samplesPerPeak) this.flush();
  }

  private flush(): void {
    this.peaks.push([toUnit(this.min), toUnit(this.max)]);
    this.count = 0;
    this.min = Infinity;
    this.max = -Infinity;
  }
}

/** A 16-bit sample to -1..1, rounded to 4 decimals to keep the cache file small. */
function toUnit(sample: number): number {
  return Math.round((sample / 32768) * 10_000) / 10_000;
}

const waveformFileSchema = z.object({
  version: z.literal(1),
  peaksPerSecond: z.number().int().positive(),
  peaks: z.array(z.tuple([z.number(), z.number()])),
});
export type WaveformFile = z.infer<typeof waveformFileSchema>;

export interface WaveformOptions {
  /** Absolute path of the media file. */
  path: string;
  probe: MediaProbe;
  contentHash: string;
  cacheDir: string;
  peaksPerSecond?: number;
  signal?: AbortSignal;
  timeoutMs?: number;
}

export interface WaveformResult {
  /** The cached JSON ({ version, peaksPerSecond, peaks }); null when there is no audio. */
  file: string | null;
  peaksPerSecond: number;
  peaks: Peak[];
  /** True when it came from the cache and no ffmpeg ran. */
  cached: boolean;
}

/** Reads a cached waveform file; null when absent or not ours (then it is rebuilt). */
export async function readWaveformFile(file: string): Promise<WaveformFile | null> {
  try {
    return waveformFileSchema.parse(JSON.parse(await readFile(file, 'utf8')));
  } catch {
    return null;
  }
}

/**
 * Min/max peaks of the first audio stream, cached as
 * `<cacheDir>/waveforms/<hash>-<peaksPerSecond>.json`.
 */
export async function generateWaveform(options: WaveformOptions): Promise<WaveformResult> {
  const peaksPerSecond = options.peaksPerSecond ?? DEFAULT_PEAKS_PER_SECOND;
  const sampleRate = waveformSampleRate(peaksPerSecond);
  if (!options.probe.hasAudio) return { file: null, peaksPerSecond, peaks: [], cached: false };
  const name = `${options.contentHash}-${peaksPerSecond}.json`;
  const file = cacheEntryPath(options.cacheDir, 'waveforms', name);
  const existing = await readWaveformFile(file);
  if (existing && existing.peaksPerSecond === peaksPerSecond) {
    return { file, peaksPerSecond, peaks: existing.peaks, cached: true };
  }

  const accumulator = new PeakAccumulator(sampleRate / peaksPerSecond);
  await runProcess({
    bin: getFfmpegPaths().ffmpeg,
    args: waveformPeaksArgs(options.path, { peaksPerSecond }),
    label: `waveform of ${path.basename(options.path)}`,
    signal: options.signal,
    timeoutMs: options.timeoutMs ?? DEFAULT_WAVEFORM_TIMEOUT_MS,
    onStdoutChunk: (chunk) => accumulator.push(chunk),
  });
  const peaks = accumulator.finish();
  const content: WaveformFile = { version: 1, peaksPerSecond, peaks };
  const staging = await makeStagingDir(options.cacheDir, 'waveforms', name);
  try {
    const stagedFile = path.join(staging, name);
    await writeFile(stagedFile, JSON.stringify(content));
    await publishEntry(stagedFile, file);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return { file, peaksPerSecond, peaks, cached: false };
}
