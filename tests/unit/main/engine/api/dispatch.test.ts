import { describe, expect, it } from 'vitest';
import { dispatchCall } from '../../../../../main/engine/api/dispatch';
import { EngineError } from '../../../../../main/engine/errors';

describe('dispatchCall', () => {
  it('rejects unknown methods and invalid requests before any handler runs', async () => {
    let ran = false;
    const handlers = { 'project.close': () => ((ran = true), { closed: true }) };
    expect(await dispatchCall(handlers, 'nope', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-method' },
    });
    const bad = await dispatchCall(handlers, 'project.close', { projectId: 7 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(ran).toBe(false);
    expect(await dispatchCall(handlers, 'project.close', { projectId: 'p' })).toEqual({
      ok: true,
      result: { closed: true },
    });
  });

  it('says when a host lacks a call', async () => {
    const r = await dispatchCall({}, 'dialog.openFiles', { kind: 'media', multiple: true });
    expect(r).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });

  it('catches a response that breaks the contract', async () => {
    const r = await dispatchCall(
      { 'project.close': () => ({ closed: 'yes' }) as never },
      'project.close',
      { projectId: 'p' },
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('keeps the code of typed errors', async () => {
    const r = await dispatchCall(
      {
        'project.close': () => {
          throw new EngineError('project-locked', 'x is open in another window');
        },
      },
      'project.close',
      { projectId: 'p' },
    );
    expect(r).toEqual({
      ok: false,
      error: { code: 'project-locked', message: 'x is open in another window' },
    });
  });
});
