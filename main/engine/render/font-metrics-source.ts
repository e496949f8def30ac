import { createCanvas } from '@napi-rs/canvas';
import {
  EMOJI_FONT_FAMILY,
  SCENE_FALLBACK_FAMILIES,
  SCENE_FONT_FACES,
  fontFaceKey,
} from '../../../shared/scene/fonts';
import type { FallbackFontFamily, SceneFontFace } from '../../../shared/scene/fonts';
import { METRIC_UNITS_PER_EM, metricCodePoints } from '../../../shared/scene/text-measure';
import type { FallbackMetrics } from '../../../shared/scene/text-measure';
import { registerEmojiFont, registerSceneFonts } from './fonts-node';

/**
 * Measures the advance of every table character in a face (1/1000 em, rounded), from the very
 * `.woff2` files the scene registers. Source of shared/scene/font-metrics.ts.
 */
export function measureFaceAdvances(face: SceneFontFace): number[] {
  registerSceneFonts();
  const context = createCanvas(8, 8).getContext('2d');
  context.font = `${face.weight} ${METRIC_UNITS_PER_EM}px "${face.family}"`;
  return metricCodePoints().map((code) =>
    Math.round(context.measureText(String.fromCodePoint(code)).width),
  );
}

/** Every face's advances, keyed like FONT_ADVANCES. */
export function measureAllFaceAdvances(): Record<string, number[]> {
  const table: Record<string, number[]> = {};
  for (const face of SCENE_FONT_FACES) table[fontFaceKey(face)] = measureFaceAdvances(face);
  return table;
}

/**
 * Per fallback script: a letter that carries combining marks when they are measured (a mark
 * alone is drawn on a dotted circle, far wider than in a word), and everyday sentences whose
 * shaped width calibrates the per-letter estimate (joined Arabic letters and Devanagari
 * conjuncts are narrower than the letters drawn one by one).
 */
const SCRIPT_SAMPLES: Readonly<Record<string, { markBase: string; sentences: readonly string[] }>> =
  {
    'Noto Sans Arabic': {
      markBase: '\u0628',
      sentences: [
        'تناول الدواء مرتين يوميا بعد الأكل',
        'ارتفاع ضغط الدم يزيد خطر السكتة الدماغية',
        'لا تتوقف عن العلاج قبل استشارة الطبيب',
        'اغسل يديك بالماء والصابون لمدة عشرين ثانية',
      ],
    },
    'Noto Sans Hebrew': {
      markBase: '\u05d1',
      sentences: ['קחו את התרופה פעמיים ביום', 'לחץ דם גבוה מגביר סיכון לשבץ', 'שתו מים בכל יום'],
    },
    'Noto Sans Devanagari': {
      markBase: '\u0915',
      sentences: [
        'दवा दिन में दो बार खाने के बाद लें',
        'उच्च रक्तचाप से स्ट्रोक का खतरा बढ़ता है',
        'डॉक्टर से पूछे बिना इलाज बंद न करें',
        'साबुन और पानी से बीस सेकंड तक हाथ धोएं',
      ],
    },
  };

function codePointsIn(ranges: FallbackFontFamily['codeRanges']): number[] {
  const codes: number[] = [];
  for (const [first, last] of ranges)
    for (let code = first; code <= last; code += 1) codes.push(code);
  return codes;
}

const COMBINING_MARK = /^\p{M}$/u;

