import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests of the Firefox build in stock Firefox, over WebDriver BiDi. Files run one at
 * a time, each with its own browser, as the Chromium ones do.
 */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/e2e-firefox/**/*.e2e.ts'],
    globalSetup: ['test/e2e-firefox/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
