// Declares the `?url` asset imports below, also where this file is type-checked outside Vite.
/// <reference types="vite/client" />
import { SCENE_FALLBACK_FACES, SCENE_FONT_FACES, fontFamilyList } from '../../shared/scene/fonts';
import type { SceneFontFace } from '../../shared/scene/fonts';
import { setShapedTextMeasurer } from '../../shared/scene/text-measure';
import type { MeasuredFace } from '../../shared/scene/text-measure';
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
import notoSansArabic400 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';
import notoSansArabic500 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-500-normal.woff2?url';
import notoSansArabic600 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-600-normal.woff2?url';
import notoSansArabic700 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff2?url';
import notoSansArabic800 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-800-normal.woff2?url';
import notoSansArabic900 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-900-normal.woff2?url';
import notoSansHebrew400 from '@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-400-normal.woff2?url';
import notoSansHebrew500 from '@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-500-normal.woff2?url';
import notoSansHebrew600 from '@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-600-normal.woff2?url';
import notoSansHebrew700 from '@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-700-normal.woff2?url';
import notoSansHebrew800 from '@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-800-normal.woff2?url';
import notoSansHebrew900 from '@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-900-normal.woff2?url';
import notoSansDevanagari400 from '@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-400-normal.woff2?url';
import notoSansDevanagari500 from '@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-500-normal.woff2?url';
import notoSansDevanagari600 from '@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-600-normal.woff2?url';
import notoSansDevanagari700 from '@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-700-normal.woff2?url';
import notoSansDevanagari800 from '@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-800-normal.woff2?url';
import notoSansDevanagari900 from '@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-900-normal.woff2?url';
import notoColorEmoji400 from '@fontsource/noto-color-emoji/files/noto-color-emoji-emoji-400-normal.woff2?url';

/**
 * The scene's font files as bundled URLs, keyed by the specifier in shared/scene/fonts.ts: the
 * scene faces and the script and emoji fallbacks. The very files Node registers, so preview and
 * export draw the same glyphs.
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
  '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2': notoSansArabic400,
  '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-500-normal.woff2': notoSansArabic500,
  '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-600-normal.woff2': notoSansArabic600,
  '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff2': notoSansArabic700,
  '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-800-normal.woff2': notoSansArabic800,
  '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-900-normal.woff2': notoSansArabic900,
  '@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-400-normal.woff2': notoSansHebrew400,
  '@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-500-normal.woff2': notoSansHebrew500,
  '@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-600-normal.woff2': notoSansHebrew600,
  '@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-700-normal.woff2': notoSansHebrew700,
  '@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-800-normal.woff2': notoSansHebrew800,
  '@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-900-normal.woff2': notoSansHebrew900,
  '@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-400-normal.woff2':
    notoSansDevanagari400,
  '@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-500-normal.woff2':
    notoSansDevanagari500,
  '@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-600-normal.woff2':
    notoSansDevanagari600,
  '@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-700-normal.woff2':
    notoSansDevanagari700,
  '@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-800-normal.woff2':
    notoSansDevanagari800,
  '@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-900-normal.woff2':
    notoSansDevanagari900,
  '@fontsource/noto-color-emoji/files/noto-color-emoji-emoji-400-normal.woff2': notoColorEmoji400,
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

/** Makes a 2D context to measure text with; a page's own canvas unless a test passes one. */
export type MeasuringContextFactory = () => Pick<
  CanvasRenderingContext2D,
  'font' | 'measureText'
> | null;

const pageMeasuringContext: MeasuringContextFactory = () =>
  document.createElement('canvas').getContext('2d');

/**
 * Text measured as the preview's Konva text nodes draw it (the family, then the fallbacks), by
 * the browser's shaper: the counterpart of the export's Skia measurer in fonts-node.ts.
 */
export function canvasTextMeasurer(createContext: MeasuringContextFactory) {
  let context: ReturnType<MeasuringContextFactory> | undefined;
  return (text: string, face: MeasuredFace, sizePx: number): number => {
    context ??= createContext();
    if (context === null) throw new Error('no 2D canvas context to measure text with');
    context.font = `${face.weight} ${sizePx}px ${fontFamilyList(face.family)}`;
    return context.measureText(text).width;
  };
}

async function loadFaces(faces: readonly SceneFontFace[], fonts: FontRegistry): Promise<void> {
  await Promise.all(
    faces.map(async (face) => {
      const fontFace = new FontFace(face.family, `url(${fontFileUrl(face)}) format('woff2')`, {
        weight: String(face.weight),
        style: 'normal',
        display: 'block',
      });
      fonts.add(fontFace);
      await fontFace.load();
      await fonts.load(`${face.weight} 32px "${face.family}"`);
    }),
  );
}

let measuringContext: MeasuringContextFactory = pageMeasuringContext;

/**
 * Registers the scene faces with the document and waits until all are loaded, so the first draw
 * (and every text measurement) uses the real fonts; then lets the scene measure text in the
 * fallback scripts and emoji with the browser's shaper. Runs once per page. The fallbacks are
 * not among them: see loadFallbackFonts.
 */
export function loadSceneFonts(
  fonts: FontRegistry = document.fonts,
  createContext: MeasuringContextFactory = pageMeasuringContext,
): Promise<void> {
  loading ??= loadFaces(SCENE_FONT_FACES, fonts).then(
    () => {
      measuringContext = createContext;
      setShapedTextMeasurer(canvasTextMeasurer(createContext));
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

const fallbackLoading = new Map<string, Promise<void>>();
const fallbackLoaded = new Set<string>();

/** True once every fallback family in `families` has loaded. */
export function fallbackFontsLoaded(families: readonly string[]): boolean {
  return families.every((family) => fallbackLoaded.has(family));
}

/**
 * Loads fallback families (Arabic, Hebrew, Devanagari, the colour emoji font), asked for when
 * the project's text uses them: 19 files that most projects never need, the emoji one 5.8 MB.
 * Text laid out before a family arrived is laid out again when it has (useSceneFontsReady).
 */
export function loadFallbackFonts(
  families: readonly string[],
  fonts: FontRegistry = document.fonts,
): Promise<void> {
  return Promise.all(
    families.map((family) => {
      let pending = fallbackLoading.get(family);
      if (pending === undefined) {
        const faces = SCENE_FALLBACK_FACES.filter((face) => face.family === family);
        pending = loadFaces(faces, fonts).then(
          () => {
            // A fresh measurer: widths measured before the family came (tofu) must not be reused.
            if (loaded) setShapedTextMeasurer(canvasTextMeasurer(measuringContext));
            fallbackLoaded.add(family);
          },
          (error: unknown) => {
            fallbackLoading.delete(family);
            throw error;
          },
        );
        fallbackLoading.set(family, pending);
      }
      return pending;
    }),
  ).then(() => undefined);
}
