import { describe, expect, it } from 'vitest';
import { applyCommand, invocation } from '../../../../shared/commands';
import { expectInverseRestores, sampleDoc } from '../fixtures';

const csl = {
  type: 'article-journal',
  title: 'Fifty-five per cent return to competitive sport following ACL reconstruction surgery',
  author: [{ family: 'Ardern', given: 'Clare L' }],
  issued: { 'date-parts': [[2014]] },
  'container-title': 'Br J Sports Med',
  DOI: '10.1136/bjsports-2013-093398',
};

describe('citation commands', () => {
  it('citation.add and citation.remove undo each other', () => {
    const doc = expectInverseRestores(
      sampleDoc(),
      invocation('citation.add', { id: 'cit_1', csl }),
    );
    expect(doc.citations.map((c) => c.id)).toContain('cit_1');
    const removed = expectInverseRestores(doc, invocation('citation.remove', { id: 'cit_1' }));
    expect(removed.citations.map((c) => c.id)).not.toContain('cit_1');
  });

  it('refuses to remove a citation a cue still cites, naming the cue', () => {
    let doc = applyCommand(sampleDoc(), invocation('citation.add', { id: 'cit_1', csl })).doc;
    doc = applyCommand(
      doc,
      invocation('caption.add', {
        id: 'cue_cited',
        start: 0,
        end: 1000,
        text: 'A claim',
        citationIds: ['cit_1'],
      }),
    ).doc;
    expect(() => applyCommand(doc, invocation('citation.remove', { id: 'cit_1' }))).toThrow(
      /cue_cited/,
    );
  });
});
