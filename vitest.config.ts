import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The JSON report lets .ci/run print a plain "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: '.vitest/results.json' }]],
    projects: [
      // In-process tests of the source.
      { test: { name: 'unit', include: ['test/*.test.ts'] } },
      // Tests that run the built CLI and library: they refuse a dist/ older than src/.
      { test: { name: 'e2e', include: ['test/e2e/*.test.ts'], globalSetup: ['test/e2e/dist-fresh.ts'] } },
    ],
  },
});
