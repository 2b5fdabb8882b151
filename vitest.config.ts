import { defineConfig } from 'vitest/config';

/**
 * Test projects. `npm test` (scripts/test.ts) decides which run and with which services:
 * - unit:        *.test.ts beside the code, no services.
 * - integration: *.int.test.ts through app.inject on a real database; the same files run on
 *                SQLite and, with TEST_DATABASE=postgres, on PostgreSQL (plus Redis).
 * - e2e:         e2e/*.e2e.test.ts drive Debian's Chromium against a real server.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['server/**/*.test.ts', 'common/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', 'node_modules/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['server/**/*.int.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // expect.poll waits for the page to catch up; its 1 s default is shorter than one slow
          // fetch on a busy 2-core CI machine, where a page's first data load has missed it.
          expect: { poll: { timeout: 15_000, interval: 100 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
