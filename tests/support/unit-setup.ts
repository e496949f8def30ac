import { afterAll, vi } from 'vitest';

/**
 * Unit test files share one module graph and one DOM per worker (vitest.config.ts: no
 * isolation, for speed). What a file leaves behind must not reach the next one: nodes left in
 * the page (an unmounted dialog is found by the next file's `[role="dialog"]` query), fake
 * timers, spies.
 */
afterAll(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  if (typeof document !== 'undefined') {
    document.body.innerHTML = '';
  }
});
