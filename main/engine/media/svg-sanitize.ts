import { DOMParser } from 'linkedom';

/**
 * Makes an SVG from disk safe to draw: an allow-list of drawing elements rebuilt into fresh
 * markup, so nothing that was not checked can reach librsvg (probe, thumbnails), Skia (export)
 * or the browser (preview). Scripts, event handlers, <foreignObject>, animations (they can set
 * links) and every reference outside the file (http:, https:, file:, relative paths,
 * javascript:; only `#fragment` and embedded raster `data:image/...` stay) are removed, as are
 * doctypes (external entities), processing instructions (xml-stylesheet) and comments.
 *
 * DOMPurify is not used: with linkedom's window it reports `isSupported: false` (linkedom has no
 * `document.implementation`) and then returns its input unchanged. linkedom parses; the rules
 * and the serialiser are here.
 */

export const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
const XLINK_NAMESPACE = 'http://www.w3.org/1999/xlink';
export const MAX_SVG_BYTES = 10 * 1024 * 1024;
const MAX_DEPTH = 200;
const MAX_ELEMENTS = 200_000;

export type SvgRemovalReason =
  | 'script'
  | 'event-handler'
  | 'external-reference'
  | 'foreign-object'
  | 'animation'
  | 'not-allowed';

export interface SvgRemoval {
  /** `<script>`, `onload` on <svg>, `href` on <use>... */
  what: string;
  reason: SvgRemovalReason;
}

export interface SanitizedSvg {
  /** Well-formed SVG markup with an XML declaration. */
  svg: string;
  removed: SvgRemoval[];
  width: number | null;
  height: number | null;
}

export type SvgRefusalCode = 'too-large' | 'not-svg' | 'too-complex' | 'no-size';

export class SvgRefusedError extends Error {
  constructor(
    readonly code: SvgRefusalCode,
    message: string,
  ) {
    super(message);
    this.name = 'SvgRefusedError';
  }
}

const DRAWING_ELEMENTS = new Set([
  'svg',
  'g',
  'defs',
  'symbol',
  'use',
  'switch',
  'title',
  'desc',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'textPath',
  'image',
  'linearGradient',
  'radialGradient',
  'stop',
  'pattern',
  'clipPath',
  'mask',
  'marker',
  'style',
  'filter',
  'feBlend',
  'feColorMatrix',
  'feComponentTransfer',
  'feComposite',
  'feConvolveMatrix',
  'feDiffuseLighting',
  'feDisplacementMap',
  'feDistantLight',
  'feDropShadow',
  'feFlood',
  'feFuncA',
  'feFuncB',
  'feFuncG',
  'feFuncR',
  'feGaussianBlur',
  'feMerge',
  'feMergeNode',
  'feMorphology',
  'feOffset',
  'fePointLight',
  'feSpecularLighting',
  'feSpotLight',
  'feTile',
  'feTurbulence',
]);
const ANIMATION_ELEMENTS = new Set([
  'animate',
  'animateMotion',
  'animateTransform',
  'set',
  'mpath',
]);
/** Links whose children are drawings: the children stay, the link goes. */
const UNWRAPPED_ELEMENTS = new Set(['a']);
/**
 * The only prefixed attributes kept: editors' own (inkscape:, sodipodi:...) go, with their
 * namespace declarations, so no undeclared prefix is left behind.
 */
const KEPT_PREFIXED = new Set(['xmlns', 'xmlns:xlink', 'xml:space', 'xml:lang']);
/** Attributes that change how other references resolve. */
const DROPPED_ATTRIBUTES = new Set(['xml:base', 'xlink:base']);

