import { describe, expect, it } from 'vitest';
import {
  FALLBACK_FONT_FAMILY,
  SCENE_FONT_FACES,
  fontFaceKey,
  resolveFontFace,
} from '../../../../shared/scene/fonts';
import { FONT_ADVANCES } from '../../../../shared/scene/font-metrics';
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
});
