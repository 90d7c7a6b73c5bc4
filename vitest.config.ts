import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        test: {
          name: 'site',
          include: ['tests/content/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/serve-dist.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // Tests marked concurrent (the every-page walk) check this many pages at once: the cores, at least two.
          maxConcurrency: Math.max(2, availableParallelism()),
        },
      },
    ],
  },
});
