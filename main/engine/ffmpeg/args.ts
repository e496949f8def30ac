import path from 'node:path';

/**
 * Pure argument builders for ffmpeg and ffprobe. Every command:
 * - passes -hide_banner (stderr carries only what we asked for, so errors are readable);
 * - reads inputs through `-protocol_whitelist file` and a `file:` URL, so a path can never be
 *   taken for another protocol (`pipe:`, `concat:`, `http:`…) and a container cannot pull in
 *   other resources (e.g. a MOV data reference or an HLS playlist pointing at a URL);
 * - never passes -nostdin to ffmpeg: jobs stay cancellable through `q` on stdin.
 */

/** Seconds of packets the probe reads to judge frame timing (bounds the probe's cost). */
export const PROBE_PACKET_WINDOW_SECONDS = 5;

/** An absolute path as an ffmpeg URL on the file protocol. */
export function fileUrl(filePath: string): string {
  if (!path.isAbsolute(filePath)) {
    throw new TypeError(`ffmpeg paths must be absolute, got "${filePath}"`);
  }
  return `file:${filePath}`;
}

/** Milliseconds as ffmpeg's seconds syntax ("1.234"). */
export function formatSeconds(ms: number): string {
  return (Math.max(0, Math.round(ms)) / 1000).toFixed(3);
}

function inputArgs(
  filePath: string,
  options: { seekMs?: number; manualOrientation?: boolean } = {},
): string[] {
  return [
    // Input seeking (before -i) jumps to a keyframe then decodes up to the exact time: fast.
    ...(options.seekMs !== undefined ? ['-ss', formatSeconds(options.seekMs)] : []),
    // We apply the probe's orientation ourselves (orientationFilter): ffmpeg 5 autorotate
    // ignores mirroring, and newer versions handle it differently.
    ...(options.manualOrientation ? ['-noautorotate'] : []),
    '-protocol_whitelist',
    'file',
    '-i',
    fileUrl(filePath),
  ];
}

export interface PictureOrientation {
  /** Clockwise quarter turns, as in MediaProbe. */
  rotation: 0 | 90 | 180 | 270;
  /** Flip horizontally after the rotation, as in MediaProbe. */
  mirrored: boolean;
}

/** Filters that turn the coded picture into the displayed one (rotate, then mirror). */
export function orientationFilter(orientation: PictureOrientation): string[] {
  const turn: Record<PictureOrientation['rotation'], string[]> = {
    0: [],
    90: ['transpose=clock'],
    180: ['hflip', 'vflip'],
    270: ['transpose=cclock'],
  };
  return [...turn[orientation.rotation], ...(orientation.mirrored ? ['hflip'] : [])];
}

/** Global ffmpeg flags for jobs whose output goes to files or stdout (not to a terminal). */
const FFMPEG_JOB_FLAGS = [
  '-hide_banner',
  // No stats line redraws on stderr: stderr then holds only errors for the error tail.
  '-nostats',
  '-v',
  'error',
  // Overwrite outputs: a "File exists. Overwrite?" prompt would wait on our open stdin.
  '-y',
];

/** ffprobe: container and streams as JSON, plus packet timings of the first seconds. */
export function probeArgs(
  filePath: string,
  options: { packetWindowSeconds?: number; packets?: boolean; chapters?: boolean } = {},
): string[] {
  const window = options.packetWindowSeconds ?? PROBE_PACKET_WINDOW_SECONDS;
  const packets =
    options.packets === false
      ? []
      : [
          // Packet timestamps feed the variable-frame-rate check (probe-parse.ts).
          '-show_entries',
          'packet=stream_index,pts_time,duration_time',
          // Only packets from the start up to `window` seconds: the probe stays fast on long files.
          '-read_intervals',
          `%+${window}`,
        ];
  return [
    '-hide_banner',
    '-v',
    'error',
    '-protocol_whitelist',
    'file',
    '-print_format',
    'json',
    '-show_format',
    '-show_streams',
    ...(options.chapters === true ? ['-show_chapters'] : []),
    ...packets,
    '-i',
    fileUrl(filePath),
  ];
}

/**
 * Times of `count` evenly spaced frames: the middle of each of `count` equal slices, kept at
 * least two frames before the end (seeking past the last frame yields no picture).
 */
export function thumbnailTimesMs(durationMs: number, count: number, frameMs = 40): number[] {
  const latest = Math.max(0, durationMs - 2 * frameMs);
  return Array.from({ length: count }, (_, i) =>
    Math.min(latest, Math.round(((i + 0.5) * durationMs) / count)),
  );
}

export function thumbnailFileName(index: number): string {
  return `thumb-${String(index + 1).padStart(2, '0')}.jpg`;
}

/**
 * Orients (when an orientation is given), then scales to `height` keeping the displayed
 * aspect (dar includes the pixel aspect) with an even width.
 */
