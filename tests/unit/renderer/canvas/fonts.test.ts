import { afterEach, describe, expect, it, vi } from 'vitest';
import { SCENE_FONT_FACES } from '../../../../shared/scene/fonts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('renderer scene fonts', () => {
  it('bundles exactly the woff2 file of every face in the shared table', async () => {
    const { FONT_FILE_URLS, fontFileUrl } = await import('../../../../renderer/canvas/fonts');
    expect(Object.keys(FONT_FILE_URLS).sort()).toEqual(
      SCENE_FONT_FACES.map((face) => face.specifier).sort(),
    );
    for (const face of SCENE_FONT_FACES) {
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
    const { loadSceneFonts, sceneFontsLoaded } = await import('../../../../renderer/canvas/fonts');
    expect(sceneFontsLoaded()).toBe(false);
    const loading = loadSceneFonts({
      add: (face) => added.push(face),
      load: async (font) => {
        requested.push(font);
        return [];
      },
    });
    expect(sceneFontsLoaded()).toBe(false);
    await loading;
    expect(sceneFontsLoaded()).toBe(true);
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
  });
});
