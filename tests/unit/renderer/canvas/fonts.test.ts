import { afterEach, describe, expect, it, vi } from 'vitest';
import { SCENE_FALLBACK_FACES, SCENE_FONT_FACES } from '../../../../shared/scene/fonts';

const ALL_FACES = [...SCENE_FONT_FACES, ...SCENE_FALLBACK_FACES];
const EMOJI_FACES = SCENE_FALLBACK_FACES.filter((face) => face.family === 'Noto Color Emoji');
const HEBREW_FACES = SCENE_FALLBACK_FACES.filter((face) => face.family === 'Noto Sans Hebrew');

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('renderer scene fonts', () => {
  it('bundles exactly the woff2 file of every face and fallback in the shared table', async () => {
    const { FONT_FILE_URLS, fontFileUrl } = await import('../../../../renderer/canvas/fonts');
    expect(Object.keys(FONT_FILE_URLS).sort()).toEqual(
      ALL_FACES.map((face) => face.specifier).sort(),
    );
    for (const face of ALL_FACES) {
      expect(fontFileUrl(face)).toContain(face.file.replace('files/', ''));
    }
  });

  it('registers every face under its family and weight, then waits for each to load', async () => {
    const created: { family: string; source: string; weight: string; loaded: boolean }[] = [];
    class FakeFontFace {
      entry: { family: string; source: string; weight: string; loaded: boolean };
      constructor(family: string, source: string, descriptors: { weight: string }) {
        this.entry = { family, source, weight: descriptors.weight, loaded: false };
        created.push(this.entry);
      }
      async load() {
        this.entry.loaded = true;
        return this;
      }
    }
    vi.stubGlobal('FontFace', FakeFontFace);
    const added: unknown[] = [];
    const requested: string[] = [];
    const { loadSceneFonts, sceneFontsLoaded, loadFallbackFonts, fallbackFontsLoaded } =
      await import('../../../../renderer/canvas/fonts');
    // The same module instance the renderer's fonts module installs its measurer in.
    const { estimatedTextWidthPx, textWidthPx } =
      await import('../../../../shared/scene/text-measure');
    expect(sceneFontsLoaded()).toBe(false);
    const fonts: string[] = [];
    const loading = loadSceneFonts(
      {
        add: (face) => added.push(face),
        load: async (font) => {
          requested.push(font);
          return [];
        },
      },
      () => ({
        set font(value: string) {
          fonts.push(value);
        },
        get font() {
          return fonts[fonts.length - 1] ?? '';
        },
        measureText: (text: string) => ({ width: text.length * 7 }) as TextMetrics,
      }),
    );
    const arabicFace = { family: 'Inter', weight: 700 };
    expect(textWidthPx('مرحبا', arabicFace, 40)).toBe(
      estimatedTextWidthPx('مرحبا', arabicFace, 40),
    );
    expect(sceneFontsLoaded()).toBe(false);
    await loading;
    expect(sceneFontsLoaded()).toBe(true);
    // The scene faces only: the script and emoji fallbacks load when text needs them.
    expect(EMOJI_FACES.length).toBeGreaterThan(0);
    expect(created).toHaveLength(SCENE_FONT_FACES.length);
    expect(added).toHaveLength(SCENE_FONT_FACES.length);
    expect(created.every((face) => face.loaded)).toBe(true);
    expect(created).toContainEqual(
      expect.objectContaining({
        family: 'TikTok Sans',
        weight: '700',
        source: expect.stringMatching(
          /^url\(.*tiktok-sans-latin-700-normal\.woff2.*\) format\('woff2'\)$/,
        ),
      }),
    );
    expect(requested).toContain('700 32px "TikTok Sans"');
    expect(requested).not.toContain('400 32px "Noto Color Emoji"');
    expect(fallbackFontsLoaded(['Noto Color Emoji'])).toBe(false);
    expect(created.some((face) => face.family === 'Noto Sans Hebrew')).toBe(false);
    // Once loaded, text in the fallback scripts is measured by the page's canvas.
    expect(textWidthPx('مرحبا', arabicFace, 40)).toBe(35);
    expect(fonts).toEqual([
      '700 40px "Inter", "Noto Sans Arabic", "Noto Sans Hebrew", "Noto Sans Devanagari", "Noto Color Emoji"',
    ]);
    // A fallback family on demand: all its weights, and text is measured afresh afterwards.
    expect(fallbackFontsLoaded(['Noto Sans Hebrew'])).toBe(false);
    await loadFallbackFonts(['Noto Sans Hebrew'], {
      add: (face) => added.push(face),
      load: async (font) => {
        requested.push(font);
        return [];
      },
    });
    expect(fallbackFontsLoaded(['Noto Sans Hebrew'])).toBe(true);
    expect(created.filter((face) => face.family === 'Noto Sans Hebrew')).toHaveLength(
      HEBREW_FACES.length,
    );
    expect(created).toContainEqual(
      expect.objectContaining({
        family: 'Noto Sans Hebrew',
        weight: '700',
        source: expect.stringMatching(/noto-sans-hebrew-hebrew-700-normal\.woff2/),
      }),
    );
    expect(textWidthPx('مرحبا', arabicFace, 40)).toBe(35);
    expect(fonts).toHaveLength(2);
    await loadFallbackFonts(['Noto Color Emoji'], {
      add: (face) => added.push(face),
      load: async (font) => {
        requested.push(font);
        return [];
      },
    });
    expect(fallbackFontsLoaded(['Noto Color Emoji'])).toBe(true);
    expect(requested).toContain('400 32px "Noto Color Emoji"');
    expect(created).toHaveLength(
      SCENE_FONT_FACES.length + HEBREW_FACES.length + EMOJI_FACES.length,
    );
  });
});
