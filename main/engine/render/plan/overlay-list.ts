import { seconds } from './expr';

/** One picture of the overlay layer, shown from `startMs` for `durationMs`. */
export interface OverlayFrameEntry {
  file: string;
  startMs: number;
  durationMs: number;
}

/** A path as a quoted token of ffmpeg's concat script ('…' with ' written as '\''). */
function quotePath(file: string): string {
  return `'${file.replace(/'/g, "'\\''")}'`;
}

/**
 * The overlay layer as one concat-demuxer script: every picture with its duration, so ffmpeg
 * switches pictures itself and Node sends nothing per frame. The last file is listed twice: the
 * demuxer ignores the duration of the final entry, and the repeat makes the last picture hold
 * to the end.
 */
export function overlayConcatScript(frames: readonly OverlayFrameEntry[]): string {
  const last = frames[frames.length - 1];
  if (last === undefined) throw new RangeError('the overlay layer needs at least one picture');
  let expected = 0;
  const lines = ['ffconcat version 1.0'];
  for (const frame of frames) {
    if (frame.startMs !== expected) {
      throw new RangeError(
        `overlay pictures must follow each other without gaps (one starts at ${frame.startMs} ms, expected ${expected} ms)`,
      );
    }
    if (!(frame.durationMs > 0)) throw new RangeError('overlay pictures must last a while');
    lines.push(`file ${quotePath(frame.file)}`, `duration ${seconds(frame.durationMs)}`);
    expected = frame.startMs + frame.durationMs;
  }
  lines.push(`file ${quotePath(last.file)}`);
  return `${lines.join('\n')}\n`;
}
