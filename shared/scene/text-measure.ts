import { EMOJI_ADVANCE, FALLBACK_METRICS, FONT_ADVANCES } from './font-metrics';
import { SCENE_FALLBACK_FAMILIES, fontFaceKey, resolveFallbackFace } from './fonts';
import type { FallbackFontFamily } from './fonts';

/**
 * Text widths. Latin text is measured from a table of per-character advances measured from the
 * shipped font files (font-metrics.ts), so the preview and the export break such lines
 * identically; kerning is ignored (under 1% on typical caption text, up to 5% on pairs like
 * "AV"). Text with letters from the fallback fonts (Arabic, Hebrew, Devanagari, emoji) is shaped:
 * joined Arabic letters and Devanagari conjuncts have no fixed width per letter. Where the host
 * has registered a shaping measurer (both the export and the preview do, once their fonts are
 * in), such text is measured by the real shaper; otherwise it is estimated from the fallback
 * faces' advances, scaled by how much shaping narrows everyday text in that script.
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

function rangeIndex(ranges: readonly (readonly [number, number])[], code: number) {
  let offset = 0;
  for (const [first, last] of ranges) {
    if (code >= first && code <= last) return offset + code - first;
    offset += last - first + 1;
  }
  return undefined;
}

const metricIndex = (code: number) => rangeIndex(METRIC_CODE_RANGES, code);

/** Units per em of the stored advances. */
export const METRIC_UNITS_PER_EM = 1000;

/** A fallback face's measurements (generated into font-metrics.ts). */
export interface FallbackMetrics {
  /** Advance of each code point in the family's ranges; a combining mark's is what it adds. */
  advances: readonly number[];
  /** Shaped width of sample sentences over the sum of their advances. */
  shapedScale: number;
}

export interface MeasuredFace {
  family: string;
  weight: number;
}

/** Measures `text` as drawn (shaped, with the fallback fonts) in pixels. */
export type ShapedTextMeasurer = (text: string, face: MeasuredFace, sizePx: number) => number;

let shapedMeasurer: ShapedTextMeasurer | null = null;
const shapedCache = new Map<string, number>();
const SHAPED_CACHE_LIMIT = 20_000;

/** Installs (or with null removes) the host's shaping measurer; see the module comment. */
export function setShapedTextMeasurer(measurer: ShapedTextMeasurer | null): void {
  shapedMeasurer = measurer;
  shapedCache.clear();
}

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

function faceAdvances(face: MeasuredFace): readonly number[] {
  const key = fontFaceKey(face);
  const advances = FONT_ADVANCES[key];
  if (advances === undefined) throw new Error(`no font metrics for ${key}`);
  return advances;
}

/** True when every character of `text` is in the latin table (tabs count as spaces). */
function isTableText(text: string): boolean {
  for (const char of text) {
    if (char !== '\t' && metricIndex(char.codePointAt(0) ?? 0) === undefined) return false;
  }
  return true;
}

function tableUnits(text: string, face: MeasuredFace): number {
  const advances = faceAdvances(face);
  let units = 0;
  for (const char of text) {
    const code = char === '\t' ? 32 : (char.codePointAt(0) ?? 32);
    const index = metricIndex(code);
    const advance = index === undefined ? undefined : advances[index];
    units += advance ?? averageLowercase(advances, fontFaceKey(face));
  }
  return units;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const EMOJI_PART = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u{FE0F}|\u{20E3}/u;

/** True when a grapheme cluster is drawn as one colour emoji. */
export function isEmojiCluster(cluster: string): boolean {
  const codes = [...cluster];
  const only = codes.length === 1 ? (codes[0]?.codePointAt(0) ?? 0) : undefined;
  // A lone character the scene's own face has (©, ®, a digit) is drawn from that face.
  if (only !== undefined && metricIndex(only) !== undefined) return false;
  return EMOJI_PART.test(cluster);
}

/** The fallback family whose ranges hold `code`, if any. */
export function fallbackFamilyOf(code: number): FallbackFontFamily | undefined {
  return SCENE_FALLBACK_FAMILIES.find((entry) => rangeIndex(entry.codeRanges, code) !== undefined);
}

/** The table estimate of `text` in 1/1000 em (see the module comment). */
function estimatedUnits(text: string, face: MeasuredFace): number {
  let units = 0;
  for (const { segment } of graphemes.segment(text)) {
    if (isEmojiCluster(segment)) {
      units += EMOJI_ADVANCE;
      continue;
    }
    for (const char of segment) {
      const code = char.codePointAt(0) ?? 32;
      const entry = metricIndex(code) === undefined ? fallbackFamilyOf(code) : undefined;
      if (entry === undefined) {
        units += tableUnits(char, face);
        continue;
      }
      const fallback = resolveFallbackFace(entry, face.weight);
      const metrics = FALLBACK_METRICS[fontFaceKey(fallback)];
      if (metrics === undefined) throw new Error(`no font metrics for ${fontFaceKey(fallback)}`);
      const advance = metrics.advances[rangeIndex(entry.codeRanges, code) ?? 0] ?? 0;
      units += advance * metrics.shapedScale;
    }
  }
  return units;
}

/** Width in pixels of `text` estimated from the tables alone, never from the host's shaper. */
export function estimatedTextWidthPx(text: string, face: MeasuredFace, sizePx: number): number {
  faceAdvances(face);
  const units = isTableText(text) ? tableUnits(text, face) : estimatedUnits(text, face);
  return (units * sizePx) / METRIC_UNITS_PER_EM;
}

/** Width in pixels of `text` set in `face` at `sizePx` (a single line; tabs count as spaces). */
export function textWidthPx(text: string, face: MeasuredFace, sizePx: number): number {
  if (isTableText(text) || shapedMeasurer === null) {
    return estimatedTextWidthPx(text, face, sizePx);
  }
  faceAdvances(face);
  const key = `${fontFaceKey(face)}@${sizePx}|${text}`;
  let width = shapedCache.get(key);
  if (width === undefined) {
    width = shapedMeasurer(text, face, sizePx);
    if (shapedCache.size >= SHAPED_CACHE_LIMIT) shapedCache.clear();
    shapedCache.set(key, width);
  }
  return width;
}
