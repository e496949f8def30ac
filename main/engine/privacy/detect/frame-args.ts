import { fileUrl, formatSeconds } from '../../ffmpeg/args';

/**
 * Pure ffmpeg argument builders for the face scan. Frames are decoded in the media's coded
 * orientation (-noautorotate): track boxes are stored in source pixels "as decoded, before
 * rotation", and the render applies the rotation to them itself.
 */

const JOB_FLAGS = ['-hide_banner', '-nostats', '-v', 'error', '-y'];

export interface FrameSize {
  width: number;
  height: number;
}

/** The detection copy's size: the longer side at most `longSide`, never enlarged, even sides. */
export function detectionFrameSize(source: FrameSize, longSide: number): FrameSize {
  if (!(source.width > 0 && source.height > 0)) {
    throw new RangeError(`frame size must be positive, got ${source.width}x${source.height}`);
  }
  const scale = Math.min(1, longSide / Math.max(source.width, source.height));
  const even = (value: number): number => Math.max(2, 2 * Math.round((value * scale) / 2));
  return { width: even(source.width), height: even(source.height) };
}

function inputArgs(filePath: string, seekMs?: number): string[] {
  return [
    ...(seekMs !== undefined && seekMs > 0 ? ['-ss', formatSeconds(seekMs)] : []),
    '-noautorotate',
    '-protocol_whitelist',
    'file',
    '-i',
    fileUrl(filePath),
  ];
}

const RAW_OUTPUT = ['-an', '-sn', '-dn', '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1'];

/**
 * Frames of `[startMs, startMs + durationMs)` sampled at `sampleRate` per second, scaled to
 * `size`, as packed RGB on stdout (width*height*3 bytes each). Frame k shows the media at
 * startMs + k * 1000 / sampleRate.
 */
export function sampledFramesArgs(
  filePath: string,
  options: { startMs: number; durationMs: number; sampleRate: number; size: FrameSize },
): string[] {
  const { size } = options;
  return [
    ...JOB_FLAGS,
    ...inputArgs(filePath, options.startMs),
    '-t',
    formatSeconds(options.durationMs),
    '-map',
    '0:v:0',
    '-vf',
    `fps=${options.sampleRate},scale=${size.width}:${size.height}:flags=bilinear`,
    ...RAW_OUTPUT,
  ];
}

/** The one frame of a still image (or a video's first), scaled to `size`, as packed RGB. */
export function stillFrameArgs(filePath: string, size: FrameSize): string[] {
  return [
    ...JOB_FLAGS,
    ...inputArgs(filePath),
    '-map',
    '0:v:0',
    '-frames:v',
    '1',
    '-vf',
    `scale=${size.width}:${size.height}:flags=bilinear`,
    ...RAW_OUTPUT,
  ];
}

/** Scene-change score above which a frame starts a new shot (ffmpeg's `scene`, 0..1). */
export const SCENE_CUT_THRESHOLD = 0.3;

/**
 * Scene cuts of a video: frames whose scene score exceeds the threshold, printed to stdout by
 * the metadata filter ("pts_time:12.48" lines). Scored on a small copy: cuts are coarse.
 */
export function sceneCutArgs(filePath: string, threshold = SCENE_CUT_THRESHOLD): string[] {
  return [
    ...JOB_FLAGS,
    ...inputArgs(filePath),
    '-map',
    '0:v:0',
    '-an',
    '-vf',
    `scale=160:-2,select='gt(scene,${threshold})',metadata=print:file=-`,
    '-f',
    'null',
    '-',
  ];
}

/** Cut times (ms) from sceneCutArgs' stdout. */
export function parseSceneCuts(stdout: string): number[] {
  const times: number[] = [];
  for (const match of stdout.matchAll(/pts_time:(-?[\d.]+)/g)) {
    const seconds = Number(match[1]);
    if (Number.isFinite(seconds) && seconds >= 0) times.push(Math.round(seconds * 1000));
  }
  return times.sort((a, b) => a - b);
}
