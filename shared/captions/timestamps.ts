/**
 * Cue times in subtitle files. Reading is lenient in the ways players are (ExoPlayer, VLC):
 * hours may be left out or run past 99, milliseconds may be left out; but milliseconds, when
 * given, are exactly three digits, and signs, stray dots and non-digits are refused.
 */

const MS_PER_SECOND = 1000;
const MS_PER_MINUTE = 60 * MS_PER_SECOND;
const MS_PER_HOUR = 60 * MS_PER_MINUTE;

const CLOCK_TIME = /^(\d+(?::\d+){0,2})(?:([.,])(\d{3}))?$/;

interface ClockRules {
  /** Fewest colon-separated groups: SRT needs at least m:s, WebVTT allows bare seconds. */
  minGroups: 1 | 2;
  /** Characters allowed before the milliseconds. */
  fractionSeparators: readonly string[];
}

function parseClockTime(text: string, rules: ClockRules): number | null {
  const match = CLOCK_TIME.exec(text);
  if (match === null) return null;
  const [, clock = '', separator, fraction] = match;
  if (separator !== undefined && !rules.fractionSeparators.includes(separator)) return null;
  const groups = clock.split(':').map(Number);
  if (groups.length < rules.minGroups) return null;
  // Only the leading group may exceed 59 (e.g. "266:18:35.679", or "90:00" minutes).
  if (groups.slice(1).some((value) => value > 59)) return null;
  const units = [MS_PER_HOUR, MS_PER_MINUTE, MS_PER_SECOND].slice(3 - groups.length);
  let ms = fraction === undefined ? 0 : Number(fraction);
  groups.forEach((value, index) => {
    ms += value * (units[index] ?? 0);
  });
  return Number.isSafeInteger(ms) ? ms : null;
}

/** "01:02:03,456", "02:03,456", "01:02:03" (also with "." before the ms) -> ms; null if invalid. */
export function parseSrtTime(text: string): number | null {
  return parseClockTime(text, { minGroups: 2, fractionSeparators: [',', '.'] });
}

/** "01:02:03.456", "02:03.456", "02:03", "03.456" -> ms; null if invalid. */
export function parseVttTime(text: string): number | null {
  return parseClockTime(text, { minGroups: 1, fractionSeparators: ['.'] });
}

function formatClock(ms: number, separator: ',' | '.'): string {
  if (!Number.isSafeInteger(ms) || ms < 0) {
    throw new RangeError(`a cue time must be a non-negative integer of ms, got ${ms}`);
  }
  const hours = Math.floor(ms / MS_PER_HOUR);
  const minutes = Math.floor((ms % MS_PER_HOUR) / MS_PER_MINUTE);
  const seconds = Math.floor((ms % MS_PER_MINUTE) / MS_PER_SECOND);
  const millis = ms % MS_PER_SECOND;
  const two = (value: number): string => String(value).padStart(2, '0');
  return `${two(hours)}:${two(minutes)}:${two(seconds)}${separator}${String(millis).padStart(3, '0')}`;
}

/** ms -> "HH:MM:SS,mmm" (hours grow past two digits when needed). */
export function formatSrtTime(ms: number): string {
  return formatClock(ms, ',');
}

/** ms -> "HH:MM:SS.mmm". */
export function formatVttTime(ms: number): string {
  return formatClock(ms, '.');
}

export type TimingLine =
  { ok: true; start: number; end: number; settings: string } | { ok: false; reason: string };

/**
 * Reads "start --> end [settings]". The reason names the part that is wrong and quotes it, e.g.
 * `bad end time "00:00:03,4560"`.
 */
export function parseTimingLine(
  line: string,
  parseTime: (text: string) => number | null,
  /** Shown after a bad time, e.g. "HH:MM:SS,mmm". */
  expected = '',
): TimingLine {
  const hint = expected === '' ? '' : ` (expected ${expected})`;
  const arrow = line.indexOf('-->');
  if (arrow < 0) return { ok: false, reason: 'no "-->" between the start and end times' };
  const startText = line.slice(0, arrow).trim();
  const [endText = '', ...settings] = line
    .slice(arrow + 3)
    .trim()
    .split(/[ \t]+/);
  const start = parseTime(startText);
  const end = parseTime(endText);
  if (startText === '') return { ok: false, reason: 'the start time is missing' };
  if (start === null) return { ok: false, reason: `bad start time "${startText}"${hint}` };
  if (endText === '') return { ok: false, reason: 'the end time is missing' };
  if (end === null) return { ok: false, reason: `bad end time "${endText}"${hint}` };
  return { ok: true, start, end, settings: settings.join(' ') };
}
