import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['core/**/*.test.ts', 'cli/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The JSON report feeds the closing "N passed, N failed" line (scripts/run-tests.mjs).
    reporters: ['default', ['json', { outputFile: 'test-artifacts/vitest.json' }]],
  },
});
