import { stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { probeArgs } from '../ffmpeg/args';
import { getFfmpegPaths } from '../ffmpeg/paths';
import { runProcess } from '../ffmpeg/runner';
import { checkIsoBmffStructure } from '../media/isobmff';

/**
 * The last gate before an export is renamed into place: ffprobe (and a walk over the MP4's
 * top-level boxes) must confirm it is what the preset promises and carries nothing that
 * identifies the sources. Pure checks in `checkExport`; `verifyExport` gathers the facts.
 */

export interface VerifyExpectations {
  width: number;
  height: number;
  fps: number;
  /** The file's expected length: frames / fps. */
  durationMs: number;
  sampleRate: number;
  channels: number;
}

export interface VerifyReport {
  ok: boolean;
  /** Each a sentence naming what is wrong; empty when ok. */
  problems: string[];
  durationMs: number | null;
  video: {
    codec: string | null;
    profile: string | null;
    pixelFormat: string | null;
    width: number | null;
    height: number | null;
    frameRate: string | null;
  } | null;
  audio: {
    codec: string | null;
    profile: string | null;
    sampleRate: number | null;
    channels: number | null;
  } | null;
  /** Top-level MP4 boxes in file order, e.g. ["ftyp", "moov", "mdat"]. */
  boxOrder: string[];
  fastStart: boolean;
  chapters: number;
}

const tagsSchema = z.record(z.string(), z.string()).optional();

const probeSchema = z.object({
  streams: z
    .array(
      z.looseObject({
        index: z.number(),
        codec_type: z.string().optional(),
        codec_name: z.string().optional(),
        profile: z.string().optional(),
        pix_fmt: z.string().optional(),
        width: z.number().optional(),
        height: z.number().optional(),
        r_frame_rate: z.string().optional(),
        avg_frame_rate: z.string().optional(),
        sample_rate: z.string().optional(),
        channels: z.number().optional(),
        tags: tagsSchema,
        side_data_list: z
          .array(z.looseObject({ side_data_type: z.string().optional() }))
          .optional(),
      }),
    )
    .default([]),
  format: z.looseObject({ duration: z.string().optional(), tags: tagsSchema }).optional(),
  chapters: z.array(z.unknown()).default([]),
});
export type ExportProbe = z.infer<typeof probeSchema>;

/** Tags an MP4 written by our muxer flags carries, none of which says anything about anyone. */
const HARMLESS_FORMAT_TAGS = new Set(['major_brand', 'minor_version', 'compatible_brands']);
const HARMLESS_STREAM_TAGS = new Set(['language', 'handler_name', 'vendor_id', 'encoder']);
const NEUTRAL_HANDLERS = new Set(['VideoHandler', 'SoundHandler']);

export function checkExport(
  probe: ExportProbe,
  boxOrder: readonly string[],
  expected: VerifyExpectations,
): VerifyReport {
  const problems: string[] = [];
  const videos = probe.streams.filter((s) => s.codec_type === 'video');
  const audios = probe.streams.filter((s) => s.codec_type === 'audio');
  const others = probe.streams.filter((s) => s.codec_type !== 'video' && s.codec_type !== 'audio');
  if (videos.length !== 1) problems.push(`expected 1 video stream, found ${videos.length}`);
  if (audios.length !== 1) problems.push(`expected 1 audio stream, found ${audios.length}`);
  if (others.length > 0) {
    problems.push(
      `unexpected ${others.map((s) => s.codec_type ?? 'unknown').join(', ')} stream(s)`,
    );
  }
  const video = videos[0];
  const audio = audios[0];
  const want = (what: string, actual: unknown, wanted: unknown): void => {
    if (actual !== wanted)
      problems.push(`${what} is ${String(actual)}, expected ${String(wanted)}`);
  };
  if (video) {
    want('video codec', video.codec_name, 'h264');
    want('H.264 profile', video.profile, 'High');
    want('pixel format', video.pix_fmt, 'yuv420p');
    want('width', video.width, expected.width);
    want('height', video.height, expected.height);
    want('frame rate', video.r_frame_rate, `${expected.fps}/1`);
    want('average frame rate', video.avg_frame_rate, `${expected.fps}/1`);
    if ((video.side_data_list ?? []).some((d) => /display matrix/i.test(d.side_data_type ?? ''))) {
      problems.push('the video carries a rotation (display matrix); players would turn it');
    }
  }
  if (audio) {
    want('audio codec', audio.codec_name, 'aac');
    want('AAC profile', audio.profile, 'LC');
    want('audio sample rate', Number(audio.sample_rate), expected.sampleRate);
    want('audio channels', audio.channels, expected.channels);
  }

  const seconds = Number(probe.format?.duration);
  const durationMs = Number.isFinite(seconds) ? Math.round(seconds * 1000) : null;
  // Two frames of slack: AAC packets end on 1024-sample steps and the muxer rounds.
  const slackMs = (2 * 1000) / expected.fps;
  if (durationMs === null) {
    problems.push('the file has no duration');
  } else if (Math.abs(durationMs - expected.durationMs) > slackMs) {
    problems.push(`the file lasts ${durationMs} ms, expected ${expected.durationMs} ms`);
  }

  const moov = boxOrder.indexOf('moov');
  const mdat = boxOrder.indexOf('mdat');
  const fastStart = moov >= 0 && mdat >= 0 && moov < mdat;
  if (!fastStart) {
    problems.push(
      `the index (moov) does not come before the media (boxes: ${boxOrder.join(', ')})`,
    );
  }

  for (const [key, value] of Object.entries(probe.format?.tags ?? {})) {
    if (!HARMLESS_FORMAT_TAGS.has(key)) problems.push(`file metadata "${key}=${value}" was kept`);
  }
  for (const stream of probe.streams) {
    for (const [key, value] of Object.entries(stream.tags ?? {})) {
      if (!HARMLESS_STREAM_TAGS.has(key)) {
        problems.push(`stream ${stream.index} metadata "${key}=${value}" was kept`);
      } else if (key === 'handler_name' && !NEUTRAL_HANDLERS.has(value)) {
        problems.push(`stream ${stream.index} has the handler name "${value}"`);
      } else if (key === 'encoder' && !/^Lavc\b/.test(value)) {
        problems.push(`stream ${stream.index} names its encoder "${value}"`);
      }
    }
  }
  if (probe.chapters.length > 0) problems.push(`${probe.chapters.length} chapter(s) were kept`);

  return {
    ok: problems.length === 0,
    problems,
    durationMs,
    video: video
      ? {
          codec: video.codec_name ?? null,
          profile: video.profile ?? null,
          pixelFormat: video.pix_fmt ?? null,
          width: video.width ?? null,
          height: video.height ?? null,
          frameRate: video.r_frame_rate ?? null,
        }
      : null,
    audio: audio
      ? {
          codec: audio.codec_name ?? null,
          profile: audio.profile ?? null,
          sampleRate: audio.sample_rate !== undefined ? Number(audio.sample_rate) : null,
          channels: audio.channels ?? null,
        }
      : null,
    boxOrder: [...boxOrder],
    fastStart,
    chapters: probe.chapters.length,
  };
}

/** Whole-file streams, format and chapters: no packet listing, the file is ours and CFR. */
export function verifyProbeArgs(filePath: string): string[] {
  return probeArgs(filePath, { packets: false, chapters: true });
}

export async function verifyExport(
  filePath: string,
  expected: VerifyExpectations,
  options: { signal?: AbortSignal } = {},
): Promise<VerifyReport> {
  const result = await runProcess({
    bin: getFfmpegPaths().ffprobe,
    args: verifyProbeArgs(filePath),
    label: `verify ${path.basename(filePath)}`,
    signal: options.signal,
    stdin: 'ignore',
    timeoutMs: 60_000,
  });
  const probe = probeSchema.parse(JSON.parse(result.stdout.toString('utf8')));
  const { size } = await stat(filePath);
  const structure = await checkIsoBmffStructure(filePath, size);
  const report = checkExport(
    probe,
    structure.boxes.map((box) => box.type),
    expected,
  );
  if (structure.problem) {
    return { ...report, ok: false, problems: [...report.problems, structure.problem] };
  }
  return report;
}
