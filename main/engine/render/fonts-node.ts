import { createRequire } from 'node:module';
import { GlobalFonts, createCanvas } from '@napi-rs/canvas';
import type { SKRSContext2D } from '@napi-rs/canvas';
import {
  EMOJI_FONT_FAMILY,
  SCENE_FALLBACK_FACES,
  SCENE_FONT_FACES,
  fontFamilyList,
} from '../../../shared/scene/fonts';
import type { SceneFontFace } from '../../../shared/scene/fonts';
import { isEmojiCluster, setShapedTextMeasurer } from '../../../shared/scene/text-measure';
import type { MeasuredFace } from '../../../shared/scene/text-measure';

const require = createRequire(import.meta.url);

/** The absolute path of a face's `.woff2` file inside its installed `@fontsource` package. */
export function fontFacePath(face: SceneFontFace): string {
  return require.resolve(face.specifier);
}

function register(face: SceneFontFace): void {
  const key = GlobalFonts.registerFromPath(fontFacePath(face), face.family);
  if (key === null) {
    throw new Error(`could not register font ${face.family} ${face.weight} (${face.specifier})`);
  }
}

const isEmojiFace = (face: SceneFontFace) => face.family === EMOJI_FONT_FAMILY;

let registered = false;

/**
 * Registers every scene face and the script fallbacks (Arabic, Hebrew, Devanagari) with
 * `@napi-rs/canvas` under their family names (once per process); Skia picks the weight from
 * each file, as the browser does from `FontFace` descriptors. The colour emoji font is left for
 * `registerEmojiFont`: loading it takes about 2 s, so only text with emoji pays for it.
 */
export function registerSceneFonts(): void {
  if (registered) return;
  for (const face of [...SCENE_FONT_FACES, ...SCENE_FALLBACK_FACES]) {
    if (!isEmojiFace(face)) register(face);
  }
  registered = true;
}

let emojiRegistered = false;

/** Registers the colour emoji font (once per process). */
export function registerEmojiFont(): void {
  if (emojiRegistered) return;
  for (const face of SCENE_FALLBACK_FACES) if (isEmojiFace(face)) register(face);
  emojiRegistered = true;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** True when `text` has a grapheme drawn as a colour emoji. */
export function hasEmoji(text: string): boolean {
  for (const { segment } of graphemes.segment(text)) if (isEmojiCluster(segment)) return true;
  return false;
}

let measuringContext: SKRSContext2D | undefined;

/**
 * The width Skia gives `text` drawn as a text node draws it (the family, then the fallbacks).
 * Every word the scene draws is measured first, so this is also where text that needs the emoji
 * font registers it, before anything draws it.
 */
export function measureShapedText(text: string, face: MeasuredFace, sizePx: number): number {
  registerSceneFonts();
  if (hasEmoji(text)) registerEmojiFont();
  measuringContext ??= createCanvas(8, 8).getContext('2d');
  measuringContext.font = `${face.weight} ${sizePx}px ${fontFamilyList(face.family)}`;
  return measuringContext.measureText(text).width;
}

// Installed on import: every Node path that lays out a scene to draw it imports this module
// first (scene-raster.ts), so its layout and its drawing use the same shaper.
setShapedTextMeasurer(measureShapedText);
