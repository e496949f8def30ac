import { describe, expect, it } from 'vitest';
import { ICON_OUTLINE_WIDTH, recolorIconSvg } from '../../../../shared/scene/icon-svg';

const HEART =
  '<svg width="48" height="48" viewBox="0 0 48 48" fill="none" xmlns="http://www.w3.org/2000/svg">\n' +
  '<path d="M1 1H2" fill="currentColor"/>\n<path d="M3 3H4" fill="currentColor"/>\n</svg>\n';

describe('recolorIconSvg', () => {
  it('draws an outline copy under the glyph in the overlay colours, at the asked size', () => {
    const svg = recolorIconSvg(HEART, { fill: '#E11D48', outline: '#FFFFFF' }, 240);
    expect(svg).toMatch(/^<svg [^>]*width="240" height="240" viewBox="0 0 48 48"/);
    expect(svg).not.toContain('currentColor');
    const outlineAt = svg.indexOf(`stroke="#ffffff"`);
    const glyphAt = svg.lastIndexOf('fill="#e11d48"');
    expect(outlineAt).toBeGreaterThan(0);
    expect(glyphAt).toBeGreaterThan(outlineAt);
    expect(svg).toContain(`stroke-width="${ICON_OUTLINE_WIDTH}"`);
    expect(svg.match(/<path /g)).toHaveLength(4);
  });

  it('turns #rrggbbaa into a colour and an opacity, and skips a transparent outline', () => {
    const svg = recolorIconSvg(HEART, { fill: '#00FF0080', outline: '#00000000' }, 48);
    expect(svg).toContain('fill="#00ff00" fill-opacity="0.502"');
    expect(svg).not.toContain('stroke=');
    expect(svg.match(/<path /g)).toHaveLength(2);
  });

  it('refuses text that is not an SVG document', () => {
    expect(() =>
      recolorIconSvg('<html></html>', { fill: '#000000', outline: '#000000' }, 10),
    ).toThrow(RangeError);
  });
});
