import { z } from 'zod';

/**
 * The healthicons catalogue: every icon the package ships (filled and outline), from the
 * package's own `public/icons/meta-data.json`. The engine reads that file from node_modules and
 * hands its parsed JSON here, so the list can never drift from the installed package.
 */

export const ICON_STYLES = ['filled', 'outline'] as const;
export const iconStyleSchema = z.enum(ICON_STYLES);
export type IconStyle = z.infer<typeof iconStyleSchema>;

/** One record of healthicons' meta-data.json (fields we do not use are ignored). */
const metaEntrySchema = z.object({
  id: z.string().min(1),
  category: z.string().min(1),
  path: z.string().min(1),
  title: z.string(),
  tags: z.array(z.string()).default([]),
});

/**
 * A path segment of a healthicons file. The package names a few icons with capitals or "!"
 * ("typography/A", "symbols/FHIR_logo", "typography/!"); nothing that could leave the folder.
 */
const ICON_SEGMENT = /^[A-Za-z0-9_!-]+$/;

export const iconCatalogEntrySchema = z.object({
  /** "category/name", the id an icon overlay stores for the filled style. */
  path: z.string().min(3),
  category: z.string().min(1),
  name: z.string().min(1),
  title: z.string(),
  /** The package's own tags, without its machine tags such as "dhis2:heart". */
  tags: z.array(z.string()),
});
export type IconCatalogEntry = z.infer<typeof iconCatalogEntrySchema>;

export class IconCatalogError extends Error {
  readonly code = 'icon-catalog-invalid';
  constructor(message: string) {
    super(message);
    this.name = 'IconCatalogError';
  }
}

/** The catalogue from healthicons' parsed meta-data.json, sorted by category then title. */
export function iconCatalogFromMetadata(metadata: unknown): IconCatalogEntry[] {
  const parsed = z.array(metaEntrySchema).safeParse(metadata);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new IconCatalogError(
      `healthicons meta-data.json is not the expected list of icons (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'})`,
    );
  }
  const seen = new Set<string>();
  const entries: IconCatalogEntry[] = [];
  for (const raw of parsed.data) {
    const segments = raw.path.split('/');
    const [category, name] = segments;
    if (
      segments.length !== 2 ||
      category === undefined ||
      name === undefined ||
      !segments.every((segment) => ICON_SEGMENT.test(segment))
    ) {
      throw new IconCatalogError(`healthicons lists an icon with an unusable path "${raw.path}"`);
    }
    if (seen.has(raw.path)) continue;
    seen.add(raw.path);
    entries.push({
      path: raw.path,
      category,
      name,
      title: raw.title.trim() === '' ? name.replace(/_/g, ' ') : raw.title.trim(),
      tags: raw.tags.filter((tag) => !tag.includes(':')),
    });
  }
  return entries.sort(
    (a, b) => a.category.localeCompare(b.category) || a.title.localeCompare(b.title),
  );
}

/** The id an icon overlay stores: "body/lungs" for filled, "outline/body/lungs" for outline. */
export function iconOverlayId(path: string, style: IconStyle): string {
  return style === 'outline' ? `outline/${path}` : path;
}

export interface IconReference {
  style: IconStyle;
  /** "category/name" */
  path: string;
}

/**
 * Reads "category/name", "filled/category/name" or "outline/category/name"; undefined when the
 * text is not shaped like an icon id (whether the icon exists is the catalogue's business).
 */
export function parseIconReference(text: string): IconReference | undefined {
  const segments = text
    .trim()
    .replace(/^\/+|\/+$/g, '')
    .split('/');
  let style: IconStyle = 'filled';
  if (segments.length === 3) {
    const prefix = segments.shift();
    if (prefix !== 'filled' && prefix !== 'outline') return undefined;
    style = prefix;
  }
  if (segments.length !== 2 || !segments.every((segment) => ICON_SEGMENT.test(segment))) {
    return undefined;
  }
  return { style, path: segments.join('/') };
}

export interface IconCategory {
  id: string;
  /** "Body", "PPE"… for menus. */
  label: string;
  count: number;
}

const CATEGORY_LABELS: Readonly<Record<string, string>> = { ppe: 'PPE' };

function categoryLabel(id: string): string {
  return CATEGORY_LABELS[id] ?? id.charAt(0).toUpperCase() + id.slice(1);
}

/** The catalogue's categories with how many icons each holds, alphabetically. */
export function iconCategories(catalog: readonly IconCatalogEntry[]): IconCategory[] {
  const counts = new Map<string, number>();
  for (const entry of catalog) counts.set(entry.category, (counts.get(entry.category) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, count]) => ({ id, label: categoryLabel(id), count }));
}
