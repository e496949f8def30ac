/** `#rrggbb` or `#rrggbbaa` to channels 0..255 and alpha 0..1. */
export function parseHexColor(color: string): { r: number; g: number; b: number; a: number } {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})?$/i.exec(color);
  if (match === null) throw new RangeError(`"${color}" is not a #rrggbb or #rrggbbaa colour`);
  const channel = (hex: string | undefined) => parseInt(hex ?? 'ff', 16);
  return {
    r: channel(match[1]),
    g: channel(match[2]),
    b: channel(match[3]),
    a: channel(match[4]) / 255,
  };
}

/** WCAG relative luminance of a colour, 0 (black) to 1 (white). */
export function relativeLuminance(color: string): number {
  const { r, g, b } = parseHexColor(color);
  const linear = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** Black or white, whichever contrasts more with `background`. */
export function contrastingTextColor(background: string): string {
  const luminance = relativeLuminance(background);
  const withWhite = 1.05 / (luminance + 0.05);
  const withBlack = (luminance + 0.05) / 0.05;
  return withWhite >= withBlack ? '#FFFFFF' : '#000000';
}
