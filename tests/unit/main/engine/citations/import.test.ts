import { describe, expect, it } from 'vitest';
import {
  detectCitationFormat,
  previewCitationImport,
} from '../../../../../main/engine/citations/import';
import { EngineError } from '../../../../../main/engine/errors';
import { bibtexCaseText, findable, readJson, readOwn, type CaseTable } from './fixtures';

const bibtexCases = readJson<Record<string, CaseTable>>('plugin-bibtex/test/input.json')[
  '@biblatex/text'
]!;
const risCases = readJson<Record<string, CaseTable>>('plugin-ris/test/input.json')['@ris/file']!;

function engineErrorOf(work: () => unknown): EngineError {
  try {
    work();
  } catch (error) {
    if (error instanceof EngineError) return error;
    throw error;
  }
  throw new Error('expected an EngineError');
}

describe('previewCitationImport over citation-js’s own test files', () => {
  it.each(Object.entries(bibtexCases))(
    'BibTeX %s gives the expected CSL-JSON',
    (name, [input, expected]) => {
      const result = previewCitationImport(bibtexCaseText(name, input), 'bibtex');
      expect(result.format).toBe('bibtex');
      expect(result.entries.map((entry) => entry.csl)).toEqual(expected.filter(findable));
      // Items with nothing to find the source by are listed, never silently dropped.
      expect(result.problems).toHaveLength(expected.filter((item) => !findable(item)).length);
      for (const problem of result.problems) expect(problem.reason).toMatch(/no title, DOI/);
    },
  );

  it.each(Object.entries(risCases))(
    'RIS %s gives the expected CSL-JSON',
    (_name, [input, expected]) => {
      const result = previewCitationImport(input as string, 'ris');
      expect(result.entries.map((entry) => entry.csl)).toEqual(expected.filter(findable));
      expect(result.entries.length + result.problems.length).toBe(expected.length);
    },
  );

  it('detects each format from the text itself', () => {
    expect(detectCitationFormat(bibtexCaseText('with one simple entry', null))).toBe('bibtex');
    expect(detectCitationFormat('TY  - JOUR\nTI  - x\nER  - ')).toBe('ris');
    expect(detectCitationFormat(readOwn('mixed.json'))).toBe('csl-json');
    expect(detectCitationFormat('Smith J. A title. BMJ. 2020.')).toBeNull();
    expect(previewCitationImport(readOwn('mixed.ris')).format).toBe('ris');
  });
});

describe('previewCitationImport with malformed entries imports the valid ones and lists the rest', () => {
  it('BibTeX: a syntax error costs only its entry; @string still resolves after it', () => {
    const result = previewCitationImport(readOwn('mixed.bib'));
    expect(result.entries.map((entry) => entry.label)).toEqual([
      'Polack et al., N Engl J Med 2020',
      'World Health Organization, 2022',
    ]);
    expect(result.entries[0]?.csl).toMatchObject({
      'container-title': 'N Engl J Med',
      DOI: '10.1056/NEJMoa2034577',
      PMID: '33301246',
      page: '2603-2615',
    });
    expect(result.problems).toEqual([
      {
        entry: 2,
        key: 'broken2021',
        reason: expect.stringMatching(/^BibTeX syntax error in the entry at line 16: .*line 21/),
      },
      {
        entry: 3,
        key: 'baddoi2019',
        reason: expect.stringContaining('"BMJ-2019-1234" is not a DOI'),
      },
      { entry: 4, key: 'bare2018', reason: expect.stringContaining('no title, DOI, PMID or URL') },
      { entry: 5, key: 'polack2020', reason: 'the key "polack2020" is already used by entry 1' },
    ]);
  });

  it('RIS: an unknown record type and a record with nothing to find are listed', () => {
    const result = previewCitationImport(readOwn('mixed.ris'), 'auto');
    expect(result.entries.map((entry) => entry.csl.type)).toEqual(['article-journal', 'report']);
    expect(result.entries[0]?.csl).toMatchObject({
      DOI: '10.1136/bjsports-2013-093398',
      page: '1543-1552',
    });
    expect(result.problems).toEqual([
      { entry: 2, key: 'oddtype', reason: 'unknown RIS record type "WXYZ"' },
      { entry: 3, reason: expect.stringContaining('no title, DOI, PMID or URL') },
    ]);
  });

  it('CSL-JSON: non-objects, missing types, bad identifiers and wrong field types', () => {
    const result = previewCitationImport(readOwn('mixed.json'), 'csl-json');
    expect(result.entries.map((entry) => entry.csl.id)).toEqual(['hall1957', 'pmidonly']);
    expect(result.problems).toEqual([
      { entry: 2, reason: 'not a CSL-JSON object' },
      { entry: 3, key: 'notype', reason: expect.stringContaining('no "type"') },
      { entry: 4, key: 'badpmid', reason: expect.stringContaining('not a PMID') },
      { entry: 5, key: 'numtitle', reason: expect.stringMatching(/^not valid CSL-JSON: title/) },
    ]);
  });

  it('fails with a typed error when nothing can be read at all', () => {
    expect(engineErrorOf(() => previewCitationImport('  \n')).code).toBe('empty');
    expect(engineErrorOf(() => previewCitationImport('\uFEFF')).code).toBe('empty');
    expect(engineErrorOf(() => previewCitationImport('Smith J. A title.')).code).toBe(
      'unknown-format',
    );
    const truncated = engineErrorOf(() => previewCitationImport(readOwn('truncated.json')));
    expect(truncated.code).toBe('invalid-json');
    expect(truncated.message).toMatch(/not valid JSON/);
    expect(engineErrorOf(() => previewCitationImport('hello', 'ris')).code).toBe('no-entries');
    expect(engineErrorOf(() => previewCitationImport('hello', 'bibtex')).code).toBe('no-entries');
  });

  it('never treats URL-looking text as something to fetch', () => {
    expect(engineErrorOf(() => previewCitationImport('https://doi.org/10.1056/x')).code).toBe(
      'unknown-format',
    );
  });
});
