import { describe, expect, it } from 'vitest';
import { applyCommand, invocation } from '../../../../shared/commands';
import { applyAll, expectInverseRestores, sampleDoc } from '../fixtures';

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

describe('citation.update, reference style and cue links', () => {
  const withCue = () =>
    applyAll(sampleDoc(), [
      invocation('citation.add', { id: 'cit_1', csl }),
      invocation('citation.add', { id: 'cit_2', csl: { ...csl, DOI: '10.1000/second' } }),
      invocation('caption.add', { id: 'cue_1', start: 0, end: 1500, text: 'Risk falls 20%' }),
    ]);

  it('citation.add stores DOI and PMID bare and refuses invalid ones with the reason', () => {
    const doc = applyCommand(
      sampleDoc(),
      invocation('citation.add', {
        id: 'cit_url',
        csl: { ...csl, DOI: 'https://doi.org/10.1136/x', PMID: 'PMID: 123' },
      }),
    ).doc;
    expect(doc.citations[0]?.csl).toMatchObject({ DOI: '10.1136/x', PMID: '123' });
    expect(() =>
      applyCommand(
        sampleDoc(),
        invocation('citation.add', { id: 'cit_bad', csl: { ...csl, PMID: 'PMC123' } }),
      ),
    ).toThrow(/not a PMID: a PMID is digits only/);
  });

  it('citation.update replaces the CSL item and note, and undoes both', () => {
    const doc = expectInverseRestores(
      withCue(),
      invocation('citation.update', {
        id: 'cit_1',
        csl: { ...csl, title: 'Corrected title', PMID: '24418818' },
        note: 'Table 2',
      }),
    );
    expect(doc.citations[0]).toMatchObject({
      csl: { title: 'Corrected title', PMID: '24418818' },
      note: 'Table 2',
    });
    const cleared = expectInverseRestores(
      doc,
      invocation('citation.update', { id: 'cit_1', note: null }),
    );
    expect(cleared.citations[0]).not.toHaveProperty('note');
    expect(() =>
      applyCommand(doc, invocation('citation.update', { id: 'cit_1', csl: { ...csl, DOI: 'x' } })),
    ).toThrow(/not a DOI/);
    expect(() =>
      applyCommand(doc, invocation('citation.update', { id: 'cit_9', note: 'n' })),
    ).toThrow(/citation "cit_9" does not exist/);
  });

  it('citation.setReferenceStyle stores APA and null restores the Vancouver default', () => {
    const apa = expectInverseRestores(
      sampleDoc(),
      invocation('citation.setReferenceStyle', { style: 'apa' }),
    );
    expect(apa.referenceStyle).toBe('apa');
    const reset = expectInverseRestores(
      apa,
      invocation('citation.setReferenceStyle', { style: null }),
    );
    expect(reset).not.toHaveProperty('referenceStyle');
  });

  it('links and unlinks a cue and a citation, keeping the position on undo', () => {
    let doc = expectInverseRestores(
      withCue(),
      invocation('caption.linkCitation', { cueId: 'cue_1', citationId: 'cit_1' }),
    );
    doc = applyCommand(
      doc,
      invocation('caption.linkCitation', { cueId: 'cue_1', citationId: 'cit_2', index: 0 }),
    ).doc;
    expect(doc.tracks.captions[0]?.citationIds).toEqual(['cit_2', 'cit_1']);
    const unlinked = expectInverseRestores(
      doc,
      invocation('caption.unlinkCitation', { cueId: 'cue_1', citationId: 'cit_2' }),
    );
    expect(unlinked.tracks.captions[0]?.citationIds).toEqual(['cit_1']);
  });

  it('refuses links to missing things, twice the same link, and unlinking what is not linked', () => {
    const doc = withCue();
    expect(() =>
      applyCommand(
        doc,
        invocation('caption.linkCitation', { cueId: 'cue_1', citationId: 'cit_x' }),
      ),
    ).toThrow(/citation "cit_x" does not exist/);
    expect(() =>
      applyCommand(
        doc,
        invocation('caption.linkCitation', { cueId: 'cue_x', citationId: 'cit_1' }),
      ),
    ).toThrow(/caption "cue_x" does not exist/);
    const linked = applyCommand(
      doc,
      invocation('caption.linkCitation', { cueId: 'cue_1', citationId: 'cit_1' }),
    ).doc;
    expect(() =>
      applyCommand(
        linked,
        invocation('caption.linkCitation', { cueId: 'cue_1', citationId: 'cit_1' }),
      ),
    ).toThrow(/already cites/);
    expect(() =>
      applyCommand(
        doc,
        invocation('caption.unlinkCitation', { cueId: 'cue_1', citationId: 'cit_2' }),
      ),
    ).toThrow(/does not cite "cit_2"/);
  });
});
