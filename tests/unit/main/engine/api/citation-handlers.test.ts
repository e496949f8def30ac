import { describe, expect, it } from 'vitest';
import { createCitationHandlers } from '../../../../../main/engine/api/citation-handlers';
import { dispatchCall } from '../../../../../main/engine/api/dispatch';
import type { HandlerDeps } from '../../../../../main/engine/api/handlers';
import { EngineError } from '../../../../../main/engine/errors';
import { createDocument } from '../../../../../shared/model';

const doc = {
  ...createDocument({ id: 'prj_citeapi00', name: 'API' }),
  citations: [{ id: 'cit_1', csl: { type: 'book', title: 'Knee pain', publisher: 'WHO' } }],
};

const deps = {
  sessions: {
    get(projectId: string) {
      if (projectId !== 'p1') throw new EngineError('not-found', `No open project "${projectId}"`);
      return { document: doc };
    },
  },
} as unknown as HandlerDeps;

let fetched = 0;
const handlers = createCitationHandlers(deps, {
  fetch: () => {
    fetched += 1;
    return Promise.reject(new TypeError('fetch failed'));
  },
});

describe('citation calls through the contract', () => {
  it('previews an import and checks the response against the contract', async () => {
    const result = await dispatchCall(handlers, 'citations.previewImport', {
      projectId: 'p1',
      text: 'TY  - BOOK\nTI  - Knee pain\nER  - \nTY  - ZZZ\nER  - \n',
    });
    expect(result).toEqual({
      ok: true,
      result: {
        format: 'ris',
        entries: [{ csl: { type: 'book', title: 'Knee pain' }, label: 'Knee pain' }],
        problems: [{ entry: 2, reason: 'unknown RIS record type "ZZZ"' }],
      },
    });
  });

  it('formats the project’s references, Vancouver unless asked', async () => {
    expect(await dispatchCall(handlers, 'citations.format', { projectId: 'p1' })).toEqual({
      ok: true,
      result: {
        style: 'vancouver',
        references: [{ citationId: 'cit_1', number: 1, text: 'Knee pain. WHO.' }],
      },
    });
    const apa = await dispatchCall(handlers, 'citations.format', { projectId: 'p1', style: 'apa' });
    expect(apa).toMatchObject({ ok: true, result: { style: 'apa' } });
  });

  it('keeps lookups offline by default and names the failure when allowed but offline', async () => {
    expect(
      await dispatchCall(handlers, 'citations.lookup', { projectId: 'p1', doi: '10.1056/x' }),
    ).toMatchObject({ ok: false, error: { code: 'network-disabled' } });
    expect(fetched).toBe(0);
    expect(
      await dispatchCall(handlers, 'citations.lookup', {
        projectId: 'p1',
        pmid: '33301246',
        allowNetwork: true,
      }),
    ).toMatchObject({ ok: false, error: { code: 'offline' } });
    expect(fetched).toBe(1);
    expect(
      await dispatchCall(handlers, 'citations.lookup', {
        projectId: 'p1',
        doi: '10.1/x',
        pmid: '1',
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('refuses unknown projects', async () => {
    expect(
      await dispatchCall(handlers, 'citations.previewImport', { projectId: 'p9', text: '[]' }),
    ).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
