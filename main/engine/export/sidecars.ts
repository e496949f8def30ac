import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ProjectDocument } from '../../../shared/model';
import { subtitleCuesOf, subtitleText } from '../captions/export-captions';
import { EngineError } from '../errors';
import { getFfmpegPaths } from '../ffmpeg/paths';
import { runProcess } from '../ffmpeg/runner';
import { probeMedia } from '../media/probe';
import { produceFileAtomic, writeFileAtomic } from './atomic-write';
import { coverFrameArgs } from './cover-args';
import { buildDescription } from './description';

const COVER_TIMEOUT_MS = 60_000;

export interface SidecarOptions {
  doc: ProjectDocument;
  /** The exported video (absolute path); sidecars go beside it with the same base name. */
  videoPath: string;
  /** Time of the cover frame; default the start of the first caption, else 0. */
  coverAtMs?: number;
  /** Hashtags added after the derived ones (see description.ts). */
  extraHashtags?: readonly string[];
  signal?: AbortSignal;
}

export interface SidecarPaths {
  /** `<base>.srt` and `<base>.vtt`; null when the project has no captions (nothing written). */
  srt: string | null;
  vtt: string | null;
  /** `<base>.txt`: title, hashtags, numbered references. */
  description: string;
  /** `<base>.jpg`: the exported video's frame at `coverAtMs`. */
  cover: string;
  /** The time the cover was taken at. */
  coverAtMs: number;
}

/** `/out/knee.mp4` -> `/out/knee.srt` etc. */
export function sidecarPath(videoPath: string, extension: string): string {
  const parsed = path.parse(videoPath);
  return path.join(parsed.dir, `${parsed.name}.${extension}`);
}

/** The first frame with a caption on it: the earliest cue start; 0 without captions. */
export function defaultCoverAtMs(doc: ProjectDocument): number {
  const starts = doc.tracks.captions.map((cue) => cue.start);
  return starts.length > 0 ? Math.min(...starts) : 0;
}

/**
 * The latest time that still has a frame: one frame before the end. An explicit time past the
 * end is refused; the default (a caption) past the end falls back to the first frame.
 */
async function coverTime(options: SidecarOptions): Promise<number> {
  const probe = await probeMedia(options.videoPath, { signal: options.signal });
  if (!probe.hasVideo) {
    throw new EngineError('not-media', `"${options.videoPath}" has no video stream for a cover.`);
  }
  const frameMs = Math.ceil(1000 / (probe.fps ?? 30));
  const lastFrameMs = Math.max(0, probe.durationMs - frameMs);
  if (options.coverAtMs !== undefined) {
    if (!Number.isInteger(options.coverAtMs) || options.coverAtMs < 0) {
      throw new EngineError(
        'invalid-args',
        `The cover time must be whole ms >= 0, got ${options.coverAtMs}.`,
      );
    }
    if (options.coverAtMs > probe.durationMs) {
      throw new EngineError(
        'invalid-args',
        `The cover time ${options.coverAtMs} ms is past the end of "${options.videoPath}" (${probe.durationMs} ms).`,
      );
    }
    return Math.min(options.coverAtMs, lastFrameMs);
  }
  const wanted = defaultCoverAtMs(options.doc);
  return wanted <= lastFrameMs ? wanted : 0;
}

async function writeCover(
  videoPath: string,
  atMs: number,
  target: string,
  signal?: AbortSignal,
): Promise<void> {
  await produceFileAtomic(target, async (temp) => {
    await runProcess({
      bin: getFfmpegPaths().ffmpeg,
      args: coverFrameArgs(videoPath, { atMs, outputPath: temp }),
      label: `cover ${path.basename(target)}`,
      signal,
      timeoutMs: COVER_TIMEOUT_MS,
    });
    const written = await stat(temp).catch(() => null);
    if (written === null || written.size === 0) {
      throw new EngineError(
        'internal',
        `ffmpeg wrote no cover frame at ${atMs} ms of "${videoPath}".`,
      );
    }
  });
}

/**
 * Writes the files that go with an exported video, beside it and named after it: `.srt` and
 * `.vtt` captions (timeline times), the `.txt` description and the `.jpg` cover, which is taken
 * from the exported file itself so it is exactly what viewers see. Each file is written to a
 * temporary name and renamed into place. Call after a successful export.
 */
export async function writeSidecars(options: SidecarOptions): Promise<SidecarPaths> {
  const { doc, videoPath } = options;
  if (!path.isAbsolute(videoPath)) {
    throw new EngineError('invalid-args', `The video path must be absolute, got "${videoPath}".`);
  }
  // Probe first: a video that cannot give a cover leaves no sidecars behind.
  const coverAtMs = await coverTime(options);
  const cues = subtitleCuesOf(doc.tracks.captions);
  let srt: string | null = null;
  let vtt: string | null = null;
  if (cues.length > 0) {
    srt = sidecarPath(videoPath, 'srt');
    vtt = sidecarPath(videoPath, 'vtt');
    await writeFileAtomic(srt, subtitleText(cues, 'srt'));
    await writeFileAtomic(vtt, subtitleText(cues, 'vtt'));
  }
  const description = sidecarPath(videoPath, 'txt');
  await writeFileAtomic(
    description,
    buildDescription(doc, { extraHashtags: options.extraHashtags }),
  );
  const cover = sidecarPath(videoPath, 'jpg');
  await writeCover(videoPath, coverAtMs, cover, options.signal);
  return { srt, vtt, description, cover, coverAtMs };
}