/** `data:` pictures an <image> may embed; an embedded SVG could carry its own scripts. */
const EMBEDDED_RASTER = /^data:image\/(?:png|jpeg|jpg|gif|webp);base64,[a-z0-9+/=\s]*$/i;
/** `url(...)` in attributes and CSS; only `url(#id)` stays inside the file. */
const CSS_URL = /url\s*\(\s*(['"]?)(.*?)\1\s*\)/gi;

function isLocalOrEmbedded(reference: string): boolean {
  const value = reference.trim();
  return value.startsWith('#') || EMBEDDED_RASTER.test(value);
}

/** Whether CSS text (a style attribute or element) only points inside the file. */
function cssStaysInside(css: string): boolean {
  // Escapes could hide "url(" or "@import" from the checks below: refuse CSS that uses any.
  if (/\\|@import|expression\s*\(|javascript:|behavior\s*:|-moz-binding/i.test(css)) return false;
  for (const match of css.matchAll(CSS_URL)) {
    if (!isLocalOrEmbedded(match[2] ?? '')) return false;
  }
  return true;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

// linkedom's node types, reduced to what the walk reads.
interface ParsedNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<ParsedNode>;
  getAttributeNames?: () => ArrayLike<string>;
  getAttribute?: (name: string) => string | null;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

/** The drawing size from width/height, else from the viewBox; percentages count as absent. */
function pixelSize(attributes: Map<string, string>): {
  width: number | null;
  height: number | null;
} {
  const absolute = (value: string | undefined) => {
    if (value === undefined || /%\s*$/.test(value)) return null;
    const number = Number.parseFloat(value);
    return Number.isFinite(number) && number > 0 ? number : null;
  };
  let width = absolute(attributes.get('width'));
  let height = absolute(attributes.get('height'));
  const box = (attributes.get('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const [, , boxWidth, boxHeight] = box;
  const hasBox = box.length === 4 && box.every(Number.isFinite) && boxWidth! > 0 && boxHeight! > 0;
  if (hasBox) {
    if (width === null && height === null) {
      width = boxWidth!;
      height = boxHeight!;
    } else if (width === null) width = (height! * boxWidth!) / boxHeight!;
    else if (height === null) height = (width * boxHeight!) / boxWidth!;
  }
  return { width, height };
}

class Sanitizer {
  readonly removed: SvgRemoval[] = [];
  private elements = 0;

  element(node: ParsedNode, depth: number, out: string[]): void {
    const name = node.nodeName;
    if (++this.elements > MAX_ELEMENTS) {
      throw new SvgRefusedError('too-complex', `it has over ${MAX_ELEMENTS} elements`);
    }
    if (depth > MAX_DEPTH) {
      throw new SvgRefusedError('too-complex', `its elements nest over ${MAX_DEPTH} deep`);
    }
    if (UNWRAPPED_ELEMENTS.has(name)) {
      this.removed.push({ what: `<${name}> link`, reason: 'external-reference' });
      this.children(node, depth, out);
      return;
    }
    if (!DRAWING_ELEMENTS.has(name)) {
      this.removed.push({ what: `<${name}>`, reason: this.elementReason(name) });
      return;
    }
    const attributes = this.attributes(node, name);
    if (name === 'style' && !cssStaysInside(node.textContent ?? '')) {
      this.removed.push({ what: '<style>', reason: 'external-reference' });
      return;
    }
    out.push(`<${name}`);
    for (const [key, value] of attributes) out.push(` ${key}="${escapeAttribute(value)}"`);
    out.push('>');
    if (name === 'style') out.push(escapeText(node.textContent ?? ''));
    else this.children(node, depth, out);
    out.push(`</${name}>`);
  }

  /** The attributes kept on one element, in document order. */
  attributes(node: ParsedNode, element: string): Map<string, string> {
    const kept = new Map<string, string>();
    for (const key of Array.from(node.getAttributeNames?.() ?? [])) {
      const value = node.getAttribute?.(key) ?? '';
      const lower = key.toLowerCase();
      const what = `${key} on <${element}>`;
      if (lower.startsWith('on')) {
        this.removed.push({ what, reason: 'event-handler' });
      } else if (DROPPED_ATTRIBUTES.has(lower)) {
        this.removed.push({ what, reason: 'external-reference' });
      } else if (lower === 'href' || lower.endsWith(':href') || lower === 'src') {
        if (isLocalOrEmbedded(value)) kept.set(key, value);
        else this.removed.push({ what, reason: 'external-reference' });
      } else if (KEPT_PREFIXED.has(lower) || /^[a-z][a-z0-9._-]*$/i.test(key)) {
        if (lower === 'style' || /url\s*\(|javascript:/i.test(value)) {
          if (cssStaysInside(value)) kept.set(key, value);
          else this.removed.push({ what, reason: 'external-reference' });
        } else kept.set(key, value);
      } else {
        this.removed.push({ what, reason: 'not-allowed' });
      }
    }
    return kept;
  }

  children(node: ParsedNode, depth: number, out: string[]): void {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === ELEMENT_NODE) this.element(child, depth + 1, out);
      else if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_NODE) {
        out.push(escapeText(child.textContent ?? ''));
      }
      // Comments and processing instructions are dropped.
    }
  }

  private elementReason(name: string): SvgRemovalReason {
    if (name.toLowerCase() === 'script') return 'script';
    if (name === 'foreignObject') return 'foreign-object';
    if (ANIMATION_ELEMENTS.has(name)) return 'animation';
    return 'not-allowed';
  }
}

/**
 * The SVG text rebuilt from its allowed parts, with what was removed and why. Refuses (a
 * `SvgRefusedError`) text that is not an SVG, is over 10 MB or absurdly deep, or gives no size
 * (neither width/height nor a viewBox): a picture needs one to be placed.
 */
export function sanitizeSvg(text: string): SanitizedSvg {
  if (text.length > MAX_SVG_BYTES) {
    throw new SvgRefusedError('too-large', `it is over ${MAX_SVG_BYTES / 1048576} MB of SVG text`);
  }
  // The doctype goes before parsing: an internal subset can declare (external) entities.
  const withoutDoctype = text.replace(/<!DOCTYPE(?:[^[>]*\[[\s\S]*?\])?[^>]*>/i, '');
  const doc = new DOMParser().parseFromString(withoutDoctype, 'image/svg+xml');
  const root = doc.documentElement as unknown as ParsedNode | null;
  if (root === null || root.nodeName !== 'svg') {
    throw new SvgRefusedError(
      'not-svg',
      `its top element is ${root ? `<${root.nodeName}>` : 'missing'}, not <svg>`,
    );
  }
  const namespace = root.getAttribute?.('xmlns');
  if (namespace !== null && namespace !== undefined && namespace !== SVG_NAMESPACE) {
    throw new SvgRefusedError('not-svg', `its <svg> is in the namespace "${namespace}"`);
  }
  const sanitizer = new Sanitizer();
  const rootAttributes = sanitizer.attributes(root, 'svg');
  const { width, height } = pixelSize(rootAttributes);
  if (width === null || height === null) {
    throw new SvgRefusedError(
      'no-size',
      'it gives no size: add width and height, or a viewBox, to its <svg> element',
    );
  }
  rootAttributes.set('xmlns', SVG_NAMESPACE);
  rootAttributes.set('width', String(Math.round(width * 1000) / 1000));
  rootAttributes.set('height', String(Math.round(height * 1000) / 1000));
  const usesXlink = /xlink:/.test([...rootAttributes.keys()].join(' ')) || /xlink:/.test(text);
  if (usesXlink) rootAttributes.set('xmlns:xlink', XLINK_NAMESPACE);
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n<svg'];
  for (const [key, value] of rootAttributes) out.push(` ${key}="${escapeAttribute(value)}"`);
  out.push('>');
  sanitizer.children(root, 0, out);
  out.push('</svg>\n');
  return { svg: out.join(''), removed: sanitizer.removed, width, height };
}

/** "a script, 2 event handlers and 1 external reference" — for messages to people. */
export function describeSvgRemovals(removed: readonly SvgRemoval[]): string {
  const labels: Record<SvgRemovalReason, [string, string]> = {
    script: ['script', 'scripts'],
    'event-handler': ['event handler', 'event handlers'],
    'external-reference': ['external reference', 'external references'],
    'foreign-object': ['<foreignObject>', '<foreignObject>s'],
    animation: ['animation', 'animations'],
    'not-allowed': ['unsupported part', 'unsupported parts'],
  };
  const counts = new Map<SvgRemovalReason, number>();
  for (const item of removed) counts.set(item.reason, (counts.get(item.reason) ?? 0) + 1);
  const parts = [...counts].map(([reason, count]) => {
    const [one, many] = labels[reason];
    return `${count} ${count === 1 ? one : many}`;
  });
  if (parts.length <= 1) return parts[0] ?? 'nothing';
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
