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
    // Tests wait for states, with test/poll.ts's timeout; these only stop a hung test.
    expect: { requireAssertions: true, poll: { timeout: 60_000 } },
    testTimeout: 600_000,
    hookTimeout: 300_000,
  },
});
