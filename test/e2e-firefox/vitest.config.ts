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
    // Tests wait for states, with test/poll.ts's timeout; these only stop a hung test.
    expect: { requireAssertions: true, poll: { timeout: 60_000 } },
    testTimeout: 600_000,
    hookTimeout: 300_000,
  },
});
