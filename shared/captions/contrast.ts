import { parseHexColor, relativeLuminance } from '../scene/color';

/**
 * WCAG 2 contrast of caption text against what is directly behind it. Colours may be
 * translucent (`#rrggbbaa`, a box's opacity), in which case what shows through depends on the
 * video; the contrast is then the worst over grey backdrops from black to white, so a caption
 * passes only if it reads on any frame.
 */

export interface ColorLayer {
  /** `#rrggbb` or `#rrggbbaa`. */
  color: string;
  /** Multiplies the colour's own alpha (a box's opacity); 1 when absent. */
  opacity?: number;
}

function toHex({ r, g, b }: { r: number; g: number; b: number }): string {
  const channel = (value: number) =>
    Math.round(Math.min(255, Math.max(0, value)))
      .toString(16)
      .padStart(2, '0');
  return `#${channel(r)}${channel(g)}${channel(b)}`;
}

/** `layer` painted over the opaque `below` (source-over, in sRGB as canvases do). */
function paintOver(below: string, layer: ColorLayer): string {
  const top = parseHexColor(layer.color);
  const under = parseHexColor(below);
  const alpha = top.a * (layer.opacity ?? 1);
  const mix = (a: number, b: number) => a * alpha + b * (1 - alpha);
  return toHex({ r: mix(top.r, under.r), g: mix(top.g, under.g), b: mix(top.b, under.b) });
}

/** WCAG contrast ratio of two opaque colours, 1 to 21. */
export function contrastRatio(first: string, second: string): number {
  const a = relativeLuminance(first);
  const b = relativeLuminance(second);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

function isOpaque(layer: ColorLayer): boolean {
  return parseHexColor(layer.color).a * (layer.opacity ?? 1) >= 1;
}

/** Styles are few and checked once per cue: results are kept (a small, bounded cache). */
const contrastCache = new Map<string, number>();
const CONTRAST_CACHE_SIZE = 256;

/**
 * Contrast of `text` painted over `background` layers (bottom first) over the video. With
 * every layer opaque this is the plain WCAG ratio; otherwise the lowest over the 256 grey
 * backdrops.
 */
export function worstContrast(text: ColorLayer, background: readonly ColorLayer[]): number {
  const key = JSON.stringify([text, background]);
  const cached = contrastCache.get(key);
  if (cached !== undefined) return cached;
  const opaque = [text, ...background].every(isOpaque);
  const backdrops = opaque
    ? ['#000000']
    : Array.from({ length: 256 }, (_, v) => toHex({ r: v, g: v, b: v }));
  let worst = Number.POSITIVE_INFINITY;
  for (const backdrop of backdrops) {
    const behind = background.reduce(paintOver, backdrop);
    worst = Math.min(worst, contrastRatio(paintOver(behind, text), behind));
  }
  if (contrastCache.size >= CONTRAST_CACHE_SIZE) contrastCache.clear();
  contrastCache.set(key, worst);
  return worst;
}
