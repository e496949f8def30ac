import { describe, expect, it } from 'vitest';
import {
  FALLBACK_FONT_FAMILY,
  SCENE_FALLBACK_FACES,
  SCENE_FALLBACK_FAMILIES,
  SCENE_FONT_FACES,
  fontFaceKey,
  fontFamilyList,
  resolveFallbackFace,
  resolveFontFace,
} from '../../../../shared/scene/fonts';
import { FALLBACK_METRICS, FONT_ADVANCES } from '../../../../shared/scene/font-metrics';
import { metricCodePoints } from '../../../../shared/scene/text-measure';
import { defaultCaptionStyles, defaultBrandKit } from '../../../../shared/model';

describe('scene fonts', () => {
  it('lists each face with its @fontsource latin woff2 file', () => {
    expect(SCENE_FONT_FACES).toContainEqual({
      family: 'Inter',
      weight: 700,
      packageName: '@fontsource/inter',
      file: 'files/inter-latin-700-normal.woff2',
      specifier: '@fontsource/inter/files/inter-latin-700-normal.woff2',
    });
    expect(SCENE_FONT_FACES.map((face) => face.family)).toContain('Atkinson Hyperlegible');
  });

  it('has metrics for every face and every table character', () => {
    for (const face of SCENE_FONT_FACES) {
      const advances = FONT_ADVANCES[fontFaceKey(face)];
      expect(advances, fontFaceKey(face)).toHaveLength(metricCodePoints().length);
      expect(advances!.every((advance) => advance >= 0)).toBe(true);
    }
  });

  it('resolves to the nearest shipped weight, heavier on a tie, case-insensitively', () => {
    expect(resolveFontFace('inter', 650)).toMatchObject({ family: 'Inter', weight: 700 });
    expect(resolveFontFace('Atkinson Hyperlegible', 550)).toMatchObject({ weight: 700 });
    expect(resolveFontFace('Atkinson Hyperlegible', 500)).toMatchObject({ weight: 400 });
    expect(resolveFontFace('TikTok Sans', 100)).toMatchObject({ weight: 400 });
  });

  it('falls back to the default family for families it does not ship', () => {
    expect(resolveFontFace('Helvetica', 700).family).toBe(FALLBACK_FONT_FAMILY);
  });

  it('covers the families the default styles and brand kit use', () => {
    const families = new Set(SCENE_FONT_FACES.map((face) => face.family));
    for (const style of defaultCaptionStyles()) {
      expect(families.has(style.fontFamily)).toBe(true);
      expect(resolveFontFace(style.fontFamily, style.fontWeight).weight).toBe(style.fontWeight);
    }
    expect(families.has(defaultBrandKit().fontFamily)).toBe(true);
  });

  it('names every fallback after the scene family, each quoted, emoji last', () => {
    expect(fontFamilyList('Inter')).toBe(
      '"Inter", "Noto Sans Arabic", "Noto Sans Hebrew", "Noto Sans Devanagari", "Noto Color Emoji"',
    );
    expect(fontFamilyList('Bad "Name"')).toMatch(/^"Bad Name", /);
  });

  it('ships each fallback as its script subset file, the emoji font whole', () => {
    expect(SCENE_FALLBACK_FACES).toContainEqual(
      expect.objectContaining({
        family: 'Noto Sans Arabic',
        weight: 700,
        specifier: '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff2',
      }),
    );
    expect(SCENE_FALLBACK_FACES.filter((face) => face.family === 'Noto Color Emoji')).toEqual([
      expect.objectContaining({
        weight: 400,
        file: 'files/noto-color-emoji-emoji-400-normal.woff2',
      }),
    ]);
  });

  it('has metrics for every script fallback face and every code point of its ranges', () => {
    for (const entry of SCENE_FALLBACK_FAMILIES) {
      if (entry.family === 'Noto Color Emoji') continue;
      const size = entry.codeRanges.reduce((total, [first, last]) => total + last - first + 1, 0);
      for (const weight of entry.weights) {
        const metrics = FALLBACK_METRICS[fontFaceKey({ family: entry.family, weight })];
        expect(metrics?.advances, `${entry.family}@${weight}`).toHaveLength(size);
      }
    }
  });

  it('resolves a fallback to the weight nearest the scene face', () => {
    const arabic = SCENE_FALLBACK_FAMILIES[0]!;
    expect(resolveFallbackFace(arabic, 650).weight).toBe(700);
    expect(resolveFallbackFace(arabic, 300).weight).toBe(400);
    const emoji = SCENE_FALLBACK_FAMILIES.find((entry) => entry.family === 'Noto Color Emoji')!;
    expect(resolveFallbackFace(emoji, 900).weight).toBe(400);
  });
});
