import { describe, expect, it } from 'vitest';
import { citationSchema, cslItemSchema } from '../../../../shared/model/citations';

const article = {
  id: 'smith2020',
  type: 'article-journal',
  title: 'Hand hygiene in clinical practice',
  author: [{ family: 'Smith', given: 'Ann' }, { literal: 'WHO Collaborating Group' }],
  issued: { 'date-parts': [[2020, 5, 1]] },
  'container-title': 'BMJ',
  DOI: '10.1136/bmj.m1234',
  PMID: '32345678',
  volume: 369,
  issue: '8',
  page: 'm1234',
};

describe('cslItemSchema', () => {
  it('accepts a typical journal article', () => {
    expect(cslItemSchema.parse(article)).toEqual(article);
  });

  it('keeps CSL fields it does not type, nested ones included', () => {
    const extended = {
      ...article,
      abstract: 'Background…',
      'original-date': { 'date-parts': [[1999]] },
      custom: { a: [1] },
    };
    expect(cslItemSchema.parse(extended)).toEqual(extended);
    const name = { family: 'Smith', given: 'Ann', 'dropping-particle': 'van' };
    expect(cslItemSchema.parse({ ...article, author: [name] }).author?.[0]).toEqual(name);
  });

  it('refuses wrong types in the typed fields', () => {
    expect(cslItemSchema.safeParse({ ...article, type: undefined }).success).toBe(false);
    expect(cslItemSchema.safeParse({ ...article, DOI: 10 }).success).toBe(false);
    expect(cslItemSchema.safeParse({ ...article, author: 'Smith' }).success).toBe(false);
    expect(
      cslItemSchema.safeParse({ ...article, issued: { 'date-parts': [[2020, 1, 1, 1]] } }).success,
    ).toBe(false);
  });
});

describe('citationSchema', () => {
  it('wraps a CSL item with our own id and an optional note', () => {
    const citation = { id: 'cit_1', csl: article, note: 'Figure 2' };
    expect(citationSchema.parse(citation)).toEqual(citation);
    expect(citationSchema.safeParse({ id: 'has space', csl: article }).success).toBe(false);
  });
});
