import { describe, expect, it } from 'vitest';
import { applyCommand, invocation } from '../../../../shared/commands';
import type { ProjectDocument } from '../../../../shared/model';
import { applyAll, expectInverseRestores, sampleDoc } from '../fixtures';

function docWithCitations(): ProjectDocument {
  return {
    ...sampleDoc(),
    citations: [
      { id: 'cit_1', csl: { type: 'article-journal', title: 'Trial A' } },
      { id: 'cit_2', csl: { type: 'webpage', title: 'Guideline B', URL: 'https://example.org' } },
    ],
  };
}

const words = [
  { text: 'Call', start: 0, end: 300 },
  { text: '999', start: 300, end: 900 },
];

describe('caption.add', () => {
  it('adds a cue with the default style and no citations', () => {
    const doc = expectInverseRestores(
      sampleDoc(),
      invocation('caption.add', { id: 'cue_1', start: 0, end: 1500, text: 'Call 999' }),
    );
    expect(doc.tracks.captions).toEqual([
      {
        id: 'cue_1',
        start: 0,
        end: 1500,
        text: 'Call 999',
        styleId: 'style-clean',
        citationIds: [],
      },
    ]);
  });

  it('keeps word timings, style and citations', () => {
    const doc = expectInverseRestores(
      docWithCitations(),
      invocation('caption.add', {
        id: 'cue_1',
        start: 500,
        end: 1500,
        text: 'Call 999',
        words,
        styleId: 'style-highlight',
        citationIds: ['cit_2'],
      }),
    );
    expect(doc.tracks.captions[0]).toMatchObject({
      words,
      styleId: 'style-highlight',
      citationIds: ['cit_2'],
    });
  });

  it('refuses unknown styles and citations, and a cue that ends before it starts', () => {
    const doc = sampleDoc();
    expect(() =>
      applyCommand(
        doc,
        invocation('caption.add', { id: 'c', start: 0, end: 10, text: 'x', styleId: 'style-x' }),
      ),
    ).toThrow(/caption style "style-x" does not exist/);
    expect(() =>
      applyCommand(
        doc,
        invocation('caption.add', {
          id: 'c',
          start: 0,
          end: 10,
          text: 'x',
          citationIds: ['cit_9'],
        }),
      ),
    ).toThrow(/citation "cit_9" does not exist/);
    const backwards = () =>
      applyCommand(doc, invocation('caption.add', { id: 'c', start: 10, end: 5, text: 'x' }));
    expect(backwards).toThrow(/caption\.add: end: a cue must end after it starts/);
  });
});

describe('caption.update and caption.remove', () => {
  const base = () =>
    applyAll(docWithCitations(), [
      invocation('caption.add', {
        id: 'cue_1',
        start: 0,
        end: 1000,
        text: 'One',
        words: [{ text: 'One', start: 0, end: 800 }],
      }),
      invocation('caption.add', { id: 'cue_2', start: 1000, end: 2000, text: 'Two' }),
    ]);

  it('changes only the given fields and undoes exactly', () => {
    const doc = expectInverseRestores(
      base(),
      invocation('caption.update', {
        id: 'cue_2',
        text: 'Two!',
        end: 2500,
        citationIds: ['cit_1', 'cit_2'],
      }),
    );
    expect(doc.tracks.captions[1]).toEqual({
      id: 'cue_2',
      start: 1000,
      end: 2500,
      text: 'Two!',
      styleId: 'style-clean',
      citationIds: ['cit_1', 'cit_2'],
    });
  });

  it('sets and clears optional fields with null, restoring them on undo', () => {
    const cleared = expectInverseRestores(
      base(),
      invocation('caption.update', { id: 'cue_1', words: null }),
    );
    expect(cleared.tracks.captions[0]).not.toHaveProperty('words');
    const moved = expectInverseRestores(
      base(),
      invocation('caption.update', { id: 'cue_2', overrides: { position: { x: 0.5, y: 0.3 } } }),
    );
    expect(moved.tracks.captions[1]?.overrides).toEqual({ position: { x: 0.5, y: 0.3 } });
  });

  it('validates the updated cue as a whole', () => {
    // Shortening the cue would leave its word past the end.
    expect(() =>
      applyCommand(base(), invocation('caption.update', { id: 'cue_1', end: 500 })),
    ).toThrow(/invalid|word ends at 800 ms/);
    expect(() => applyCommand(base(), { name: 'caption.update', args: { id: 'cue_1' } })).toThrow(
      /at least one field/,
    );
    expect(() =>
      applyCommand(base(), invocation('caption.update', { id: 'cue_9', text: 'x' })),
    ).toThrow(/caption "cue_9" does not exist/);
  });

  it('caption.remove restores the cue in place', () => {
    const doc = expectInverseRestores(base(), invocation('caption.remove', { id: 'cue_1' }));
    expect(doc.tracks.captions.map((cue) => cue.id)).toEqual(['cue_2']);
  });
});
