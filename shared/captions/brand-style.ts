import type { BrandKit } from '../model/brand';
import type { BrandColorToken, CaptionBrandBinding, CaptionStyle } from '../model/captions';

/**
 * A caption style with its brand bindings resolved against `brand`: each bound property takes
 * the brand kit's current colour or font. Unbound properties keep their stored values.
 */
export function applyBrandKit(style: CaptionStyle, brand: BrandKit): CaptionStyle {
  const binding = style.brand;
  if (binding === undefined) return style;
  const color = (token: BrandColorToken | undefined, stored: string): string =>
    token === undefined ? stored : brand.colors[token];
  const resolved: CaptionStyle = {
    ...style,
    fontFamily: binding.fontFamily === true ? brand.fontFamily : style.fontFamily,
    fill: color(binding.fill, style.fill),
    highlight: color(binding.highlight, style.highlight),
    outline: { ...style.outline, color: color(binding.outlineColor, style.outline.color) },
  };
  if (style.shadow) {
    resolved.shadow = { ...style.shadow, color: color(binding.shadowColor, style.shadow.color) };
  }
  if (style.box) resolved.box = { ...style.box, color: color(binding.boxColor, style.box.color) };
  if (style.speakerLabel) {
    resolved.speakerLabel = {
      ...style.speakerLabel,
      fill: color(binding.speakerFill, style.speakerLabel.fill),
      background: color(binding.speakerBackground, style.speakerLabel.background),
    };
  }
  return resolved;
}

/** Which binding key each editable style property (by its path) is tied to. */
export const BRAND_BINDING_OF_PROPERTY: Readonly<Record<string, keyof CaptionBrandBinding>> = {
  fontFamily: 'fontFamily',
  fill: 'fill',
  highlight: 'highlight',
  'outline.color': 'outlineColor',
  'shadow.color': 'shadowColor',
  'box.color': 'boxColor',
  'speakerLabel.fill': 'speakerFill',
  'speakerLabel.background': 'speakerBackground',
};
