import { z } from 'zod';
import type { MediaProbe } from '../../../shared/model/probe';
import { orientationOfStream } from './display-matrix';
import { MediaError } from './errors';

/**
 * Pure interpretation of ffprobe's JSON (`-show_format -show_streams` plus packet timings)
 * into the shared MediaProbe shape. No I/O: probe.ts runs ffprobe and calls this.
 */

const ffprobeStreamSchema = z.object({
  index: z.number().int(),
  codec_type: z.string().optional(),
  codec_name: z.string().optional(),
  codec_tag_string: z.string().optional(),
  codec_tag: z.string().optional(),
  width: z.number().optional(),
  height: z.number().optional(),
  sample_aspect_ratio: z.string().optional(),
  pix_fmt: z.string().optional(),
  color_transfer: z.string().optional(),
  r_frame_rate: z.string().optional(),
  avg_frame_rate: z.string().optional(),
  start_time: z.string().optional(),
  duration: z.string().optional(),
  sample_rate: z.string().optional(),
  channels: z.number().optional(),
  disposition: z.record(z.string(), z.number()).optional(),
  tags: z.record(z.string(), z.string()).optional(),
  side_data_list: z
    .array(
      z.object({
        side_data_type: z.string().optional(),
        displaymatrix: z.string().optional(),
        rotation: z.number().optional(),
      }),
    )
    .optional(),
});
export type FfprobeStream = z.infer<typeof ffprobeStreamSchema>;

export const ffprobeOutputSchema = z.object({
  streams: z.array(ffprobeStreamSchema).default([]),
  format: z
    .object({
      format_name: z.string(),
      duration: z.string().optional(),
      start_time: z.string().optional(),
      bit_rate: z.string().optional(),
    })
    .optional(),
  packets: z
    .array(
      z.object({
        stream_index: z.number().int(),
        pts_time: z.string().optional(),
        duration_time: z.string().optional(),
      }),
    )
    .default([]),
});
export type FfprobeOutput = z.infer<typeof ffprobeOutputSchema>;

export interface InterpretOptions {
  /** Codecs this ffmpeg can decode; when absent only unknown codecs are refused. */
  decodableCodecs?: ReadonlySet<string>;
  /** Whether the file is ISO BMFF (MP4/MOV): there a missing sample description is damage. */
  isIsoBmff?: boolean;
}

const HDR_TRANSFERS = new Set(['smpte2084', 'arib-std-b67']);

/** "30000/1001" to 29.97…; null for "0/0", "N/A" or junk. */
export function parseRational(value: string | undefined): number | null {
  if (!value) return null;
  const [num, den = '1'] = value.split(/[/:]/);
  const n = Number(num);
  const d = Number(den);
  if (!Number.isFinite(n) || !Number.isFinite(d) || n <= 0 || d <= 0) return null;
  return n / d;
}

function seconds(value: string | undefined): number | null {
  if (value === undefined || value === 'N/A') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

function positiveInt(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) && value > 0 ? Math.round(value) : undefined;
}

/** Image demuxers: "image2" (files by extension) and the "*_pipe" probes (png_pipe, jpeg_pipe…). */
function isImageContainer(formatName: string): boolean {
  return formatName === 'image2' || formatName.endsWith('_pipe');
}

/**
 * Judges frame timing from presentation timestamps (decode order is fine: they are sorted).
 * Variable when the gaps between frames spread by more than 20 % of the typical gap (and more
 * than 2 ms, which absorbs timestamp rounding such as 33/34 ms for 29.97 fps). Comparing
 * r_frame_rate with avg_frame_rate is not used: they differ on many constant-rate files.
 */
export function detectVariableFrameRate(ptsSeconds: readonly number[]): boolean {
  const sorted = [...new Set(ptsSeconds.filter((t) => Number.isFinite(t)))].sort((x, y) => x - y);
  if (sorted.length < 3) return false;
  const gaps = sorted.slice(1).map((t, i) => t - (sorted[i] ?? t));
  const ordered = [...gaps].sort((x, y) => x - y);
  const median = ordered[Math.floor(ordered.length / 2)] ?? 0;
  const spread = (ordered[ordered.length - 1] ?? 0) - (ordered[0] ?? 0);
  return spread > Math.max(0.002, 0.2 * median);
}

function isDecodable(stream: FfprobeStream, options: InterpretOptions): boolean {
  return options.decodableCodecs?.has(stream.codec_name ?? '') ?? true;
}

