/**
 * The fonts the scene draws with. Both sides register exactly these files (latin subset, normal
 * style) from their `@fontsource/*` packages: the browser through `FontFace`, Node through
 * `@napi-rs/canvas`'s `GlobalFonts`. Any other family or weight in a document is resolved to one
 * of these faces first (see `resolveFontFace`), so preview and export always draw the same face.
 * Letters the latin faces lack (Arabic, Hebrew, Devanagari, emoji) come from the fallback
 * families below, which every text node names after its own family (`fontFamilyList`).
 */

export interface SceneFontFamily {
  /** The CSS family name, as the `@fontsource` package declares it. */
  family: string;
  /** The npm package that ships the files. */
  packageName: string;
  /** File name stem inside `<package>/files/`, e.g. "inter" in "inter-latin-400-normal.woff2". */
  fileStem: string;
  weights: readonly number[];
  /** The `@fontsource` subset in the file name; "latin" when absent. */
  subset?: string;
}

/** A family that draws the letters the scene's families lack. */
export interface FallbackFontFamily extends SceneFontFamily {
  subset: string;
  /** Code points the subset file maps (from the package's unicode.json), inclusive ranges. */
  codeRanges: readonly (readonly [number, number])[];
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

/**
 * Fallbacks, in the order a text node names them. Only the script subset of each is shipped:
 * Latin letters, digits and punctuation always come from the scene family itself. The emoji
 * file is the whole colour font (one file, so emoji sequences never straddle two files).
 */
export const SCENE_FALLBACK_FAMILIES: readonly FallbackFontFamily[] = [
  {
    family: 'Noto Sans Arabic',
    packageName: '@fontsource/noto-sans-arabic',
    fileStem: 'noto-sans-arabic',
    subset: 'arabic',
    weights: [400, 500, 600, 700, 800, 900],
    codeRanges: [
      [0x0600, 0x06ff],
      [0x0750, 0x077f],
      [0x0870, 0x088e],
      [0x0890, 0x0891],
      [0x0897, 0x08e1],
      [0x08e3, 0x08ff],
      [0xfb50, 0xfdff],
      [0xfe70, 0xfe74],
      [0xfe76, 0xfefc],
    ],
  },
  {
    family: 'Noto Sans Hebrew',
    packageName: '@fontsource/noto-sans-hebrew',
    fileStem: 'noto-sans-hebrew',
    subset: 'hebrew',
    weights: [400, 500, 600, 700, 800, 900],
    codeRanges: [
      [0x0590, 0x05ff],
      [0xfb1d, 0xfb4f],
    ],
  },
  {
    family: 'Noto Sans Devanagari',
    packageName: '@fontsource/noto-sans-devanagari',
    fileStem: 'noto-sans-devanagari',
    subset: 'devanagari',
    weights: [400, 500, 600, 700, 800, 900],
    codeRanges: [
      [0x0900, 0x097f],
      [0x1cd0, 0x1cf9],
      [0xa830, 0xa839],
      [0xa8e0, 0xa8ff],
    ],
  },
  {
    family: 'Noto Color Emoji',
    packageName: '@fontsource/noto-color-emoji',
    fileStem: 'noto-color-emoji',
    subset: 'emoji',
    weights: [400],
    // Emoji are found by Unicode property (text-measure.ts), not by range.
    codeRanges: [],
  },
];

export const EMOJI_FONT_FAMILY = 'Noto Color Emoji';

function faceOf(entry: SceneFontFamily, weight: number): SceneFontFace {
  const file = `files/${entry.fileStem}-${entry.subset ?? 'latin'}-${weight}-normal.woff2`;
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

/** Every fallback face both sides register. */
export const SCENE_FALLBACK_FACES: readonly SceneFontFace[] = SCENE_FALLBACK_FAMILIES.flatMap(
  (entry) => entry.weights.map((weight) => faceOf(entry, weight)),
);

/**
 * The family list a text node draws with: the scene family first, then every fallback, each
 * quoted, e.g. `"Inter", "Noto Sans Arabic", …, "Noto Color Emoji"`. The canvas takes each
 * character from the first family that has it, in the browser and in Skia alike.
 */
export function fontFamilyList(family: string): string {
  return [family, ...SCENE_FALLBACK_FAMILIES.map((entry) => entry.family)]
    .map((name) => `"${name.replace(/["\\]/g, '')}"`)
    .join(', ');
}

/** The fallback face of `entry` nearest `weight` (heavier on a tie), as for scene families. */
export function resolveFallbackFace(entry: FallbackFontFamily, weight: number): SceneFontFace {
  return faceOf(entry, nearestWeight(entry.weights, weight));
}

function nearestWeight(weights: readonly number[], weight: number): number {
  let best = weights[0] ?? 400;
  for (const candidate of weights) {
    const distance = Math.abs(candidate - weight);
    const bestDistance = Math.abs(best - weight);
    if (distance < bestDistance || (distance === bestDistance && candidate > best)) {
      best = candidate;
    }
  }
  return best;
}

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
  return faceOf(entry, nearestWeight(entry.weights, weight));
}

/** A stable name for a face, e.g. "Inter@700"; keys the metrics table. */
export function fontFaceKey(face: { family: string; weight: number }): string {
  return `${face.family}@${face.weight}`;
}
