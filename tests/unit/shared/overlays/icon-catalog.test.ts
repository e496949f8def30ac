import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  IconCatalogError,
  iconCatalogFromMetadata,
  iconCategories,
  iconOverlayId,
  parseIconReference,
} from '../../../../shared/overlays/icon-catalog';
import { iconOverlaySchema } from '../../../../shared/model';

const require = createRequire(import.meta.url);
const metadata: unknown = JSON.parse(
  readFileSync(require.resolve('healthicons/public/icons/meta-data.json'), 'utf8'),
);

describe('iconCatalogFromMetadata', () => {
  const catalog = iconCatalogFromMetadata(metadata);

  it('lists every icon of the installed package once, with its category, title and own tags', () => {
    expect(catalog).toHaveLength(690);
    expect(new Set(catalog.map((entry) => entry.path)).size).toBe(catalog.length);
    const lungs = catalog.find((entry) => entry.path === 'body/lungs');
    expect(lungs).toMatchObject({ category: 'body', name: 'lungs', title: 'Lungs' });
    expect(lungs?.tags.length).toBeGreaterThan(0);
    // Machine tags such as "dhis2:lungs" are the package's plumbing, not words to search.
    expect(catalog.some((entry) => entry.tags.some((tag) => tag.includes(':')))).toBe(false);
  });

  it('keeps the package names with capitals and "!" and they are valid overlay ids', () => {
    const odd = ['typography/A', 'symbols/FHIR_logo', 'typography/!'];
    for (const path of odd) {
      expect(catalog.map((entry) => entry.path)).toContain(path);
      const overlay = {
        id: 'ovl_1',
        kind: 'icon',
        iconId: iconOverlayId(path, 'outline'),
        start: 0,
        end: 1000,
        transform: [{ t: 0, x: 0.5, y: 0.5, scale: 1, rotation: 0, opacity: 1, easing: 'linear' }],
        enter: { type: 'none', durationMs: 0, easing: 'linear' },
        exit: { type: 'none', durationMs: 0, easing: 'linear' },
        fill: '#FFFFFF',
        outline: '#000000',
        sizePx: 100,
      };
      expect(iconOverlaySchema.safeParse(overlay).success).toBe(true);
    }
  });

  it('is sorted by category, then title', () => {
    const keys = catalog.map((entry) => `${entry.category}\u0000${entry.title}`);
    const sorted = [...catalog]
      .sort((a, b) => a.category.localeCompare(b.category) || a.title.localeCompare(b.title))
      .map((entry) => `${entry.category}\u0000${entry.title}`);
    expect(keys).toEqual(sorted);
  });

  it('refuses metadata that is not a list of icons, and paths that could leave the folder', () => {
    expect(() => iconCatalogFromMetadata({ icons: [] })).toThrow(IconCatalogError);
    const escape = [{ id: 'x', category: 'body', path: '../secret', title: 'X', tags: [] }];
    expect(() => iconCatalogFromMetadata(escape)).toThrow(/unusable path "\.\.\/secret"/);
    const deep = [{ id: 'x', category: 'body', path: 'body/a/b', title: 'X' }];
    expect(() => iconCatalogFromMetadata(deep)).toThrow(/unusable path/);
  });

  it('names an icon after its file when the title is blank', () => {
    const [entry] = iconCatalogFromMetadata([
      { id: 'a', category: 'body', path: 'body/big_toe', title: ' ', tags: ['Foot'] },
    ]);
    expect(entry).toEqual({
      path: 'body/big_toe',
      category: 'body',
      name: 'big_toe',
      title: 'big toe',
      tags: ['Foot'],
    });
  });
});

describe('iconCategories', () => {
  it('counts the icons of each category, alphabetically, with readable labels', () => {
    const categories = iconCategories(iconCatalogFromMetadata(metadata));
    expect(categories.map((category) => category.id)).toEqual(
      [...categories.map((category) => category.id)].sort(),
    );
    expect(categories.find((category) => category.id === 'body')).toEqual({
      id: 'body',
      label: 'Body',
      count: 46,
    });
    expect(categories.find((category) => category.id === 'ppe')?.label).toBe('PPE');
    expect(categories.reduce((sum, category) => sum + category.count, 0)).toBe(690);
  });
});

describe('parseIconReference / iconOverlayId', () => {
  it('reads the style prefix and round-trips with iconOverlayId', () => {
    expect(parseIconReference('body/lungs')).toEqual({ style: 'filled', path: 'body/lungs' });
    expect(parseIconReference(' outline/body/lungs ')).toEqual({
      style: 'outline',
      path: 'body/lungs',
    });
    expect(parseIconReference('filled/body/lungs')).toEqual({
      style: 'filled',
      path: 'body/lungs',
    });
    expect(iconOverlayId('body/lungs', 'outline')).toBe('outline/body/lungs');
    expect(iconOverlayId('body/lungs', 'filled')).toBe('body/lungs');
  });

  it('rejects what is not shaped like an icon id', () => {
    for (const text of ['lungs', 'striped/body/lungs', '../etc/passwd', 'body/lu ngs', '']) {
      expect(parseIconReference(text)).toBeUndefined();
    }
  });
});
