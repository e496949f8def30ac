/**
 * The fonts the scene draws with. Both sides register exactly these files (latin subset, normal
 * style) from their `@fontsource/*` packages: the browser through `FontFace`, Node through
 * `@napi-rs/canvas`'s `GlobalFonts`. Any other family or weight in a document is resolved to one
 * of these faces first (see `resolveFontFace`), so preview and export always draw the same face.
 */

export interface SceneFontFamily {
  /** The CSS family name, as the `@fontsource` package declares it. */
  family: string;
  /** The npm package that ships the files. */
  packageName: string;
  /** File name stem inside `<package>/files/`, e.g. "inter" in "inter-latin-400-normal.woff2". */
  fileStem: string;
  weights: readonly number[];
}

export const SCENE_FONT_FAMILIES: readonly SceneFontFamily[] = [
  {
    family: 'TikTok Sans',
    packageName: '@fontsource/tiktok-sans',
    fileStem: 'tiktok-sans',
    weights: [400, 500, 600, 700, 800, 900],
  },
  {
    family: 'Inter',
    packageName: '@fontsource/inter',
    fileStem: 'inter',
    weights: [400, 500, 600, 700, 800, 900],
  },
  {
    family: 'Atkinson Hyperlegible',
    packageName: '@fontsource/atkinson-hyperlegible',
    fileStem: 'atkinson-hyperlegible',
    weights: [400, 700],
  },
];

/** Used when a document names a family the scene does not ship. */
export const FALLBACK_FONT_FAMILY = 'TikTok Sans';

/** One registered face: a family at one weight, and where its file lives. */
export interface SceneFontFace {
  family: string;
  weight: number;
  packageName: string;
  /** Path inside the package, e.g. "files/inter-latin-700-normal.woff2". */
  file: string;
  /** `packageName/file`, resolvable with Node's resolver or a bundler. */
  specifier: string;
}

function faceOf(entry: SceneFontFamily, weight: number): SceneFontFace {
  const file = `files/${entry.fileStem}-latin-${weight}-normal.woff2`;
  return {
    family: entry.family,
    weight,
    packageName: entry.packageName,
    file,
    specifier: `${entry.packageName}/${file}`,
  };
}

/** Every face both sides register. */
export const SCENE_FONT_FACES: readonly SceneFontFace[] = SCENE_FONT_FAMILIES.flatMap((entry) =>
  entry.weights.map((weight) => faceOf(entry, weight)),
);

function familyEntry(family: string): SceneFontFamily {
  const wanted = family.trim().toLowerCase();
  const found = SCENE_FONT_FAMILIES.find((entry) => entry.family.toLowerCase() === wanted);
  if (found) return found;
  const fallback = SCENE_FONT_FAMILIES.find((entry) => entry.family === FALLBACK_FONT_FAMILY);
  if (!fallback) throw new Error(`the fallback font "${FALLBACK_FONT_FAMILY}" is not in the table`);
  return fallback;
}

/**
 * The shipped face closest to `family` at `weight`: the same family (or the fallback family) at
 * the nearest shipped weight, the heavier one on a tie (captions read better bold).
 */
export function resolveFontFace(family: string, weight: number): SceneFontFace {
  const entry = familyEntry(family);
  let best = entry.weights[0] ?? 400;
  for (const candidate of entry.weights) {
    const distance = Math.abs(candidate - weight);
    const bestDistance = Math.abs(best - weight);
    if (distance < bestDistance || (distance === bestDistance && candidate > best)) {
      best = candidate;
    }
  }
  return faceOf(entry, best);
}

/** A stable name for a face, e.g. "Inter@700"; keys the metrics table. */
export function fontFaceKey(face: { family: string; weight: number }): string {
  return `${face.family}@${face.weight}`;
}
