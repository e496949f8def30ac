import { describe, expect, it } from 'vitest';
import { findSameSource } from '../../../../shared/citations/duplicates';
import { citationsInOrderOfUse } from '../../../../shared/citations/reference-order';
import { createDocument } from '../../../../shared/model';

const citation = (id: string, csl: Record<string, string>) => ({
  id,
  csl: { type: 'article-journal', title: id, ...csl },
});

describe('findSameSource', () => {
  const library = [
    citation('cit_doi', { DOI: '10.1056/NEJMoa2034577' }),
    citation('cit_pmid', { PMID: '32931596' }),
    citation('cit_none', {}),
  ];

  it('matches by DOI regardless of case, or by PMID', () => {
    expect(findSameSource(library, { type: 'book', DOI: '10.1056/nejmoa2034577' })?.id).toBe(
      'cit_doi',
    );
    expect(findSameSource(library, { type: 'book', PMID: '32931596' })?.id).toBe('cit_pmid');
  });

  it('never calls items without identifiers the same, nor different identifiers', () => {
    expect(findSameSource(library, { type: 'book', title: 'cit_none' })).toBeUndefined();
    expect(findSameSource(library, { type: 'book', DOI: '10.1056/other' })).toBeUndefined();
  });
});

describe('citationsInOrderOfUse', () => {
  it('orders by first cue or chip use, then unused citations in library order', () => {
    const base = createDocument({ id: 'prj_orderuse0', name: 'Order' });
    const doc = {
      ...base,
      citations: [citation('cit_a', {}), citation('cit_b', {}), citation('cit_c', {})],
      tracks: {
        ...base.tracks,
        captions: [
          {
            id: 'cue_1',
            start: 4000,
            end: 5000,
            text: 'x',
            styleId: base.captionStyles[0]!.id,
            citationIds: ['cit_c'],
          },
        ],
      },
    };
    expect(citationsInOrderOfUse(doc).map((c) => c.id)).toEqual(['cit_c', 'cit_a', 'cit_b']);
  });
});
