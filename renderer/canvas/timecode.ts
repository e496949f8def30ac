import { frameTimeMs } from '../../shared/scene/overlay-segments';

/**
 * Frames and timecodes of the preview, on the export's frame grid: frame k is shown from
 * `floor(k * 1000 / fps)` ms (the time the export samples the overlay layer at), so stepping the
 * preview one frame lands on exactly the picture the export puts in the next frame.
 */

/** The frame showing at `ms`: the last frame whose start is at or before it. */
export function frameAt(ms: number, fps: number): number {
  const whole = Math.max(0, Math.floor(ms));
  // The largest k with floor(k * 1000 / fps) <= whole, i.e. k < (whole + 1) * fps / 1000.
  return Math.max(0, Math.ceil(((whole + 1) * fps) / 1000) - 1);
}

/** Where frame `index` starts, in whole milliseconds. */
export function frameStartMs(index: number, fps: number): number {
  return frameTimeMs(Math.max(0, index), fps);
}

/** How many frames a timeline `durationMs` long has (as the export counts them). */
export function frameCount(durationMs: number, fps: number): number {
  return Math.floor((Math.max(0, durationMs) * fps + 999) / 1000);
}

/** Where the last frame starts: the furthest the playhead goes (0 for an empty timeline). */
export function lastFrameMs(durationMs: number, fps: number): number {
  const frames = frameCount(durationMs, fps);
  return frames === 0 ? 0 : frameStartMs(frames - 1, fps);
}

const pad2 = (value: number) => String(value).padStart(2, '0');

/** `mm:ss.ff`: minutes, seconds and the frame within the second. */
export function formatFrameTimecode(ms: number, fps: number): string {
  const whole = Math.max(0, Math.floor(ms));
  const seconds = Math.floor(whole / 1000);
  const frame = frameAt(whole, fps) - frameAt(seconds * 1000, fps);
  return `${pad2(Math.floor(seconds / 60))}:${pad2(seconds % 60)}.${pad2(frame)}`;
}

/**
 * A typed timecode back to the start of its frame: `mm:ss.ff`, `mm:ss`, `ss.ff` or `ss`.
 * Null when it is not one (seconds past 59 after minutes, a frame past the rate).
 */
export function parseFrameTimecode(text: string, fps: number): number | null {
  const match = /^\s*(?:(\d{1,3}):)?(\d{1,4})(?:\.(\d{1,2}))?\s*$/.exec(text);
  if (match === null) return null;
  const [, minutesText, secondsText, frameText] = match;
  const minutes = minutesText === undefined ? 0 : Number(minutesText);
  const seconds = Number(secondsText);
  const frame = frameText === undefined ? 0 : Number(frameText);
  if (minutesText !== undefined && seconds > 59) return null;
  if (frame >= fps) return null;
  const secondStart = (minutes * 60 + seconds) * 1000;
  return frameStartMs(frameAt(secondStart, fps) + frame, fps);
}
