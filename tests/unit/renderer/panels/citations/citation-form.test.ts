import { describe, expect, it } from 'vitest';
import {
  EMPTY_CITATION_FORM,
  citationFromForm,
  formFromCsl,
  parseAuthors,
} from '../../../../../renderer/panels/citations/citation-form';

const filled = {
  ...EMPTY_CITATION_FORM,
  authors: 'Smith, Jane A\nJones, Bo\nWorld Health Organization',
  title: '  Statins and stroke ',
  journal: 'N Engl J Med',
  year: '2023',
  doi: 'https://doi.org/10.1056/NEJMoa2034577',
  pmid: 'PMID: 32931596',
};

describe('citation form', () => {
  it('reads "Family, Given" per line and keeps other lines as written', () => {
    expect(parseAuthors('Smith, Jane\n\n  World  Health Organization ;Lee,')).toEqual([
      { family: 'Smith', given: 'Jane' },
      { literal: 'World Health Organization' },
      { family: 'Lee' },
    ]);
  });

  it('makes a CSL item with bare, validated identifiers', () => {
    expect(citationFromForm(filled)).toEqual({
      ok: true,
      csl: {
        type: 'article-journal',
        title: 'Statins and stroke',
        author: [
          { family: 'Smith', given: 'Jane A' },
          { family: 'Jones', given: 'Bo' },
          { literal: 'World Health Organization' },
        ],
        'container-title': 'N Engl J Med',
        issued: { 'date-parts': [[2023]] },
        DOI: '10.1056/NEJMoa2034577',
        PMID: '32931596',
      },
    });
  });

  it('refuses a bad DOI, PMID, year and a missing title, each with its reason', () => {
    const result = citationFromForm({
      ...EMPTY_CITATION_FORM,
      year: '23',
      doi: '10.12/abc',
      pmid: '123456789',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.title).toMatch(/title/);
    expect(result.errors.year).toMatch(/"23" is not a year/);
    expect(result.errors.doi).toMatch(/4–9 digit registrant/);
    expect(result.errors.pmid).toMatch(/at most 8 digits/);
  });

  it('round-trips a stored item and keeps the fields the form does not show', () => {
    const stored = {
      type: 'article-journal',
      title: 'Old',
      author: [{ family: 'Smith', given: 'Jane' }, { literal: 'WHO' }],
      'container-title': 'Lancet',
      'container-title-short': 'Lancet',
      issued: { 'date-parts': [[2020]] },
      volume: '12',
      DOI: '10.1000/xyz',
    };
    const values = formFromCsl(stored);
    expect(values).toMatchObject({ authors: 'Smith, Jane\nWHO', year: '2020', doi: '10.1000/xyz' });
    const result = citationFromForm({ ...values, title: 'New', doi: '' }, stored);
    expect(result).toEqual({
      ok: true,
      csl: {
        type: 'article-journal',
        title: 'New',
        author: [{ family: 'Smith', given: 'Jane' }, { literal: 'WHO' }],
        'container-title': 'Lancet',
        'container-title-short': 'Lancet',
        issued: { 'date-parts': [[2020]] },
        volume: '12',
      },
    });
  });
});
