import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real headless browsers (.output/chrome-mv3 in Chromium,
// .output/firefox-mv2 in Firefox ESR), on fixture pages served at the real mail URLs. One browser at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 45_000,
    hookTimeout: 60_000,
    sequence: { concurrent: false },
  },
});