function pictureFilter(height: number | undefined, orientation?: PictureOrientation): string {
  const scale = height ? [`scale=w=trunc(${height}*dar/2)*2:h=${height}`, 'setsar=1'] : [];
  const chain = [...(orientation ? orientationFilter(orientation) : []), ...scale];
  return chain.length > 0 ? chain.join(',') : 'null';
}

/**
 * One ffmpeg call writing `count` small JPEGs (thumb-01.jpg…) into `outputDir`. Each frame is
 * its own input with an input seek, so the cost does not grow with the file's length.
 * With `orientation` (from the probe) the picture is turned and mirrored by our filters;
 * without it, ffmpeg's autorotate applies whatever rotation it understands.
 */
export function thumbnailStripArgs(
  filePath: string,
  options: {
    count: number;
    height: number;
    durationMs: number;
    frameMs?: number;
    orientation?: PictureOrientation;
    outputDir: string;
  },
): string[] {
  const manualOrientation = options.orientation !== undefined;
  const times =
    options.durationMs > 0
      ? thumbnailTimesMs(options.durationMs, options.count, options.frameMs)
      : [undefined];
  const inputs = times.flatMap((seekMs) => inputArgs(filePath, { seekMs, manualOrientation }));
  const outputs = times.flatMap((_, i) => [
    '-map',
    `${i}:v:0`,
    '-frames:v',
    '1',
    '-vf',
    pictureFilter(options.height, options.orientation),
    // JPEG quality on mjpeg's 2 (best) … 31 scale; 5 is small and clean at 160 px.
    '-q:v',
    '5',
    // Write exactly this file name (no %d pattern expansion, even if the folder has a '%').
    '-update',
    '1',
    '-f',
    'image2',
    fileUrl(path.join(options.outputDir, thumbnailFileName(i))),
  ]);
  return [...FFMPEG_JOB_FLAGS, ...inputs, ...outputs];
}

/** Input (seeked unless at 0) and the picture filter of a one-frame grab of the video stream. */
function oneFrameArgs(
  filePath: string,
  options: { atMs: number; height?: number; orientation?: PictureOrientation },
): string[] {
  return [
    ...FFMPEG_JOB_FLAGS,
    ...inputArgs(filePath, {
      seekMs: options.atMs > 0 ? options.atMs : undefined,
      manualOrientation: options.orientation !== undefined,
    }),
    '-map',
    '0:v:0',
    '-frames:v',
    '1',
    '-vf',
    pictureFilter(options.height, options.orientation),
  ];
}

/** One large JPEG of the frame at `atMs` (cover images, the media panel). */
export function posterFrameArgs(
  filePath: string,
  options: {
    atMs: number;
    height?: number;
    orientation?: PictureOrientation;
    outputPath: string;
  },
): string[] {
  return [
    ...oneFrameArgs(filePath, options),
    '-q:v',
    '3',
    '-update',
    '1',
    '-f',
    'image2',
    fileUrl(options.outputPath),
  ];
}

/**
 * The frame shown at `atMs` as one JPEG on stdout, for the preview to show while its video
 * element is still loading (opening a project). Same picture path as posterFrameArgs.
 */
export function previewStillArgs(
  filePath: string,
  options: { atMs: number; height?: number; orientation?: PictureOrientation },
): string[] {
  return [
    ...oneFrameArgs(filePath, options),
    // Near-lossless JPEG (2 is mjpeg's best): the still stands in for the decoded frame.
    '-q:v',
    '2',
    '-c:v',
    'mjpeg',
    '-f',
    'image2pipe',
    'pipe:1',
  ];
}

/** Sample rate for waveform decoding: a whole number of samples per peak, about 8 kHz. */
export function waveformSampleRate(peaksPerSecond: number): number {
  if (!Number.isInteger(peaksPerSecond) || peaksPerSecond <= 0 || peaksPerSecond > 1000) {
    throw new RangeError(`peaksPerSecond must be an integer in 1..1000, got ${peaksPerSecond}`);
  }
  return peaksPerSecond * Math.ceil(8000 / peaksPerSecond);
}

/**
 * Decodes the first audio stream to mono signed 16-bit PCM on stdout at a low rate; Node folds
 * it into min/max peaks as it streams (waveform.ts), so nothing large is ever buffered.
 */
export function waveformPeaksArgs(filePath: string, options: { peaksPerSecond: number }): string[] {
  return [
    ...FFMPEG_JOB_FLAGS,
    ...inputArgs(filePath, {}),
    '-map',
    '0:a:0',
    // Audio only: skip decoding video, subtitles and data streams.
    '-vn',
    '-sn',
    '-dn',
    // Down-mix to one channel and resample: a waveform needs the envelope, not fidelity.
    '-ac',
    '1',
    '-ar',
    String(waveformSampleRate(options.peaksPerSecond)),
    '-c:a',
    'pcm_s16le',
    '-f',
    's16le',
    'pipe:1',
  ];
}

/** `ffmpeg -codecs`: which codecs this build can decode (codecs.ts). */
export function codecListArgs(): string[] {
  return ['-hide_banner', '-codecs'];
}
