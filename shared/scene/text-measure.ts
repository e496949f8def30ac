import { FONT_ADVANCES } from './font-metrics';
import { fontFaceKey } from './fonts';

/**
 * Text widths from a table of per-character advances measured from the shipped font files
 * (font-metrics.ts). Line breaks and word positions come from this table on both sides, so the
 * preview and the export break lines identically; kerning is ignored (under 1% on typical
 * caption text, up to 5% on pairs like "AV").
 */

/** Code point ranges the table covers: printable ASCII and Latin-1. */
export const METRIC_CODE_RANGES: readonly (readonly [number, number])[] = [
  [32, 126],
  [160, 255],
];

/** Every code point in the table, in table order. */
export function metricCodePoints(): number[] {
  const codes: number[] = [];
  for (const [first, last] of METRIC_CODE_RANGES) {
    for (let code = first; code <= last; code += 1) codes.push(code);
  }
  return codes;
}

function metricIndex(code: number): number | undefined {
  let offset = 0;
  for (const [first, last] of METRIC_CODE_RANGES) {
    if (code >= first && code <= last) return offset + code - first;
    offset += last - first + 1;
  }
  return undefined;
}

/** Units per em of the stored advances. */
export const METRIC_UNITS_PER_EM = 1000;

const averageLowercaseCache = new Map<string, number>();

function averageLowercase(advances: readonly number[], key: string): number {
  const cached = averageLowercaseCache.get(key);
  if (cached !== undefined) return cached;
  let total = 0;
  for (let code = 97; code <= 122; code += 1) total += advances[metricIndex(code) ?? 0] ?? 0;
  const average = total / 26;
  averageLowercaseCache.set(key, average);
  return average;
}

export interface MeasuredFace {
  family: string;
  weight: number;
}

/** Width in pixels of `text` set in `face` at `sizePx` (a single line; tabs count as spaces). */
export function textWidthPx(text: string, face: MeasuredFace, sizePx: number): number {
  const key = fontFaceKey(face);
  const advances = FONT_ADVANCES[key];
  if (advances === undefined) throw new Error(`no font metrics for ${key}`);
  let units = 0;
  for (const char of text) {
    const code = char === '\t' ? 32 : (char.codePointAt(0) ?? 32);
    const index = metricIndex(code);
    const advance = index === undefined ? undefined : advances[index];
    units += advance ?? averageLowercase(advances, key);
  }
  return (units * sizePx) / METRIC_UNITS_PER_EM;
}
