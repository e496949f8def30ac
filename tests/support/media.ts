import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Short clips made by ffmpeg's lavfi sources, for integration tests. */
export function makeTestClip(
  dir: string,
  name = 'clip.mp4',
  opts: { seconds?: number; width?: number; height?: number; fps?: number; audio?: boolean } = {},
): string {
  const { seconds = 2, width = 320, height = 240, fps = 30, audio = true } = opts;
  const out = join(dir, name);
  const args = [
    '-hide_banner',
    '-loglevel',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    `testsrc2=size=${width}x${height}:rate=${fps}:duration=${seconds}`,
  ];
  if (audio)
    args.push('-f', 'lavfi', '-i', `sine=frequency=440:sample_rate=48000:duration=${seconds}`);
  args.push('-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p');
  if (audio) args.push('-c:a', 'aac', '-shortest');
  args.push(out);
  execFileSync('ffmpeg', args);
  return out;
}
