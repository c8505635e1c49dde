import { defineConfig } from 'vitest/config';

/**
 * Three suites: unit (pure logic in src/lib), integration (the built dist/ as files and over
 * HTTP) and e2e (a real Chromium against the built site). `npm test` builds first.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], globalSetup: ['tests/support/global-server.ts'], testTimeout: 60_000 } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: ['tests/e2e/lighthouse.test.ts'],
          globalSetup: ['tests/support/global-server.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // What a poll waits for (a segment scrolled into view, a button's label) can take more than
          // vitest's default second on two cores busy with the other suite files' browsers.
          expect: { poll: { timeout: 10_000 } },
          maxWorkers: 2,
        },
      },
      {
        // Lighthouse measures time: it runs on its own, after the other suites (see package.json "test").
        test: { name: 'lighthouse', include: ['tests/e2e/lighthouse.test.ts'], globalSetup: ['tests/support/global-server.ts'], testTimeout: 300_000, fileParallelism: false },
      },
    ],
  },
});
