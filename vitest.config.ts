import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The pane imports its report templates as text (esbuild's text loader in the bundles); tests load them alike.
  plugins: [
    {
      name: 'mustache-as-text',
      transform(code: string, id: string) {
        return id.endsWith('.mustache') ? { code: `export default ${JSON.stringify(code)};`, map: null } : undefined;
      },
    },
  ],
  test: {
    include: ['core/**/*.test.ts', 'readers/**/*.test.ts', 'cli/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The JSON report feeds the closing "N passed, N failed" line (scripts/run-tests.mjs).
    reporters: ['default', ['json', { outputFile: 'test-artifacts/vitest.json' }]],
  },
});
