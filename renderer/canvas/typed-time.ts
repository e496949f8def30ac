import { frameAt, frameStartMs, parseFrameTimecode } from './timecode';

/**
 * A time typed into the playhead field. Accepted, all landing on the start of a frame:
 * - `hh:mm:ss:ff` (SMPTE, as other editors show it; `;` before the frames also works),
 * - `hh:mm:ss` and `hh:mm:ss.ff`,
 * - what the field shows, `mm:ss.ff`, and its short forms `mm:ss`, `ss.ff`, `ss`,
 * - plain seconds with a unit: `5s`, `5.25s`, or milliseconds: `5250ms`.
 */

export type TypedTime = { ok: true; ms: number } | { ok: false; reason: string };

export const TYPED_TIME_HINT = 'Type a time such as 00:00:05:12, 00:05.12 or 5.5s.';

const refuse = (reason: string): TypedTime => ({
  ok: false,
  reason: `${reason} ${TYPED_TIME_HINT}`,
});

function onFrame(secondsMs: number, frame: number, fps: number): number {
  return frameStartMs(frameAt(secondsMs, fps) + frame, fps);
}

function fromUnits(hours: number, minutes: number, seconds: number, frame: number, fps: number) {
  if (minutes > 59) return refuse(`Minutes go up to 59, not ${minutes}.`);
  if (seconds > 59) return refuse(`Seconds go up to 59, not ${seconds}.`);
  if (frame >= fps) return refuse(`At ${fps} fps the frames go up to ${fps - 1}, not ${frame}.`);
  const ms = onFrame(((hours * 60 + minutes) * 60 + seconds) * 1000, frame, fps);
  return { ok: true, ms } as const;
}

export function parseTypedTime(text: string, fps: number): TypedTime {
  const trimmed = text.trim();
  if (trimmed === '') return refuse('The time is empty.');
  const withUnit = /^(\d{1,6}(?:\.\d{1,3})?)\s*(s|ms)$/i.exec(trimmed);
  if (withUnit !== null) {
    const value = Number(withUnit[1]);
    const ms = withUnit[2]?.toLowerCase() === 'ms' ? value : value * 1000;
    return { ok: true, ms: frameStartMs(frameAt(Math.round(ms), fps), fps) };
  }
  const smpte = /^(\d{1,2}):(\d{1,2}):(\d{1,2})(?:[:;.](\d{1,2}))?$/.exec(trimmed);
  if (smpte !== null) {
    const [, hours, minutes, seconds, frame] = smpte;
    return fromUnits(Number(hours), Number(minutes), Number(seconds), Number(frame ?? 0), fps);
  }
  const shown = parseFrameTimecode(trimmed, fps);
  if (shown !== null) return { ok: true, ms: shown };
  if (/^(\d{1,3}:)?\d{1,4}(\.\d{1,2})?$/.test(trimmed)) {
    const frame = Number(/\.(\d+)$/.exec(trimmed)?.[1] ?? 0);
    if (frame >= fps) {
      return refuse(`At ${fps} fps the frames go up to ${fps - 1}, not ${frame}.`);
    }
    return refuse('Seconds go up to 59 after the minutes.');
  }
  return refuse(`“${trimmed}” is not a time.`);
}
