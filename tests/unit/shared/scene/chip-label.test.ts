import { describe, expect, it } from 'vitest';
import {
  CHIP_LABEL_MAX_LENGTH,
  authorPart,
  citationShortLabel,
  yearOf,
} from '../../../../shared/scene/chip-label';
import type { CslItem } from '../../../../shared/model';
import { CITATION } from './scene-fixtures';

const article = (extra: Partial<CslItem>): CslItem => ({ type: 'article-journal', ...extra });

describe('citationShortLabel', () => {
  it('writes "First et al., Journal Year" for three or more authors', () => {
    expect(citationShortLabel(CITATION.csl)).toBe('Smith et al., N Engl J Med 2023');
  });

  it('names one author, or two joined with "&"', () => {
    const base = { issued: { 'date-parts': [[2019]] }, 'container-title': 'Lancet' };
    expect(citationShortLabel(article({ ...base, author: [{ family: 'Okafor' }] }))).toBe(
      'Okafor, Lancet 2019',
    );
    expect(
      citationShortLabel(article({ ...base, author: [{ family: 'Okafor' }, { family: 'Ruiz' }] })),
    ).toBe('Okafor & Ruiz, Lancet 2019');
  });

  it('uses an organisation as author and drops a publisher that repeats it', () => {
    const who = {
      type: 'report',
      author: [{ literal: 'World Health Organization' }],
      publisher: 'World Health Organization',
      issued: { raw: 'March 2024' },
    };
    expect(citationShortLabel(who)).toBe('World Health Organization, 2024');
  });

  it('falls back to the title without authors, and to "Source" with nothing', () => {
    expect(citationShortLabel({ type: 'webpage', title: 'Hypertension facts' })).toBe(
      'Hypertension facts',
    );
    expect(citationShortLabel({ type: 'webpage' })).toBe('Source');
  });

  it('shortens long labels at a word with an ellipsis', () => {
    const label = citationShortLabel(
      article({
        author: [{ family: 'Smith' }],
        'container-title':
          'Journal of Extraordinarily Long Names in Cardiovascular Research and Practice',
        issued: { 'date-parts': [[2020]] },
      }),
    );
    expect(label.length).toBeLessThanOrEqual(CHIP_LABEL_MAX_LENGTH);
    expect(label.endsWith('…')).toBe(true);
    expect(label.startsWith('Smith, Journal of')).toBe(true);
  });
});

describe('parts', () => {
  it('takes editors when there are no authors', () => {
    expect(authorPart(article({ editor: [{ family: 'Ng' }] }))).toBe('Ng');
  });

  it('reads the year from date parts (numbers or strings) or raw text', () => {
    expect(yearOf({ 'date-parts': [['2021', 3]] })).toBe('2021');
    expect(yearOf({ literal: 'Spring 1998' })).toBe('1998');
    expect(yearOf(undefined)).toBe('');
  });
});
