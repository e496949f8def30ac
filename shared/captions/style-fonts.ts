import { SCENE_FONT_FAMILIES } from '../scene/fonts';

/** The bundled font families a caption style can use (shared/scene/fonts.ts). */
export function bundledFontFamilies(): string[] {
  return SCENE_FONT_FAMILIES.map((entry) => entry.family);
}

/** The weights bundled for `family`, or [] when the family is not bundled. */
export function bundledFontWeights(family: string): number[] {
  const entry = SCENE_FONT_FAMILIES.find((candidate) => candidate.family === family);
  return entry === undefined ? [] : [...entry.weights];
}

/** Why `family` at `weight` cannot be drawn exactly as asked, or null when it is bundled. */
export function bundledFontProblem(family: string, weight: number): string | null {
  const weights = bundledFontWeights(family);
  if (weights.length === 0) {
    return `font "${family}" is not bundled (choose ${bundledFontFamilies().join(', ')})`;
  }
  if (!weights.includes(weight)) {
    return `${family} is bundled at weights ${weights.join(', ')}, not ${weight}`;
  }
  return null;
}
