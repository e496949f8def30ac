// Declares the `?url` asset imports below, also where this file is type-checked outside Vite.
/// <reference types="vite/client" />
import { SCENE_FONT_FACES } from '../../shared/scene/fonts';
import type { SceneFontFace } from '../../shared/scene/fonts';
import tiktokSans400 from '@fontsource/tiktok-sans/files/tiktok-sans-latin-400-normal.woff2?url';
import tiktokSans500 from '@fontsource/tiktok-sans/files/tiktok-sans-latin-500-normal.woff2?url';
import tiktokSans600 from '@fontsource/tiktok-sans/files/tiktok-sans-latin-600-normal.woff2?url';
import tiktokSans700 from '@fontsource/tiktok-sans/files/tiktok-sans-latin-700-normal.woff2?url';
import tiktokSans800 from '@fontsource/tiktok-sans/files/tiktok-sans-latin-800-normal.woff2?url';
import tiktokSans900 from '@fontsource/tiktok-sans/files/tiktok-sans-latin-900-normal.woff2?url';
import inter400 from '@fontsource/inter/files/inter-latin-400-normal.woff2?url';
import inter500 from '@fontsource/inter/files/inter-latin-500-normal.woff2?url';
import inter600 from '@fontsource/inter/files/inter-latin-600-normal.woff2?url';
import inter700 from '@fontsource/inter/files/inter-latin-700-normal.woff2?url';
import inter800 from '@fontsource/inter/files/inter-latin-800-normal.woff2?url';
import inter900 from '@fontsource/inter/files/inter-latin-900-normal.woff2?url';
import atkinsonHyperlegible400 from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-normal.woff2?url';
import atkinsonHyperlegible700 from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff2?url';

/**
 * The scene's font files as bundled URLs, keyed by the specifier in shared/scene/fonts.ts. The
 * very files Node registers (latin subset, woff2), so preview and export draw the same glyphs.
 */
export const FONT_FILE_URLS: Readonly<Record<string, string>> = {
  '@fontsource/tiktok-sans/files/tiktok-sans-latin-400-normal.woff2': tiktokSans400,
  '@fontsource/tiktok-sans/files/tiktok-sans-latin-500-normal.woff2': tiktokSans500,
  '@fontsource/tiktok-sans/files/tiktok-sans-latin-600-normal.woff2': tiktokSans600,
  '@fontsource/tiktok-sans/files/tiktok-sans-latin-700-normal.woff2': tiktokSans700,
  '@fontsource/tiktok-sans/files/tiktok-sans-latin-800-normal.woff2': tiktokSans800,
  '@fontsource/tiktok-sans/files/tiktok-sans-latin-900-normal.woff2': tiktokSans900,
  '@fontsource/inter/files/inter-latin-400-normal.woff2': inter400,
  '@fontsource/inter/files/inter-latin-500-normal.woff2': inter500,
  '@fontsource/inter/files/inter-latin-600-normal.woff2': inter600,
  '@fontsource/inter/files/inter-latin-700-normal.woff2': inter700,
  '@fontsource/inter/files/inter-latin-800-normal.woff2': inter800,
  '@fontsource/inter/files/inter-latin-900-normal.woff2': inter900,
  '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-normal.woff2':
    atkinsonHyperlegible400,
  '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff2':
    atkinsonHyperlegible700,
};

/** The bundled URL of a face's file; a face missing here is a build mistake, so it throws. */
export function fontFileUrl(face: SceneFontFace): string {
  const url = FONT_FILE_URLS[face.specifier];
  if (url === undefined) throw new Error(`no bundled font file for ${face.specifier}`);
  return url;
}

export interface FontRegistry {
  add(face: FontFace): unknown;
  load(font: string): Promise<unknown>;
}

let loading: Promise<void> | undefined;
let loaded = false;

/** True once loadSceneFonts has finished: a canvas may draw text on its first render. */
export function sceneFontsLoaded(): boolean {
  return loaded;
}

/**
 * Registers every scene face with the document and waits until all are loaded, so the first
 * draw (and every text measurement Konva makes) uses the real fonts. Runs once per page.
 */
export function loadSceneFonts(fonts: FontRegistry = document.fonts): Promise<void> {
  loading ??= Promise.all(
    SCENE_FONT_FACES.map(async (face) => {
      const fontFace = new FontFace(face.family, `url(${fontFileUrl(face)}) format('woff2')`, {
        weight: String(face.weight),
        style: 'normal',
        display: 'block',
      });
      fonts.add(fontFace);
      await fontFace.load();
      await fonts.load(`${face.weight} 32px "${face.family}"`);
    }),
  ).then(
    () => {
      loaded = true;
    },
    (error: unknown) => {
      // Let a later draw try again rather than keep a failed load forever.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
