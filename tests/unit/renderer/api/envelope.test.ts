import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/api';
import { parseEventPayload, unwrapEnvelope } from '../../../../renderer/api/envelope';

function caught(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}

describe('unwrapEnvelope', () => {
  it('returns a result that matches the contract', () => {
    expect(unwrapEnvelope('project.apply', { ok: true, result: { seq: 4 } })).toEqual({ seq: 4 });
  });

  it('throws the engine error with its code, message and details', () => {
    const error = caught(() =>
      unwrapEnvelope('project.open', {
        ok: false,
        error: {
          code: 'not-found',
          message: 'No project at /x.medclip',
          details: { path: '/x.medclip' },
        },
      }),
    );
    expect(error.code).toBe('not-found');
    expect(error.message).toBe('No project at /x.medclip');
    expect(error.details).toEqual({ path: '/x.medclip' });
  });

  it('refuses a result that does not match the contract', () => {
    const error = caught(() =>
      unwrapEnvelope('project.apply', { ok: true, result: { seq: 'four' } }),
    );
    expect(error.code).toBe('invalid-response');
    expect(error.message).toContain('project.apply');
    expect(Array.isArray(error.details)).toBe(true);
  });

  it.each([null, 'text', [], { result: 1 }, { ok: 'yes' }])(
    'refuses a non-envelope %j',
    (envelope) => {
      expect(caught(() => unwrapEnvelope('app.info', envelope)).code).toBe('invalid-response');
    },
  );

  it('refuses an error envelope without a code', () => {
    expect(
      caught(() => unwrapEnvelope('app.info', { ok: false, error: { message: 'x' } })).code,
    ).toBe('invalid-response');
  });
});

describe('parseEventPayload', () => {
  it('accepts a payload that matches the contract and rejects one that does not', () => {
    expect(parseEventPayload('project.saved', { projectId: 'p1', seq: 3 })).toEqual({
      projectId: 'p1',
      seq: 3,
    });
    expect(parseEventPayload('project.saved', { projectId: 'p1' })).toBeUndefined();
    expect(parseEventPayload('menu', { action: 'format-disk' })).toBeUndefined();
  });
});
