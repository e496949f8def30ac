import { describe, expect, it } from 'vitest';
import { lookupCitation, type FetchLike } from '../../../../../main/engine/citations/lookup';
import { EngineError } from '../../../../../main/engine/errors';

interface Call {
  url: string;
  accept: string | undefined;
}

function fakeFetch(
  reply: { status: number; body?: unknown } | Error,
  calls: Call[] = [],
): FetchLike {
  return (url, init) => {
    calls.push({ url, accept: init.headers.Accept });
    if (reply instanceof Error) return Promise.reject(reply);
    return Promise.resolve({
      ok: reply.status >= 200 && reply.status < 300,
      status: reply.status,
      json: () =>
        reply.body === undefined
          ? Promise.reject(new SyntaxError('no body'))
          : Promise.resolve(reply.body),
    });
  };
}

async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    if (error instanceof EngineError) return error.code;
    throw error;
  }
  throw new Error('expected the lookup to fail');
}

/** Shaped like doi.org's CSL-JSON for a Crossref DOI (lists where CSL has one value). */
const crossrefCsl = {
  type: 'article-journal',
  title: 'Safety and Efficacy of the BNT162b2 mRNA Covid-19 Vaccine',
  'container-title': 'New England Journal of Medicine',
  'container-title-short': ['N Engl J Med'],
  ISSN: ['0028-4793', '1533-4406'],
  author: [{ given: 'Fernando P.', family: 'Polack', sequence: 'first', affiliation: [] }],
  issued: { 'date-parts': [[2020, 12, 31]] },
  DOI: '10.1056/NEJMoa2034577',
};

describe('lookupCitation', () => {
  it('is off unless the request allows the network, and then never calls out', async () => {
    const calls: Call[] = [];
    const fetch = fakeFetch({ status: 200, body: crossrefCsl }, calls);
    expect(await codeOf(lookupCitation({ doi: '10.1056/NEJMoa2034577' }, { fetch }))).toBe(
      'network-disabled',
    );
    expect(calls).toEqual([]);
  });

  it('refuses an invalid identifier before anything else', async () => {
    const fetch = fakeFetch({ status: 200, body: crossrefCsl });
    expect(await codeOf(lookupCitation({ doi: 'nope', allowNetwork: true }, { fetch }))).toBe(
      'invalid-identifier',
    );
    expect(await codeOf(lookupCitation({ pmid: 'PMC1', allowNetwork: true }, { fetch }))).toBe(
      'invalid-identifier',
    );
    expect(await codeOf(lookupCitation({ allowNetwork: true }, { fetch }))).toBe('invalid-request');
  });

  it('asks doi.org for CSL-JSON and returns the checked item with its chip label', async () => {
    const calls: Call[] = [];
    const found = await lookupCitation(
      { doi: 'https://doi.org/10.1056/NEJMoa2034577', allowNetwork: true },
      { fetch: fakeFetch({ status: 200, body: crossrefCsl }, calls) },
    );
    expect(calls).toEqual([
      {
        url: 'https://doi.org/10.1056/NEJMoa2034577',
        accept: 'application/vnd.citationstyles.csl+json',
      },
    ]);
    expect(found.csl).toMatchObject({ ISSN: '0028-4793', 'container-title-short': 'N Engl J Med' });
    expect(found.label).toBe('Polack, N Engl J Med 2020');
  });

  it('asks NCBI for a PMID', async () => {
    const calls: Call[] = [];
    await lookupCitation(
      { pmid: 'PMID: 33301246', allowNetwork: true },
      { fetch: fakeFetch({ status: 200, body: { ...crossrefCsl, PMID: '33301246' } }, calls) },
    );
    expect(calls[0]?.url).toBe(
      'https://api.ncbi.nlm.nih.gov/lit/ctxp/v1/pubmed/?format=csl&id=33301246',
    );
  });

  it('says offline when there is no connection, not-found for unknown identifiers', async () => {
    const request = { doi: '10.1056/NEJMoa2034577', allowNetwork: true };
    const down = fakeFetch(new TypeError('fetch failed'));
    expect(await codeOf(lookupCitation(request, { fetch: down }))).toBe('offline');
    expect(await codeOf(lookupCitation(request, { fetch: fakeFetch({ status: 503 }) }))).toBe(
      'offline',
    );
    expect(await codeOf(lookupCitation(request, { fetch: fakeFetch({ status: 404 }) }))).toBe(
      'not-found',
    );
    const unusable = fakeFetch({ status: 200, body: { title: 'no type' } });
    expect(await codeOf(lookupCitation(request, { fetch: unusable }))).toBe('not-found');
  });
});
