import { bundledFontFamilies, bundledFontWeights } from '../../../shared/captions/style-fonts';
import type { CommandArgs } from '../../../shared/commands';
import type { CaptionBrandBinding, CaptionStyle } from '../../../shared/model';
import type { SelectOption } from './fields';

/** What the style editor sends: any subset of a style's properties. */
export type StyleFields = Omit<CommandArgs<'captionStyle.update'>, 'id'>;

export const FONT_FAMILY_OPTIONS: readonly SelectOption<string>[] = bundledFontFamilies().map(
  (family) => ({ value: family, label: family }),
);

export function fontWeightOptions(family: string): SelectOption<string>[] {
  return bundledFontWeights(family).map((weight) => ({
    value: String(weight),
    label: String(weight),
  }));
}

/** The bundled weight of `family` nearest `weight` (the heavier on a tie), for a family switch. */
export function nearestBundledWeight(family: string, weight: number): number {
  const weights = bundledFontWeights(family);
  let best = weights[0] ?? weight;
  for (const candidate of weights) {
    const distance = Math.abs(candidate - weight);
    const bestDistance = Math.abs(best - weight);
    if (distance < bestDistance || (distance === bestDistance && candidate > best))
      best = candidate;
  }
  return best;
}

/** A family change that keeps the weight when the new family ships it, else the nearest one. */
export function fontFamilyChange(style: CaptionStyle, family: string): StyleFields {
  const weight = nearestBundledWeight(family, style.fontWeight);
  return weight === style.fontWeight
    ? { fontFamily: family }
    : { fontFamily: family, fontWeight: weight };
}

/** "Brand primary" when the property follows the brand kit, for the field's hint. */
export function brandHint(style: CaptionStyle, key: keyof CaptionBrandBinding): string | undefined {
  const token = style.brand?.[key];
  if (token === undefined) return undefined;
  return token === true ? 'Follows the brand font' : `Follows brand ${token}`;
}

export const DEFAULT_SHADOW = {
  color: '#00000099',
  blurPx: 8,
  offsetXPx: 0,
  offsetYPx: 3,
} as const;
export const DEFAULT_BOX = { color: '#000000', opacity: 0.8, paddingPx: 18, radiusPx: 12 } as const;
export const DEFAULT_POP = { fromScale: 0.7, durationMs: 140 } as const;
export const DEFAULT_SPEAKER_LABEL = {
  fontSizePx: 34,
  fontWeight: 700,
  fill: '#FFFFFF',
  background: '#0B5FA5',
  paddingPx: 12,
  radiusPx: 8,
  gapPx: 8,
} as const;
