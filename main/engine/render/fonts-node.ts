import { createRequire } from 'node:module';
import { GlobalFonts } from '@napi-rs/canvas';
import { SCENE_FONT_FACES } from '../../../shared/scene/fonts';
import type { SceneFontFace } from '../../../shared/scene/fonts';

const require = createRequire(import.meta.url);

/** The absolute path of a face's `.woff2` file inside its installed `@fontsource` package. */
export function fontFacePath(face: SceneFontFace): string {
  return require.resolve(face.specifier);
}

let registered = false;

/**
 * Registers every scene face with `@napi-rs/canvas` under its family name (once per process);
 * Skia picks the weight from each file, as the browser does from `FontFace` descriptors.
 */
export function registerSceneFonts(): void {
  if (registered) return;
  for (const face of SCENE_FONT_FACES) {
    const key = GlobalFonts.registerFromPath(fontFacePath(face), face.family);
    if (key === null) {
      throw new Error(`could not register font ${face.family} ${face.weight} (${face.specifier})`);
    }
  }
  registered = true;
}
