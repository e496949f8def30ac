import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          environment: 'node',
          // One module graph per worker instead of per file: 200 s → 26 s for the unit suite.
          // Unit tests keep no state in modules between files (no module mocks that leak).
          pool: 'threads',
          isolate: false,
          // …so each file cleans up what it leaves in the shared DOM and mocks.
          setupFiles: ['tests/support/unit-setup.ts'],
          // Generous for a loaded two-core machine; speed targets live in benchmarks.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          // Real ffmpeg and SQLite: slower, and two cores only.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          pool: 'forks',
          maxWorkers: 2,
          // Runs after the unit project rather than beside it (different worker limits).
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
