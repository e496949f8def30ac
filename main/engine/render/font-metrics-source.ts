import { createCanvas } from '@napi-rs/canvas';
import { SCENE_FONT_FACES, fontFaceKey } from '../../../shared/scene/fonts';
import type { SceneFontFace } from '../../../shared/scene/fonts';
import { METRIC_UNITS_PER_EM, metricCodePoints } from '../../../shared/scene/text-measure';
import { registerSceneFonts } from './fonts-node';

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

/** The TypeScript source of shared/scene/font-metrics.ts. */
export function fontMetricsModuleSource(): string {
  const table = measureAllFaceAdvances();
  const entries = Object.entries(table)
    .map(([key, advances]) => `  '${key}': [${advances.join(', ')}],`)
    .join('\n');
  return [
    '/**',
    ' * Per-character advances (1/1000 em) of every scene font face, for the code points in',
    ' * METRIC_CODE_RANGES (text-measure.ts). Generated from the `@fontsource` files by',
    ' * `npx tsx main/engine/render/write-font-metrics.ts`; a test checks it still matches them.',
    ' */',
    'export const FONT_ADVANCES: Readonly<Record<string, readonly number[]>> = {',
    entries,
    '};',
    '',
  ].join('\n');
}
