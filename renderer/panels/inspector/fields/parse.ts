import {
  formatFrameTimecode,
  frameAt,
  frameStartMs,
  parseFrameTimecode,
} from '../../../canvas/timecode';

/**
 * What the inspector's fields accept and how they show values. Parsing happens when a field is
 * committed (Enter or leaving it); a refusal carries the sentence shown under the field.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const refuse = <T>(message: string): Parsed<T> => ({ ok: false, message });

export interface NumberRules {
  min?: number;
  max?: number;
  /** Whole numbers only. */
  integer?: boolean;
  /** Digits kept after the point when showing and nudging (default 2). */
  decimals?: number;
  /** A unit a person may type after the number ("px", "%", "°"); shown in messages. */
  unit?: string;
}

/** `12.50` -> "12.5"; never exponent notation or float noise like 0.30000000000000004. */
export function formatNumber(value: number, decimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const fixed = value.toFixed(decimals);
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed;
}

function withUnit(value: number, rules: NumberRules): string {
  const text = formatNumber(value, rules.decimals);
  if (rules.unit === undefined) return text;
  return /^[%°]$/.test(rules.unit) ? `${text}${rules.unit}` : `${text} ${rules.unit}`;
}

/** A typed number, optionally followed by the field's unit; "," is taken as a decimal point. */
export function parseNumber(text: string, rules: NumberRules = {}): Parsed<number> {
  let body = text.trim().replace(/^\+/, '').replace(/^−/, '-');
  if (rules.unit !== undefined && body.toLowerCase().endsWith(rules.unit.toLowerCase())) {
    body = body.slice(0, body.length - rules.unit.length).trim();
  }
  if (/^-?\d+,\d+$/.test(body)) body = body.replace(',', '.');
  if (!/^-?(?:\d+\.?\d*|\.\d+)$/.test(body)) {
    return refuse(body === '' ? 'Enter a number.' : `“${text.trim()}” is not a number.`);
  }
  const value = Number(body);
  if (rules.integer === true && !Number.isInteger(value)) return refuse('Enter a whole number.');
  if (rules.min !== undefined && value < rules.min) {
    return refuse(`Must be at least ${withUnit(rules.min, rules)}.`);
  }
  if (rules.max !== undefined && value > rules.max) {
    return refuse(`Must be at most ${withUnit(rules.max, rules)}.`);
  }
  return ok(value);
}

/**
 * One arrow-key step from `value`: `step`, ten times that with Shift, a tenth with Alt;
 * clamped to the rules and rounded to their precision so repeated steps do not drift.
 */
export function nudgeNumber(
  value: number,
  direction: 1 | -1,
  step: number,
  modifiers: { shiftKey?: boolean; altKey?: boolean },
  rules: NumberRules = {},
): number {
  const factor = modifiers.shiftKey === true ? 10 : modifiers.altKey === true ? 0.1 : 1;
  const decimals = rules.integer === true ? 0 : (rules.decimals ?? 2);
  const scale = 10 ** decimals;
  let next = Math.round((value + direction * step * factor) * scale) / scale;
  if (rules.integer === true) next = Math.round(next);
  if (rules.min !== undefined) next = Math.max(rules.min, next);
  if (rules.max !== undefined) next = Math.min(rules.max, next);
  return next;
}

/**
 * `#rgb`, `#rrggbb` or `#rrggbbaa` (with or without "#"), as the document stores colours:
 * `#rrggbb[aa]`, lower case.
 */
export function parseColor(text: string): Parsed<string> {
  const hex = text.trim().replace(/^#/, '').toLowerCase();
  if (/^[0-9a-f]{3}$/.test(hex)) {
    return ok(`#${[...hex].map((digit) => digit + digit).join('')}`);
  }
  if (/^(?:[0-9a-f]{6}|[0-9a-f]{8})$/.test(hex)) return ok(`#${hex}`);
  return refuse('Colours are #rgb, #rrggbb or #rrggbbaa.');
}

/** The opaque part of a colour, for `<input type="color">` (which has no alpha). */
export function opaquePart(color: string): string {
  return color.slice(0, 7).toLowerCase();
}

/** A colour from the picker, keeping the alpha the colour had. */
export function withPickedColor(current: string, picked: string): string {
  const alpha = current.length === 9 ? current.slice(7).toLowerCase() : '';
  return `${opaquePart(picked)}${alpha}`;
}

export interface TimecodeRules {
  fps: number;
  min?: number;
  max?: number;
}

/** A time as the transport shows it, `mm:ss.ff` on the project's frame grid. */
export function formatTimecode(ms: number, fps: number): string {
  return formatFrameTimecode(ms, fps);
}

/**
 * A typed time: a timecode (`mm:ss.ff`, `mm:ss`, `ss.ff`, `ss`, as the transport takes) or
 * an explicit `1.5s` / `1500ms`. Timecodes land on the start of their frame.
 */
export function parseTimecode(text: string, rules: TimecodeRules): Parsed<number> {
  const trimmed = text.trim().toLowerCase();
  let ms: number | null;
  const explicit = /^(\d+(?:\.\d+)?)\s*(ms|s)$/.exec(trimmed);
  if (explicit !== null) {
    const amount = Number(explicit[1]);
    ms = Math.round(explicit[2] === 's' ? amount * 1000 : amount);
  } else {
    ms = parseFrameTimecode(trimmed, rules.fps);
  }
  if (ms === null) {
    return refuse(`Enter a time like 00:02.15 (minutes:seconds.frame at ${rules.fps} fps).`);
  }
  if (rules.min !== undefined && ms < rules.min) {
    return refuse(`Must be ${formatTimecode(rules.min, rules.fps)} or later.`);
  }
  if (rules.max !== undefined && ms > rules.max) {
    return refuse(`Must be ${formatTimecode(rules.max, rules.fps)} or earlier.`);
  }
  return ok(ms);
}

/** One frame (ten with Shift) from `ms`, on the frame grid and inside the rules. */
export function nudgeTimecode(
  ms: number,
  direction: 1 | -1,
  modifiers: { shiftKey?: boolean },
  rules: TimecodeRules,
): number {
  const frames = modifiers.shiftKey === true ? 10 : 1;
  let next = frameStartMs(frameAt(ms, rules.fps) + direction * frames, rules.fps);
  if (rules.min !== undefined) next = Math.max(rules.min, next);
  if (rules.max !== undefined) next = Math.min(rules.max, next);
  return next;
}
