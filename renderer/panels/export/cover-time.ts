import { formatDuration } from '../../app/format';

export type CoverTime = { ok: true; ms: number | undefined } | { ok: false; problem: string };

const CLOCK = /^(?:(\d+):)?(?:(\d+):)?(\d+(?:\.\d{1,3})?)$/;

/**
 * The cover frame's time from what the person typed: seconds (`3.5`), `m:ss` or `h:mm:ss`
 * (with optional fractions). Empty means the engine's default, the first frame with a caption.
 */
export function parseCoverTime(text: string, durationMs: number): CoverTime {
  const trimmed = text.trim();
  if (!trimmed) return { ok: true, ms: undefined };
  const match = CLOCK.exec(trimmed);
  if (!match) {
    return { ok: false, problem: 'Write the time as seconds (3.5) or minutes and seconds (0:03).' };
  }
  const [, first, second, last] = match;
  const hours = second !== undefined ? Number(first) : 0;
  const minutes = second !== undefined ? Number(second) : Number(first ?? 0);
  const seconds = Number(last);
  if ((first !== undefined || second !== undefined) && seconds >= 60) {
    return { ok: false, problem: 'Seconds go up to 59 after a colon.' };
  }
  const ms = Math.round(((hours * 60 + minutes) * 60 + seconds) * 1000);
  if (durationMs > 0 && ms >= durationMs) {
    return {
      ok: false,
      problem: `The clip is ${formatDuration(durationMs)} long: choose a time before its end.`,
    };
  }
  return { ok: true, ms };
}
