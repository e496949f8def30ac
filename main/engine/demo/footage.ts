import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getFfmpegPaths } from '../ffmpeg/paths';
import { runProcess } from '../ffmpeg/runner';

/** The sample photos that ship inside @vladmandic/face-api's demo folder (group photos). */
export function demoPhotos(): string[] {
  const require = createRequire(import.meta.url);
  const pkg = dirname(require.resolve('@vladmandic/face-api/package.json'));
  return ['sample1.jpg', 'sample3.jpg', 'sample5.jpg'].map((f) => join(pkg, 'demo', f));
}

export const DEMO_FOOTAGE_SECONDS = 12;

/**
 * One ffmpeg command that turns the photos into 16:9 footage: a slow pan across them side by
 * side, with quiet room tone, so the demo has real faces to find and blur.
 */
export function panFootageArgs(
  photos: string[],
  out: string,
  seconds = DEMO_FOOTAGE_SECONDS,
): string[] {
  const inputs = photos.flatMap((p) => [
    // Each still becomes a video stream as long as the clip.
    '-loop',
    '1',
    '-framerate',
    '30',
    '-t',
    String(seconds),
    '-i',
    p,
  ]);
  const scaled = photos.map((_, i) => `[${i}:v]scale=-2:1080,setsar=1[p${i}]`).join(';');
  const stack = `${photos.map((_, i) => `[p${i}]`).join('')}hstack=inputs=${photos.length}`;
  // The crop window slides from the left edge to the right edge over the whole clip.
  const pan = `crop=1920:1080:x='(iw-ow)*t/${seconds}':y=0,format=yuv420p[v]`;
  return [
    '-hide_banner',
    '-nostats',
    '-v',
    'error',
    '-y',
    '-protocol_whitelist',
    'file',
    ...inputs,
    // Pink noise at a low level: room tone, so loudness normalisation has something to measure.
    '-f',
    'lavfi',
    '-i',
    `anoisesrc=color=pink:amplitude=0.02:sample_rate=48000:duration=${seconds}`,
    '-filter_complex',
    `${scaled};${stack},${pan}`,
    '-map',
    '[v]',
    '-map',
    `${photos.length}:a`,
    '-c:v',
    'libx264',
    '-preset',
    'veryfast',
    '-crf',
    '20',
    '-r',
    '30',
    '-c:a',
    'aac',
    '-b:a',
    '128k',
    '-t',
    String(seconds),
    '-movflags',
    '+faststart',
    out,
  ];
}

export async function makeDemoFootage(out: string, signal?: AbortSignal): Promise<string> {
  const { ffmpeg } = getFfmpegPaths();
  await runProcess({
    bin: ffmpeg,
    args: panFootageArgs(demoPhotos(), out),
    label: 'demo footage',
    timeoutMs: 120_000,
    ...(signal ? { signal } : {}),
  });
  return out;
}
