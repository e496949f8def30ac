import { describe, expect, it } from 'vitest';
import { createDocument, type ProjectDocument } from '../../../../../shared/model';
import {
  buildDescription,
  citationsInOrderOfUse,
  descriptionHashtags,
  formatReference,
  toHashtag,
} from '../../../../../main/engine/export';
import { coverFrameArgs } from '../../../../../main/engine/export/cover-args';

const doc = (name: string): ProjectDocument => createDocument({ id: 'prj_description0', name });

describe('post description', () => {
  it('turns names into hashtags of letters, digits and underscores', () => {
    expect(toHashtag('Knee anatomy')).toBe('#KneeAnatomy');
    expect(toHashtag('#COVID-19 vaccine')).toBe('#COVID19Vaccine');
    expect(toHashtag('health')).toBe('#health');
    expect(toHashtag('Ärztliche Aufklärung')).toBe('#ÄrztlicheAufklärung');
    expect(toHashtag(' -- ')).toBeNull();
  });

  it('derives #health #medicine and the project name, then the caller’s tags, without repeats', () => {
    expect(
      descriptionHashtags(doc('Knee anatomy'), ['Orthopaedics', '#health', 'kneeanatomy']),
    ).toEqual(['#health', '#medicine', '#KneeAnatomy', '#Orthopaedics']);
    expect(buildDescription(doc('Hand hygiene'))).toBe(
      'Hand hygiene\n\n#health #medicine #HandHygiene\n',
    );
  });

  it('formats references with citation-js: Vancouver by default, APA on request', () => {
    const authors = Array.from({ length: 7 }, (_, i) => ({
      family: `Author${i + 1}`,
      given: 'Anna-Maria B.',
    }));
    expect(
      formatReference({
        type: 'article-journal',
        title: 'Why do knees hurt?',
        author: authors,
        'container-title': 'BMJ',
        issued: { 'date-parts': [[2021]] },
        volume: 372,
        page: 'n123',
        PMID: '33500000',
      }),
    ).toBe(
      'Author1 AMB, Author2 AMB, Author3 AMB, Author4 AMB, Author5 AMB, Author6 AMB, et al. Why do knees hurt? BMJ. 2021;372:n123. PubMed PMID: 33500000.',
    );
    expect(
      formatReference({
        type: 'webpage',
        title: 'Knee pain',
        author: [{ literal: 'World Health Organization' }],
        issued: { raw: 'March 2023' },
        URL: 'https://example.org/knee',
      }),
    ).toBe(
      'World Health Organization. Knee pain [Internet]. 2023. Available from: https://example.org/knee',
    );
    expect(
      formatReference(
        {
          type: 'webpage',
          title: 'Knee pain',
          author: [{ literal: 'World Health Organization' }],
          issued: { raw: 'March 2023' },
          URL: 'https://example.org/knee',
        },
        'apa',
      ),
    ).toBe('World Health Organization. (2023, March). Knee pain. https://example.org/knee');
  });

  it('numbers citations by first use in captions and chips, then the unused in library order', () => {
    const base = doc('Order');
    const cite = (id: string, title: string) => ({ id, csl: { type: 'book', title } });
    const ordered = citationsInOrderOfUse({
      ...base,
      citations: [cite('cit_a', 'A'), cite('cit_b', 'B'), cite('cit_c', 'C'), cite('cit_d', 'D')],
      tracks: {
        ...base.tracks,
        captions: [
          {
            id: 'cue_1',
            start: 5000,
            end: 6000,
            text: 'x',
            styleId: 's',
            citationIds: ['cit_c', 'cit_b'],
          },
        ],
        overlays: [{ kind: 'citationChip', citationId: 'cit_b', start: 1000 } as never],
      },
    });
    expect(ordered.map((citation) => citation.id)).toEqual(['cit_b', 'cit_c', 'cit_a', 'cit_d']);
  });

  it('builds the cover command: exact seek, first video frame, no metadata, absolute file URLs', () => {
    expect(
      coverFrameArgs('/v/export.mp4', { atMs: 1234, outputPath: '/v/.export.tmp.jpg' }),
    ).toEqual([
      '-hide_banner',
      '-nostats',
      '-v',
      'error',
      '-y',
      '-ss',
      '1.234',
      '-protocol_whitelist',
      'file',
      '-i',
      'file:/v/export.mp4',
      '-map',
      '0:v:0',
      '-frames:v',
      '1',
      '-map_metadata',
      '-1',
      '-flags:v',
      '+bitexact',
      '-q:v',
      '2',
      '-update',
      '1',
      '-f',
      'image2',
      'file:/v/.export.tmp.jpg',
    ]);
    expect(coverFrameArgs('/v/a.mp4', { atMs: 0, outputPath: '/v/a.jpg' })).not.toContain('-ss');
    expect(() => coverFrameArgs('relative.mp4', { atMs: 0, outputPath: '/v/a.jpg' })).toThrow(
      /absolute/,
    );
  });
});
