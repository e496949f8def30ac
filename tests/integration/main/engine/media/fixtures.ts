import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/**
 * Short media made by ffmpeg's lavfi sources, for the media integration tests. Made with
 * execFile directly, not the runner under test, so the runner's history stays the tests' own.
 */

const run = promisify(execFile);

/** androidx-media samples in the shared data folder (read in place, never copied). */
export const ANDROIDX = fileURLToPath(
  new URL('../../../../../../shared/data/media/androidx-media/', import.meta.url),
);
export const androidx = (name: string): string => path.join(ANDROIDX, name);

export async function ffmpeg(args: string[]): Promise<void> {
  await run('ffmpeg', ['-hide_banner', '-nostdin', '-v', 'error', '-y', ...args]);
}

/** A temp folder every user can enter (the permission test runs a child as "nobody"). */
export async function makeTempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  await chmod(dir, 0o755);
  return dir;
}

export interface GeneratedMedia {
  dir: string;
  /** 2 s, 320x240, 30 fps H.264 with 440 Hz AAC audio (moov at the end). */
  av: string;
  /** 1 s, 25 fps, no audio. */
  video25: string;
  /** 1.5 s AAC in M4A and the same tone as WAV. */
  m4a: string;
  wav: string;
  png: string;
}

export async function generateMedia(dir: string): Promise<GeneratedMedia> {
  const media: GeneratedMedia = {
    dir,
    av: path.join(dir, 'av.mp4'),
    video25: path.join(dir, 'video25.mp4'),
    m4a: path.join(dir, 'tone.m4a'),
    wav: path.join(dir, 'tone.wav'),
    png: path.join(dir, 'still.png'),
  };
  const x264 = ['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'];
  await Promise.all([
    ffmpeg([
      ...['-f', 'lavfi', '-i', 'testsrc2=size=320x240:rate=30:duration=2'],
      ...['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=44100:duration=2'],
      ...x264,
      ...['-c:a', 'aac', '-shortest', media.av],
    ]),
    ffmpeg([
      '-f',
      'lavfi',
      '-i',
      'testsrc2=size=320x240:rate=25:duration=1',
      ...x264,
      media.video25,
    ]),
    ffmpeg(['-f', 'lavfi', '-i', 'sine=frequency=440:duration=1.5', '-c:a', 'aac', media.m4a]),
    ffmpeg(['-f', 'lavfi', '-i', 'sine=frequency=440:duration=1.5', media.wav]),
    ffmpeg(['-f', 'lavfi', '-i', 'testsrc2=size=320x240', '-frames:v', '1', media.png]),
  ]);
  return media;
}

/** Replaces the first track header's 2x2 rotation matrix (a, b, c, d as 16.16 fixed point). */
export async function withTrackMatrix(
  source: string,
  target: string,
  [a, b, c, d]: [number, number, number, number],
): Promise<string> {
  const bytes = Buffer.from(await readFile(source));
  const tkhd = bytes.indexOf('tkhd', 0, 'latin1');
  if (tkhd < 0) throw new Error(`${source} has no tkhd box`);
  const version = bytes[tkhd + 4];
  // After type: version/flags (4), times and track id (v0: 20, v1: 32), reserved (8),
  // layer, alternate group, volume, reserved (8): then the 3x3 matrix.
  const matrix = tkhd + 4 + 4 + (version === 1 ? 32 : 20) + 8 + 8;
  const one = 65536;
  bytes.writeInt32BE(a * one, matrix);
  bytes.writeInt32BE(b * one, matrix + 4);
  bytes.writeInt32BE(c * one, matrix + 12);
  bytes.writeInt32BE(d * one, matrix + 16);
  await writeFile(target, bytes);
  return target;
}

/** Renames the first sample entry's fourcc (e.g. avc1) so no decoder matches it. */
export async function withUnknownCodecTag(source: string, target: string): Promise<string> {
  const bytes = Buffer.from(await readFile(source));
  const stsd = bytes.indexOf('stsd', 0, 'latin1');
  const entry = bytes.indexOf('avc1', stsd, 'latin1');
  if (stsd < 0 || entry < 0) throw new Error(`${source} has no avc1 sample entry`);
  bytes.write('zzzz', entry, 'latin1');
  await writeFile(target, bytes);
  return target;
}

/** One decoded frame as 8-bit gray pixels, with an optional filter before the conversion. */
export async function grayFrame(file: string, filter?: string): Promise<Buffer> {
  const { stdout } = await run(
    'ffmpeg',
    [
      ...['-hide_banner', '-nostdin', '-v', 'error', '-i', file],
      ...(filter ? ['-vf', filter] : []),
      ...['-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'gray', 'pipe:1'],
    ],
    { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 },
  );
  return stdout;
}

export function meanAbsoluteDifference(x: Buffer, y: Buffer): number {
  if (x.length !== y.length) return Infinity;
  let sum = 0;
  for (let i = 0; i < x.length; i++) sum += Math.abs((x[i] ?? 0) - (y[i] ?? 0));
  return sum / x.length;
}
