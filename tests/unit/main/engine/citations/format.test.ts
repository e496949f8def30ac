import { describe, expect, it } from 'vitest';
import { formatCitations, formatReferences } from '../../../../../main/engine/citations/format';
import { buildDescription } from '../../../../../main/engine/export/description';
import { referenceList } from '../../../../../main/engine/export/references';
import { createDocument, type CslItem, type ProjectDocument } from '../../../../../shared/model';
import { readJson, type CaseTable } from './fixtures';

const bibliography = readJson<Record<string, CaseTable>>(
  'plugin-csl/test/output-data.json',
).bibliography!;

/** citation-js's expected string for a case, with the style's own leading number removed. */
function expectedText(name: string): { items: CslItem[]; text: string } {
  const [items, text] = bibliography[name]! as unknown as [CslItem[], string];
  return { items, text: text.replace(/^1\. /, '').trim() };
}

const cite = (id: string, csl: CslItem) => ({ id, csl });

function docWith(overrides: Partial<ProjectDocument>): ProjectDocument {
  return { ...createDocument({ id: 'prj_references0', name: 'Knee pain' }), ...overrides };
}

describe('formatCitations (citation-js, bundled templates, no network)', () => {
  it('matches citation-js’s own expected Vancouver and APA strings', () => {
    const vancouver = expectedText('non-default built-in style');
    expect(formatCitations([cite('cit_hall', vancouver.items[0]!)], 'vancouver')).toEqual([
      { citationId: 'cit_hall', number: 1, text: vancouver.text },
    ]);
    const apa = expectedText('default built-in style');
    expect(formatCitations([cite('cit_hall', apa.items[0]!)], 'apa')).toEqual([
      { citationId: 'cit_hall', number: 1, text: apa.text },
    ]);
  });

  it('keeps the given order for Vancouver and the alphabetical order for APA', () => {
    const zed = cite('cit_z', {
      type: 'book',
      title: 'Zed',
      author: [{ family: 'Zulu', given: 'Z' }],
    });
    const alpha = cite('cit_a', {
      type: 'book',
      title: 'Alpha',
      author: [{ family: 'Adams', given: 'A' }],
    });
    expect(formatCitations([zed, alpha], 'vancouver').map((r) => r.citationId)).toEqual([
      'cit_z',
      'cit_a',
    ]);
    const apa = formatCitations([zed, alpha], 'apa');
    expect(apa.map((r) => [r.number, r.citationId])).toEqual([
      [1, 'cit_a'],
      [2, 'cit_z'],
    ]);
    expect(apa[0]?.text).toBe('Adams, A. (n.d.). Alpha.');
    expect(formatCitations([], 'apa')).toEqual([]);
  });
});

describe('project references', () => {
  const hall = expectedText('non-default built-in style').items[0]!;
  const who: CslItem = {
    type: 'report',
    title: 'Global report on infection prevention and control',
    author: [{ literal: 'World Health Organization' }],
    publisher: 'World Health Organization',
    'publisher-place': 'Geneva',
    issued: { 'date-parts': [[2022]] },
  };

  it('number Vancouver by first use and follow the project’s style unless told otherwise', () => {
    const base = docWith({ citations: [cite('cit_hall', hall), cite('cit_who', who)] });
    const doc = docWith({
      ...base,
      tracks: {
        ...base.tracks,
        captions: [
          {
            id: 'cue_1',
            start: 1000,
            end: 2000,
            text: 'Infections fell',
            styleId: base.captionStyles[0]!.id,
            citationIds: ['cit_who'],
          },
        ],
      },
    });
    const vancouver = formatReferences(doc);
    expect(vancouver.style).toBe('vancouver');
    expect(vancouver.references.map((r) => r.citationId)).toEqual(['cit_who', 'cit_hall']);
    expect(vancouver.references[0]?.text).toBe(
      'World Health Organization. Global report on infection prevention and control. Geneva: World Health Organization; 2022.',
    );
    expect(formatReferences({ ...doc, referenceStyle: 'apa' }).style).toBe('apa');
    expect(formatReferences({ ...doc, referenceStyle: 'apa' }, 'vancouver').style).toBe(
      'vancouver',
    );
  });

  it('go into the description sidecar numbered, in the chosen style', () => {
    const doc = docWith({ citations: [cite('cit_hall', hall)], referenceStyle: 'apa' });
    const description = buildDescription(doc);
    expect(description).toContain(
      `References\n1. ${expectedText('default built-in style').text}\n`,
    );
    expect(referenceList(doc, 'vancouver')).toEqual([
      `1. ${expectedText('non-default built-in style').text}`,
    ]);
  });
});
