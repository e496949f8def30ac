import { describe, expect, it } from 'vitest';
import { sniffImageMime } from '../../../../../main/engine/api/asset-handlers';

describe('sniffImageMime with SVG', () => {
  it('recognises SVG markup, with or without an XML declaration', () => {
    const svg = (text: string) => sniffImageMime(Buffer.from(text));
    expect(svg('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>')).toBe(
      'image/svg+xml',
    );
    expect(svg('<?xml version="1.0"?>\n<svg width="1" height="1"></svg>')).toBe('image/svg+xml');
  });

  it('does not take other text or HTML for SVG', () => {
    expect(sniffImageMime(Buffer.from('hello <svg>'))).toBeNull();
    expect(sniffImageMime(Buffer.from('<html><body></body></html>'))).toBeNull();
  });
});
