import path from 'node:path';
import type { MediaProbe } from '../../../shared/model/probe';
import { AbortedError, ProcessFailedError, ProcessTimeoutError } from '../ffmpeg/errors';
import { MediaError, mediaErrorFromFsError } from './errors';
import { computeContentHash } from './hash';
import { DEFAULT_PROBE_TIMEOUT_MS, probeMedia } from './probe';
import { needsSvgSanitizing, sanitizedSvgCopy } from './svg-import';
import { generateThumbnails } from './thumbnails';
import { generateWaveform } from './waveform';

export interface InspectOptions {
  /** Where thumbnails and waveforms are cached (the engine passes `<project>.medclip.cache/`). */
  cacheDir: string;
  signal?: AbortSignal;
  /**
   * Bound on everything after the probe (hash, thumbnails, waveform). Default: 30 s plus a
   * tenth of the media's duration (decoding a long file's audio takes a while).
   */
  timeoutMs?: number;
  probeTimeoutMs?: number;
  thumbnailCount?: number;
  thumbnailHeight?: number;
  peaksPerSecond?: number;
}

export interface InspectedMedia {
  /** Absolute path that was inspected. */
  path: string;
  probe: MediaProbe;
  contentHash: string;
  sizeBytes: number;
  /** Thumbnail JPEGs in time order; empty for audio-only files. */
  thumbnails: string[];
  /** The waveform peaks JSON; absent when the file has no audio. */
  waveform?: string;
}

export function defaultInspectTimeoutMs(probe: MediaProbe): number {
  return 30_000 + Math.round(probe.durationMs / 10);
}

/**
 * Everything the engine needs to add a media file to a project, in bounded time: probe,
 * content hash, thumbnails and waveform (the last two from the cache when present). Throws
 * MediaError (the timeout included) or AbortedError when the caller's signal cancels it.
 */
export async function inspectMediaFile(
  filePath: string,
  options: InspectOptions,
): Promise<InspectedMedia> {
  const given = path.resolve(filePath);
  // An SVG is imported as its sanitised copy (scripts and external references removed).
  const absolute = (await needsSvgSanitizing(given))
    ? (await sanitizedSvgCopy(given, options.cacheDir)).path
    : given;
  const probe = await probeMedia(absolute, {
    signal: options.signal,
    timeoutMs: options.probeTimeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS,
  });

  const budgetMs = options.timeoutMs ?? defaultInspectTimeoutMs(probe);
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), budgetMs);
  // One failure stops the sibling job too, so no ffmpeg is left running when we throw.
  const siblingFailed = new AbortController();
  const signal = AbortSignal.any(
    [options.signal, deadline.signal, siblingFailed.signal].filter(
      (s): s is AbortSignal => s !== undefined,
    ),
  );
  const asMediaError = (error: unknown): unknown =>
    toMediaError(error, absolute, deadline.signal.aborted && !options.signal?.aborted, budgetMs);

  try {
    const { contentHash, sizeBytes } = await computeContentHash(absolute, { signal }).catch(
      (error: unknown) => {
        throw mediaErrorFromFsError(error, absolute) ?? error;
      },
    );
    const common = { path: absolute, probe, contentHash, cacheDir: options.cacheDir, signal };
    const jobs = [
      generateThumbnails({
        ...common,
        count: options.thumbnailCount,
        height: options.thumbnailHeight,
      }),
      generateWaveform({ ...common, peaksPerSecond: options.peaksPerSecond }),
    ] as const;
    for (const job of jobs) job.catch(() => siblingFailed.abort());
    const [thumbnails, waveform] = await Promise.allSettled(jobs);
    if (thumbnails.status === 'rejected') throw firstRealFailure(thumbnails.reason, waveform);
    if (waveform.status === 'rejected') throw waveform.reason;
    return {
      path: absolute,
      probe,
      contentHash,
      sizeBytes,
      thumbnails: thumbnails.value.files,
      ...(waveform.value.file ? { waveform: waveform.value.file } : {}),
    };
  } catch (error) {
    throw asMediaError(error);
  } finally {
    clearTimeout(timer);
  }
}

/** When one job failed and the other was stopped because of it, report the real failure. */
function firstRealFailure(reason: unknown, other: PromiseSettledResult<unknown>): unknown {
  if (reason instanceof AbortedError && other.status === 'rejected') {
    if (!(other.reason instanceof AbortedError)) return other.reason;
  }
  return reason;
}

function toMediaError(
  error: unknown,
  absolute: string,
  deadlinePassed: boolean,
  budgetMs: number,
): unknown {
  if (error instanceof MediaError) return error;
  if (error instanceof ProcessTimeoutError || (error instanceof AbortedError && deadlinePassed)) {
    return new MediaError('timeout', absolute, `thumbnails and waveform took over ${budgetMs} ms`, {
      cause: error,
    });
  }
  if (error instanceof ProcessFailedError) {
    const last = error.stderrTail.split('\n').filter(Boolean).pop() ?? '';
    const said = last.replace(`file:${absolute}: `, '').slice(0, 200);
    return new MediaError(
      'truncated',
      absolute,
      `ffmpeg could not decode it${said ? ` ("${said}")` : ''}`,
      { cause: error },
    );
  }
  return error;
}
