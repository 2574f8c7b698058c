import { defineConfig } from 'vitest/config';

// The browser tests: headless Debian chromium driven by playwright-core (npm run test:e2e).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
