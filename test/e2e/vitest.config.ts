import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: the built extension in real Chromium. Files run one at a time because each
 * starts its own browser, and two Chromium instances on a 2-core machine make timings flaky.
 */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
