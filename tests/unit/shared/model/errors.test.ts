import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  DocumentValidationError,
  formatIssuePath,
  summarizeIssues,
} from '../../../../shared/model/errors';

describe('document errors', () => {
  it('formats paths the way people read them', () => {
    expect(formatIssuePath(['tracks', 'video', 2, 'out'])).toBe('tracks.video[2].out');
    expect(formatIssuePath([])).toBe('(document)');
    expect(formatIssuePath([0, 'x'])).toBe('[0].x');
  });

  it('lists the first few issues and counts the rest', () => {
    const issues = Array.from({ length: 7 }, (_, index) => ({ path: `p${index}`, message: 'bad' }));
    expect(summarizeIssues(issues, 2)).toBe('p0: bad; p1: bad; and 5 more');
    expect(summarizeIssues(issues.slice(0, 1))).toBe('p0: bad');
  });

  it('builds a DocumentValidationError from a zod error', () => {
    const result = z.object({ a: z.object({ b: z.number() }) }).safeParse({ a: { b: 'x' } });
    if (result.success) throw new Error('expected failure');
    const error = DocumentValidationError.fromZodError(result.error, 'bad input');
    expect(error.name).toBe('DocumentValidationError');
    expect(error.issues).toEqual([{ path: 'a.b', message: expect.stringMatching(/number/) }]);
    expect(error.message).toMatch(/^bad input: a\.b: /);
  });
});
