import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { EngineError } from '../errors';

/**
 * Anatomy and health icons from the `healthicons` package (v2), which ships every icon as a
 * 48x48 SVG in two styles under `public/icons/svg/{filled,outline}/<category>/<name>.svg`, with
 * `public/icons/meta-data.json` listing id, category, title and tags. An icon id is the path
 * "category/name" (e.g. "body/heart_organ") for the filled style; "outline/category/name" picks
 * the outline style ("filled/…" is accepted too).
 */

const require = createRequire(import.meta.url);
const packageRoot = dirname(require.resolve('healthicons/package.json'));
export const HEALTHICONS_SVG_DIR = join(packageRoot, 'public', 'icons', 'svg');
const META_DATA_FILE = join(packageRoot, 'public', 'icons', 'meta-data.json');

export type IconStyle = 'filled' | 'outline';

// Capitals and "!" occur in the package's own names ("typography/A", "typography/!").
const ICON_ID = /^(?:(filled|outline)\/)?([A-Za-z0-9_!-]+)\/([A-Za-z0-9_!-]+)$/;

export interface ParsedIconId {
  style: IconStyle;
  category: string;
  name: string;
}

export function parseIconId(iconId: string): ParsedIconId {
  const match = ICON_ID.exec(iconId);
  if (match === null || match[2] === undefined || match[3] === undefined) {
    throw new EngineError(
      'icon-invalid-id',
      `"${iconId}" is not a healthicons id; use "category/name" (e.g. "body/heart_organ"), optionally prefixed "outline/"`,
    );
  }
  return {
    style: (match[1] as IconStyle | undefined) ?? 'filled',
    category: match[2],
    name: match[3],
  };
}

/** The SVG file of an icon id; throws `icon-not-found` when the package has no such icon. */
export function iconSvgPath(iconId: string): string {
  const { style, category, name } = parseIconId(iconId);
  const file = join(HEALTHICONS_SVG_DIR, style, category, `${name}.svg`);
  if (!existsSync(file)) {
    throw new EngineError('icon-not-found', `healthicons has no icon "${iconId}" (${style})`);
  }
  return file;
}

const svgCache = new Map<string, string>();

/** The icon's SVG text, read once per process. */
export function readIconSvg(iconId: string): string {
  const cached = svgCache.get(iconId);
  if (cached !== undefined) return cached;
  const svg = readFileSync(iconSvgPath(iconId), 'utf8');
  svgCache.set(iconId, svg);
  return svg;
}

export interface IconInfo {
  /** The id to put in an icon overlay, e.g. "body/heart_organ". */
  id: string;
  category: string;
  title: string;
  tags: string[];
}

let catalogue: IconInfo[] | undefined;

/** Every icon the package ships, from its own metadata (for pickers and the demo). */
export function listIcons(): IconInfo[] {
  if (catalogue === undefined) {
    const entries = JSON.parse(readFileSync(META_DATA_FILE, 'utf8')) as {
      path: string;
      category: string;
      title: string;
      tags?: string[];
    }[];
    catalogue = entries.map((entry) => ({
      id: entry.path,
      category: entry.category,
      title: entry.title,
      tags: (entry.tags ?? []).filter((tag) => !tag.includes(':')),
    }));
  }
  return catalogue;
}
