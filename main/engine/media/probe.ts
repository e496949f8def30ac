import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import path from 'node:path';
import { mediaProbeSchema, type MediaProbe } from '../../../shared/model/probe';
import { probeArgs } from '../ffmpeg/args';
import { getDecodableCodecs } from '../ffmpeg/codecs';
import { ProcessFailedError, ProcessTimeoutError } from '../ffmpeg/errors';
import { getFfmpegPaths } from '../ffmpeg/paths';
import { runProcess } from '../ffmpeg/runner';
import { MediaError, mediaErrorFromFsError } from './errors';
import { checkIsoBmffStructure, type IsoBmffCheck } from './isobmff';
import { ffprobeOutputSchema, interpretProbe } from './probe-parse';

export const DEFAULT_PROBE_TIMEOUT_MS = 15_000;

export interface ProbeOptions {
  signal?: AbortSignal;
  /** Bound on the whole probe, file checks included. */
  timeoutMs?: number;
}

/**
 * What ffprobe (and a look at the file itself) tells about a media file, validated against
 * the shared schema. Throws MediaError for files that cannot be used, and AbortedError
 * (ProcessAbortedError) when the signal cancels it.
 */
export async function probeMedia(
  filePath: string,
  options: ProbeOptions = {},
): Promise<MediaProbe> {
  const absolute = path.resolve(filePath);
  const timeoutMs = options.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  const remaining = (): number => Math.max(1, deadline - Date.now());

  const structure = await withinDeadline(checkFile(absolute), remaining(), absolute, timeoutMs);
  const paths = getFfmpegPaths();
  let stdout: Buffer;
  try {
    const result = await runProcess({
      bin: paths.ffprobe,
      args: probeArgs(absolute),
      label: `probe ${path.basename(absolute)}`,
      signal: options.signal,
      timeoutMs: remaining(),
      stdin: 'ignore',
    });
    stdout = result.stdout;
  } catch (error) {
    if (error instanceof ProcessTimeoutError) {
      throw new MediaError('timeout', absolute, `ffprobe did not finish within ${timeoutMs} ms`, {
        cause: error,
      });
    }
    if (error instanceof ProcessFailedError) throw classifyProbeFailure(error, absolute, structure);
    throw error;
  }

  let parsed;
  try {
    parsed = ffprobeOutputSchema.parse(JSON.parse(stdout.toString('utf8')));
  } catch (cause) {
    throw new MediaError('not-media', absolute, 'ffprobe could not describe it', { cause });
  }
  const decodableCodecs = await decodableCodecsIfKnown();
  const probe = interpretProbe(parsed, absolute, {
    decodableCodecs,
    isIsoBmff: structure.isIsoBmff,
  });
  return mediaProbeSchema.parse(probe);
}

/** The checks ffprobe cannot make well: existence, permission, size, ISO BMFF structure. */
async function checkFile(absolute: string): Promise<IsoBmffCheck> {
  let size: number;
  try {
    const info = await stat(absolute);
    if (info.isDirectory()) throw new MediaError('not-media', absolute, 'it is a folder');
    if (!info.isFile()) throw new MediaError('not-media', absolute, 'it is not a regular file');
    size = info.size;
    // Root passes this check whatever the mode bits say; ffprobe would read the file too.
    await access(absolute, constants.R_OK);
  } catch (error) {
    if (error instanceof MediaError) throw error;
    throw mediaErrorFromFsError(error, absolute) ?? error;
  }
  if (size === 0) throw new MediaError('empty', absolute);
  try {
    const structure = await checkIsoBmffStructure(absolute, size);
    if (structure.problem) throw new MediaError('truncated', absolute, structure.problem);
    return structure;
  } catch (error) {
    if (error instanceof MediaError) throw error;
    throw mediaErrorFromFsError(error, absolute) ?? error;
  }
}

/** Maps ffprobe's refusal to the reason a person can act on. */
function classifyProbeFailure(
  error: ProcessFailedError,
  absolute: string,
  structure: IsoBmffCheck,
): MediaError {
  const lines = error.stderrTail.split('\n').filter((l) => l.trim() !== '');
  const last = (lines[lines.length - 1] ?? '').replace(`file:${absolute}: `, '').trim();
  const said = last ? `ffprobe says "${last.slice(0, 200)}"` : 'ffprobe could not open it';
  if (/permission denied/i.test(error.stderrTail)) {
    return new MediaError('unreadable', absolute, said, { cause: error });
  }
  if (structure.isIsoBmff) {
    return new MediaError('truncated', absolute, said, { cause: error });
  }
  return new MediaError('not-media', absolute, said, { cause: error });
}

/**
 * The decoder list refines the codec check; if it cannot be had (ffmpeg busy or broken while
 * ffprobe works) the probe still refuses unknown codecs and the render reports the rest.
 */
async function decodableCodecsIfKnown(): Promise<ReadonlySet<string> | undefined> {
  try {
    return await getDecodableCodecs();
  } catch {
    return undefined;
  }
}

/** File system calls cannot be cancelled; a stalled drive still gets a bounded answer. */
async function withinDeadline<T>(
  work: Promise<T>,
  ms: number,
  absolute: string,
  timeoutMs: number,
): Promise<T> {
  // If the deadline wins, a later failure of `work` must not surface as an unhandled rejection.
  work.catch(() => {});
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new MediaError(
            'timeout',
            absolute,
            `the file system did not answer within ${timeoutMs} ms`,
          ),
        ),
      ms,
    );
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
