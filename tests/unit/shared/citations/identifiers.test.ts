import { describe, expect, it } from 'vitest';
import {
  DOI_PATTERN,
  doiUrl,
  validateDoi,
  validatePmid,
} from '../../../../shared/citations/identifiers';

describe('validateDoi', () => {
  it('accepts bare DOIs and strips resolver URLs and "doi:" labels', () => {
    expect(validateDoi('10.1056/NEJMoa2034577')).toEqual({
      ok: true,
      value: '10.1056/NEJMoa2034577',
    });
    for (const text of [
      '  doi:10.1056/NEJMoa2034577 ',
      'DOI: 10.1056/NEJMoa2034577',
      'https://doi.org/10.1056/NEJMoa2034577',
      'http://dx.doi.org/10.1056/NEJMoa2034577',
      'doi.org/10.1056/NEJMoa2034577',
      'https://doi.org/10.1056%2FNEJMoa2034577',
    ]) {
      expect(validateDoi(text), text).toEqual({ ok: true, value: '10.1056/NEJMoa2034577' });
    }
    // Suffixes may hold any non-space character, including more slashes and brackets.
    expect(
      validateDoi('10.1002/(SICI)1097-0258(19980815/30)17:15/16<1661::AID-SIM968>3.0.CO;2-2'),
    ).toMatchObject({ ok: true });
  });

  it('refuses with a reason that says what is wrong', () => {
    expect(validateDoi('')).toMatchObject({ ok: false, problem: 'empty' });
    expect(validateDoi('NEJMoa2034577')).toMatchObject({
      ok: false,
      problem: 'not-a-doi',
      reason: expect.stringContaining('starts with "10."'),
    });
    expect(validateDoi('10.12/abc')).toMatchObject({
      ok: false,
      problem: 'doi-prefix',
      reason: expect.stringContaining('4–9 digit registrant code'),
    });
    expect(validateDoi('10.1056')).toMatchObject({
      ok: false,
      problem: 'doi-suffix',
      reason: expect.stringContaining('followed by "/"'),
    });
    expect(validateDoi('10.1056/')).toMatchObject({
      ok: false,
      problem: 'doi-suffix',
      reason: expect.stringContaining('nothing follows'),
    });
    expect(validateDoi('10.1056/NEJM oa')).toMatchObject({
      ok: false,
      problem: 'doi-suffix',
      reason: expect.stringContaining('spaces'),
    });
    expect(validateDoi('https://example.org/10.1056/x')).toMatchObject({ ok: false });
  });

  it('every accepted value matches the documented pattern and resolves at doi.org', () => {
    const result = validateDoi('doi:10.1136/bjsports-2013-093398');
    expect(result.ok && DOI_PATTERN.test(result.value)).toBe(true);
    expect(doiUrl('10.1136/bjsports-2013-093398')).toBe(
      'https://doi.org/10.1136/bjsports-2013-093398',
    );
  });
});

describe('validatePmid', () => {
  it('accepts 1–8 digits, with a "PMID:" label or a PubMed URL', () => {
    expect(validatePmid('32931596')).toEqual({ ok: true, value: '32931596' });
    expect(validatePmid('7')).toEqual({ ok: true, value: '7' });
    expect(validatePmid('PMID: 32931596')).toEqual({ ok: true, value: '32931596' });
    expect(validatePmid('pmid32931596')).toEqual({ ok: true, value: '32931596' });
    expect(validatePmid('https://pubmed.ncbi.nlm.nih.gov/32931596/')).toEqual({
      ok: true,
      value: '32931596',
    });
  });

  it('refuses letters, more than 8 digits and a leading zero, saying which', () => {
    expect(validatePmid(' ')).toMatchObject({ ok: false, problem: 'empty' });
    expect(validatePmid('PMC7543851')).toMatchObject({
      ok: false,
      problem: 'not-a-pmid',
      reason: expect.stringContaining('digits only'),
    });
    expect(validatePmid('123456789')).toMatchObject({
      ok: false,
      problem: 'pmid-length',
      reason: expect.stringContaining('at most 8 digits'),
    });
    expect(validatePmid('0123')).toMatchObject({ ok: false, problem: 'pmid-zero' });
    expect(validatePmid('12 34')).toMatchObject({ ok: false, problem: 'not-a-pmid' });
  });
});
