import { getFfmpegPaths } from '../../ffmpeg/paths';
import { runProcess } from '../../ffmpeg/runner';
import type { FrameSize } from './frame-args';

/**
 * Runs an ffmpeg command that writes packed RGB frames to stdout and hands each complete frame
 * to `onFrame` as its own buffer (so it can be transferred to a worker without copying).
 */
export async function decodeRawFrames(options: {
  args: string[];
  size: FrameSize;
  label: string;
  signal?: AbortSignal;
  onFrame: (rgb: Uint8Array, index: number) => void;
}): Promise<number> {
  const frameBytes = options.size.width * options.size.height * 3;
  let current = new Uint8Array(frameBytes);
  let filled = 0;
  let count = 0;
  await runProcess({
    bin: getFfmpegPaths().ffmpeg,
    args: options.args,
    label: options.label,
    ...(options.signal !== undefined ? { signal: options.signal } : {}),
    onStdoutChunk: (chunk) => {
      let offset = 0;
      while (offset < chunk.length) {
        const take = Math.min(frameBytes - filled, chunk.length - offset);
        current.set(chunk.subarray(offset, offset + take), filled);
        filled += take;
        offset += take;
        if (filled === frameBytes) {
          options.onFrame(current, count);
          count += 1;
          current = new Uint8Array(frameBytes);
          filled = 0;
        }
      }
    },
  });
  return count;
}