/** The advances, mark advances and shaping scale of one fallback face (see FallbackMetrics). */
export function measureFallbackFace(entry: FallbackFontFamily, weight: number): FallbackMetrics {
  registerSceneFonts();
  const samples = SCRIPT_SAMPLES[entry.family];
  if (samples === undefined) throw new Error(`no measuring samples for ${entry.family}`);
  const context = createCanvas(8, 8).getContext('2d');
  context.font = `${weight} ${METRIC_UNITS_PER_EM}px "${entry.family}"`;
  const width = (text: string) => context.measureText(text).width;
  const baseWidth = width(samples.markBase);
  const advances = codePointsIn(entry.codeRanges).map((code) => {
    const char = String.fromCodePoint(code);
    // A mark's advance is what it adds to a letter it sits on (zero for most).
    const advance = COMBINING_MARK.test(char)
      ? width(samples.markBase + char) - baseWidth
      : width(char);
    return Math.max(0, Math.round(advance));
  });
  const metrics: FallbackMetrics = { advances, shapedScale: 1 };
  let shaped = 0;
  let estimated = 0;
  for (const sentence of samples.sentences) {
    for (const word of sentence.split(' ')) {
      shaped += width(word);
      estimated += unscaledEstimate(word, entry, metrics);
    }
  }
  return { advances, shapedScale: Math.round((shaped / estimated) * 1000) / 1000 };
}

function unscaledEstimate(
  word: string,
  entry: FallbackFontFamily,
  metrics: FallbackMetrics,
): number {
  const codes = codePointsIn(entry.codeRanges);
  let total = 0;
  for (const char of word) {
    const index = codes.indexOf(char.codePointAt(0) ?? -1);
    if (index < 0) throw new Error(`sample letter ${char} is outside ${entry.family}'s ranges`);
    total += metrics.advances[index] ?? 0;
  }
  return total;
}

/** Every fallback face's metrics, keyed like FALLBACK_METRICS (the emoji font is separate). */
export function measureAllFallbackMetrics(): Record<string, FallbackMetrics> {
  const table: Record<string, FallbackMetrics> = {};
  for (const entry of SCENE_FALLBACK_FAMILIES) {
    if (entry.family === EMOJI_FONT_FAMILY) continue;
    for (const weight of entry.weights) {
      table[fontFaceKey({ family: entry.family, weight })] = measureFallbackFace(entry, weight);
    }
  }
  return table;
}

/** The advance of one emoji (every emoji in the colour font is the same width), 1/1000 em. */
export function measureEmojiAdvance(): number {
  registerEmojiFont();
  const context = createCanvas(8, 8).getContext('2d');
  context.font = `400 ${METRIC_UNITS_PER_EM}px "${EMOJI_FONT_FAMILY}"`;
  return Math.round(context.measureText('\u{1F48A}').width);
}

function numberRows(values: readonly number[]): string {
  const rows: string[] = [];
  for (let i = 0; i < values.length; i += 19)
    rows.push(`    ${values.slice(i, i + 19).join(', ')},`);
  return rows.join('\n');
}

/** The TypeScript source of shared/scene/font-metrics.ts. */
export function fontMetricsModuleSource(): string {
  const table = measureAllFaceAdvances();
  const entries = Object.entries(table)
    .map(([key, advances]) => `  '${key}': [\n${numberRows(advances)}\n  ],`)
    .join('\n');
  const fallbacks = Object.entries(measureAllFallbackMetrics())
    .map(
      ([key, metrics]) =>
        `  '${key}': {\n    shapedScale: ${metrics.shapedScale},\n    advances: [\n${numberRows(metrics.advances).replace(/^ {4}/gm, '      ')}\n    ],\n  },`,
    )
    .join('\n');
  return [
    '/**',
    ' * Per-character advances (1/1000 em) of every scene font face, for the code points in',
    ' * METRIC_CODE_RANGES (text-measure.ts), and of every fallback face for the code ranges of its',
    ' * family (fonts.ts). Generated from the `@fontsource` files by',
    ' * `npx tsx main/engine/render/write-font-metrics.ts`; a test checks it still matches them.',
    ' */',
    "import type { FallbackMetrics } from './text-measure';",
    '',
    'export const FONT_ADVANCES: Readonly<Record<string, readonly number[]>> = {',
    entries,
    '};',
    '',
    'export const FALLBACK_METRICS: Readonly<Record<string, FallbackMetrics>> = {',
    fallbacks,
    '};',
    '',
    `export const EMOJI_ADVANCE = ${measureEmojiAdvance()};`,
    '',
  ].join('\n');
}
