import { Image } from '@napi-rs/canvas';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  describeSvgRemovals,
  sanitizeSvg,
  SvgRefusedError,
} from '../../../../../main/engine/media/svg-sanitize';

const SVG_OPEN =
  '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="120" height="60">';

function svg(body: string, open = SVG_OPEN): string {
  return `${open}${body}</svg>`;
}

/** Every attribute name and value, and every element name, of the sanitised output. */
function inventory(markup: string): { elements: string[]; attributes: string[] } {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const elements: string[] = [];
  const attributes: string[] = [];
  const walk = (node: Element) => {
    elements.push(node.nodeName);
    for (const name of Array.from(node.getAttributeNames())) {
      attributes.push(`${name}=${node.getAttribute(name) ?? ''}`);
    }
    for (const child of Array.from(node.children)) walk(child);
  };
  walk(doc.documentElement as unknown as Element);
  return { elements, attributes };
}

describe('sanitizeSvg', () => {
  it('keeps a clean drawing as it is, and it still decodes', () => {
    const clean = svg(
      '<defs><linearGradient id="g"><stop offset="0" stop-color="#f00"/></linearGradient></defs>' +
        '<rect width="120" height="60" fill="url(#g)"/><circle cx="30" cy="30" r="20" style="fill: #00f"/>' +
        '<text x="5" y="50">a &amp; b &lt; c</text>',
    );
    const result = sanitizeSvg(clean);
    expect(result.removed).toEqual([]);
    expect(result.svg).toContain('fill="url(#g)"');
    expect(result.svg).toContain('a &amp; b &lt; c');
    expect(inventory(result.svg).elements).toEqual([
      'svg',
      'defs',
      'linearGradient',
      'stop',
      'rect',
      'circle',
      'text',
    ]);
    const image = new Image();
    image.src = Buffer.from(result.svg);
    expect([image.width, image.height]).toEqual([120, 60]);
  });

  it('removes scripts, event handlers and <foreignObject>', () => {
    const hostile = svg(
      '<script>alert(1)</script><script><![CDATA[fetch("http://x")]]></script>' +
        '<rect width="10" height="10" onclick="steal()" ONLOAD="x()"/>' +
        '<foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml" onclick="x()">hi</div></foreignObject>' +
        '<set attributeName="href" to="javascript:alert(1)"/>',
      SVG_OPEN.replace('>', ' onload="alert(2)">'),
    );
    const result = sanitizeSvg(hostile);
    const { elements, attributes } = inventory(result.svg);
    expect(elements).toEqual(['svg', 'rect']);
    expect(attributes.some((attribute) => /^on/i.test(attribute))).toBe(false);
    expect(result.svg).not.toMatch(/alert|steal|fetch|script|foreignObject|javascript/i);
    expect(result.removed.map((item) => item.reason).sort()).toEqual([
      'animation',
      'event-handler',
      'event-handler',
      'event-handler',
      'foreign-object',
      'script',
      'script',
    ]);
    expect(describeSvgRemovals(result.removed)).toBe(
      '3 event handlers, 2 scripts, 1 <foreignObject> and 1 animation',
    );
  });

  it('removes external references and keeps fragments and embedded rasters', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const hostile = svg(
      '<image href="http://evil.example/p.png" width="5" height="5"/>' +
        '<image xlink:href="file:///etc/passwd" width="5" height="5"/>' +
        '<image href="../secret.png" width="5" height="5"/>' +
        '<image href="data:image/svg+xml;base64,PHN2Zz4=" width="5" height="5"/>' +
        `<image href="${png}" width="5" height="5"/>` +
        '<use xlink:href="#shape"/><use href="https://x.example/a.svg#b"/>' +
        '<rect id="shape" width="5" height="5" fill="url(http://x.example/f)" xml:base="http://x/"/>' +
        '<a href="javascript:alert(1)"><circle r="4"/></a>' +
        '<style>@import url(http://x.example/a.css); rect { fill: red }</style>' +
        '<style>.c { fill: url(#g) }</style>' +
        '<circle r="2" style="background: url(https://x.example/t.png)"/>',
    );
    const result = sanitizeSvg(hostile);
    const withoutNamespaces = result.svg.replace(/xmlns(:xlink)?="[^"]*"/g, '');
    expect(withoutNamespaces).not.toMatch(/http|file:|secret|javascript|svg\+xml|@import/);
    const { elements, attributes } = inventory(result.svg);
    expect(attributes).toContain(`href=${png}`);
    expect(attributes).toContain('xlink:href=#shape');
    // The link goes, the circle inside it stays.
    expect(elements.filter((name) => name === 'circle')).toHaveLength(2);
    expect(result.svg).toContain('.c { fill: url(#g) }');
    expect(result.removed.every((item) => item.reason === 'external-reference')).toBe(true);
    expect(result.removed).toHaveLength(10);
  });

  it('drops doctypes, so declared entities never expand', () => {
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>' +
      '<?xml-stylesheet href="http://x.example/s.css"?>' +
      svg('<!-- note --><text>&x;</text>');
    const result = sanitizeSvg(xxe);
    expect(result.svg).not.toMatch(/DOCTYPE|ENTITY|passwd|stylesheet|note/);
    expect(result.svg).toContain('<text>&amp;x;</text>');
  });

  it("drops editors' metadata and their namespaces", () => {
    const inkscape =
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" viewBox="0 0 40 20">' +
      '<inkscape:grid/><g inkscape:label="Layer 1"><rect width="4" height="4"/></g></svg>';
    const result = sanitizeSvg(inkscape);
    expect(result.svg).not.toContain('inkscape');
    expect(result.removed.every((item) => item.reason === 'not-allowed')).toBe(true);
    const image = new Image();
    image.src = Buffer.from(result.svg);
    expect([image.width, image.height]).toEqual([40, 20]);
  });

  it('takes the size from the viewBox when width or height is missing or a percentage', () => {
    expect(
      sanitizeSvg('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 150"/>'),
    ).toMatchObject({ width: 300, height: 150 });
    expect(
      sanitizeSvg('<svg xmlns="http://www.w3.org/2000/svg" width="600" viewBox="0 0 300 150"/>'),
    ).toMatchObject({ width: 600, height: 300 });
    const percent = sanitizeSvg(
      '<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="0 0 30 10"/>',
    );
    expect(percent.svg).toContain('width="30" height="10"');
  });

  it('refuses what is not an SVG, or gives no size, with the reason', () => {
    const refusal = (text: string) => {
      try {
        sanitizeSvg(text);
      } catch (error) {
        expect(error).toBeInstanceOf(SvgRefusedError);
        return [(error as SvgRefusedError).code, (error as Error).message];
      }
      throw new Error('expected a refusal');
    };
    expect(refusal('<html><body>hi</body></html>')).toEqual([
      'not-svg',
      'its top element is <html>, not <svg>',
    ]);
    expect(refusal('<svg xmlns="http://example.com/other" width="1" height="1"/>')[0]).toBe(
      'not-svg',
    );
    expect(refusal('<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>')).toEqual([
      'no-size',
      'it gives no size: add width and height, or a viewBox, to its <svg> element',
    ]);
    expect(
      refusal('<svg width="1" height="1">' + '<g>'.repeat(300) + '</g>'.repeat(300) + '</svg>')[0],
    ).toBe('too-complex');
    expect(refusal(' '.repeat(10 * 1024 * 1024 + 1))[0]).toBe('too-large');
  });
});
