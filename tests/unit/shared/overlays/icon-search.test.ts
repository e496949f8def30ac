import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { iconCatalogFromMetadata } from '../../../../shared/overlays/icon-catalog';
import {
  editDistance,
  resolveIcon,
  searchIcons,
  suggestIcons,
} from '../../../../shared/overlays/icon-search';

const require = createRequire(import.meta.url);
const catalog = iconCatalogFromMetadata(
  JSON.parse(readFileSync(require.resolve('healthicons/public/icons/meta-data.json'), 'utf8')),
);
const paths = (text: string, category?: string) =>
  searchIcons(catalog, { text, ...(category === undefined ? {} : { category }) }).map(
    (entry) => entry.path,
  );

describe('searchIcons', () => {
  it('finds by name first: "lungs" puts body/lungs on top', () => {
    expect(paths('lungs')[0]).toBe('body/lungs');
  });

  it('finds by the package tags, not only names', () => {
    // "Tank" is the title of vehicles/war; "Army" only one of its tags.
    expect(paths('army')).toContain('vehicles/war');
    expect(paths('tank').slice(0, 3)).toContain('vehicles/war');
  });

  it('needs every word to match and narrows to a category', () => {
    const both = paths('heart organ');
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(paths('heart').length);
    expect(paths('heart', 'body').every((path) => path.startsWith('body/'))).toBe(true);
    expect(paths('zzzqqq')).toEqual([]);
  });

  it('finds by category name and lists a whole category for an empty query', () => {
    expect(paths('', 'ppe')).toHaveLength(14);
    expect(paths('')).toHaveLength(690);
    expect(paths('zoonoses').length).toBeGreaterThanOrEqual(11);
  });

  it('ignores letter case and underscores', () => {
    expect(paths('HEART_ORGAN')).toEqual(paths('heart organ'));
  });
});

describe('editDistance', () => {
  it('counts single-character edits', () => {
    expect(editDistance('lungs', 'lungs')).toBe(0);
    expect(editDistance('lungz', 'lungs')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('suggestIcons / resolveIcon', () => {
  it('suggests the closest names for a typo', () => {
    expect(suggestIcons(catalog, 'body/lungz')[0]).toBe('body/lungs');
    expect(suggestIcons(catalog, 'lungz')).toContain('body/lungs');
    expect(suggestIcons(catalog, 'organ/lungs')).toContain('body/lungs');
  });

  it('resolves ids in any letter case to the package spelling, keeping the style', () => {
    expect(resolveIcon(catalog, 'body/lungs')).toMatchObject({
      ok: true,
      iconId: 'body/lungs',
      style: 'filled',
    });
    expect(resolveIcon(catalog, 'outline/Body/Lungs')).toMatchObject({
      ok: true,
      iconId: 'outline/body/lungs',
    });
    expect(resolveIcon(catalog, 'typography/a')).toMatchObject({
      ok: true,
      iconId: 'typography/A',
    });
  });

  it('says why an id is refused, with suggestions', () => {
    const unknown = resolveIcon(catalog, 'body/lungz');
    expect(unknown).toEqual({
      ok: false,
      reason: 'healthicons has no icon "body/lungz"',
      suggestions: expect.arrayContaining(['body/lungs']) as unknown,
    });
    const malformed = resolveIcon(catalog, 'lungs');
    expect(malformed.ok).toBe(false);
    if (!malformed.ok) {
      expect(malformed.reason).toMatch(/not an icon id; use "category\/name"/);
      expect(malformed.suggestions).toContain('body/lungs');
    }
  });
});

describe('suggestIcons ranking', () => {
  it('puts what the words find before loose spellings', () => {
    const suggestions = suggestIcons(catalog, 'heart');
    expect(suggestions[0]).toBe('symbols/heart');
    expect(suggestions).toContain('body/heart_organ');
  });
});
