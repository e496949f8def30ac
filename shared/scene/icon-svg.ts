import { parseHexColor } from './color';

/** Outline stroke of a recoloured icon, in the icon's viewBox units (healthicons use 48). */
export const ICON_OUTLINE_WIDTH = 3;

export interface IconColors {
  fill: string;
  outline: string;
}

function paint(color: string, attribute: 'fill' | 'stroke'): string {
  const { r, g, b, a } = parseHexColor(color);
  const hex = `#${[r, g, b].map((value) => value.toString(16).padStart(2, '0')).join('')}`;
  return `${attribute}="${hex}" ${attribute}-opacity="${Number(a.toFixed(4))}"`;
}

/**
 * A healthicons SVG (paths filled with `currentColor`) redrawn in the overlay's colours at
 * `sizePx`: an outline copy stroked and filled in the outline colour underneath, the glyph in
 * the fill colour on top, so the icon reads over any footage. Plain string work, so the browser
 * and Node rasterise the very same markup.
 */
export function recolorIconSvg(svg: string, colors: IconColors, sizePx: number): string {
  const open = /<svg\b[^>]*>/i.exec(svg);
  const closeAt = svg.toLowerCase().lastIndexOf('</svg>');
  if (open === null || closeAt < open.index) throw new RangeError('not an SVG document');
  const inner = svg.slice(open.index + open[0].length, closeAt);
  const viewBox = /\bviewBox="([^"]+)"/i.exec(open[0])?.[1] ?? '0 0 48 48';
  const withPaint = (color: string) =>
    inner.replace(/\bfill="currentColor"/g, paint(color, 'fill'));
  const outlined =
    parseHexColor(colors.outline).a > 0
      ? `<g ${paint(colors.outline, 'stroke')} stroke-width="${ICON_OUTLINE_WIDTH}" ` +
        `stroke-linejoin="round">${withPaint(colors.outline)}</g>`
      : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${sizePx}" height="${sizePx}" ` +
    `viewBox="${viewBox}" fill="none">${outlined}<g>${withPaint(colors.fill)}</g></svg>`
  );
}
