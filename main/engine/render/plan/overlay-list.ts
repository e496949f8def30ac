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
 *
 * Each picture is opened at the project's frame rate (`option framerate`): the image demuxer's
 * default 25 fps time base would round every switch to 40 ms, so an animation frame would show
 * a frame late (switches planned at 333 and 367 ms landed at 320 and 360 ms).
 */
export function overlayConcatScript(frames: readonly OverlayFrameEntry[], fps: number): string {
  if (!Number.isInteger(fps) || fps <= 0)
    throw new RangeError(`fps must be a whole number, got ${fps}`);
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
    lines.push(
      `file ${quotePath(frame.file)}`,
      `option framerate ${fps}`,
      `duration ${seconds(frame.durationMs)}`,
    );
    expected = frame.startMs + frame.durationMs;
  }
  lines.push(`file ${quotePath(last.file)}`, `option framerate ${fps}`);
  return `${lines.join('\n')}\n`;
}