/** Throws the MediaError for a stream we cannot use, if any. */
function checkStreamCodecs(
  streams: readonly FfprobeStream[],
  filePath: string,
  options: InterpretOptions,
): void {
  for (const stream of streams) {
    const what = `${stream.codec_type} stream #${stream.index}`;
    if (!stream.codec_name) {
      const tag = stream.codec_tag_string;
      // In MP4/MOV a zero codec tag means the track has no sample description at all: the
      // file's index is damaged, which is not the same as an exotic codec.
      if (options.isIsoBmff && (stream.codec_tag === '0x0000' || !tag)) {
        throw new MediaError('truncated', filePath, `${what} has no sample description`);
      }
      throw new MediaError(
        'unsupported-codec',
        filePath,
        `${what} has an unknown codec${tag ? ` (tag "${tag}")` : ''}`,
      );
    }
    if (!isDecodable(stream, options)) {
      throw new MediaError(
        'unsupported-codec',
        filePath,
        `${what} is "${stream.codec_name}", which this ffmpeg build has no decoder for`,
      );
    }
  }
}

/** Playable length: the format's duration, but measured from the first frame (see below). */
function durationOf(output: FfprobeOutput, mediaStreams: readonly FfprobeStream[]): number {
  const formatDuration = seconds(output.format?.duration);
  const start = seconds(output.format?.start_time) ?? 0;
  // MP4 headers count the duration from time 0 even when the first frame comes later (a
  // file whose first frame is at 10 s and lasts 4 s reports 14 s); the streams' own start
  // and duration give the span that can actually be played.
  const ends = mediaStreams
    .map((s) => {
      const d = seconds(s.duration);
      return d === null ? null : (seconds(s.start_time) ?? start) + d;
    })
    .filter((end): end is number => end !== null);
  const span = ends.length > 0 ? Math.max(...ends) - start : null;
  const best =
    formatDuration !== null && span !== null
      ? Math.min(formatDuration, span)
      : (formatDuration ?? span ?? 0);
  return Math.max(0, Math.round(best * 1000));
}

export function interpretProbe(
  output: FfprobeOutput,
  filePath: string,
  options: InterpretOptions = {},
): MediaProbe {
  const format = output.format;
  // Cover art in audio files is a one-frame "video" stream flagged attached_pic: not video.
  const videoStreams = output.streams.filter(
    (s) => s.codec_type === 'video' && s.disposition?.attached_pic !== 1,
  );
  const audioStreams = output.streams.filter((s) => s.codec_type === 'audio');
  if (!format || (videoStreams.length === 0 && audioStreams.length === 0)) {
    throw new MediaError('not-media', filePath, 'ffprobe found no audio or video stream in it');
  }
  checkStreamCodecs([...videoStreams, ...audioStreams], filePath, options);

  const video = videoStreams[0];
  const audio = audioStreams[0];
  const isImage = video !== undefined && !audio && isImageContainer(format.format_name);
  const kind = isImage ? 'image' : video ? 'video' : 'audio';

  const width = positiveInt(video?.width);
  const height = positiveInt(video?.height);
  const orientation = video
    ? orientationOfStream(video)
    : { rotation: 0 as const, mirrored: false };
  const pixelAspect = parseRational(video?.sample_aspect_ratio) ?? 1;
  const shownWidth = width !== undefined ? Math.max(1, Math.round(width * pixelAspect)) : undefined;
  const quarterTurned = orientation.rotation === 90 || orientation.rotation === 270;
  const displayWidth = quarterTurned ? height : shownWidth;
  const displayHeight = quarterTurned ? shownWidth : height;

  const rate =
    kind === 'video'
      ? (parseRational(video?.avg_frame_rate) ?? parseRational(video?.r_frame_rate))
      : null;
  const videoPts =
    kind === 'video' && video
      ? output.packets
          .filter((p) => p.stream_index === video.index)
          .map((p) => seconds(p.pts_time))
          .filter((t): t is number => t !== null)
      : [];
  const colorTransfer = video?.color_transfer;
  const startSeconds = seconds(format.start_time) ?? 0;
  const bitRate = seconds(format.bit_rate);

  return {
    kind,
    container: format.format_name,
    durationMs: isImage ? 0 : durationOf(output, [...videoStreams, ...audioStreams]),
    width,
    height,
    rotation: orientation.rotation,
    mirrored: orientation.mirrored,
    displayWidth,
    displayHeight,
    fps: rate !== null ? Math.round(rate * 1000) / 1000 : undefined,
    variableFrameRate: detectVariableFrameRate(videoPts),
    hasVideo: video !== undefined,
    hasAudio: audio !== undefined,
    videoCodec: video?.codec_name,
    audioCodec: audio?.codec_name,
    pixelFormat: video?.pix_fmt,
    colorTransfer: colorTransfer && colorTransfer !== 'unknown' ? colorTransfer : undefined,
    hdr: colorTransfer !== undefined && HDR_TRANSFERS.has(colorTransfer),
    audioSampleRate: positiveInt(seconds(audio?.sample_rate) ?? undefined),
    audioChannels: positiveInt(audio?.channels),
    startTimeMs: isImage ? 0 : Math.round(startSeconds * 1000),
    bitRate: bitRate !== null && bitRate >= 0 ? Math.round(bitRate) : undefined,
  };
}
