import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** Unit tests: plain Node with WXT's fake browser and fake-indexeddb; no real browser. */
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'lib/**/*.test.ts'],
    setupFiles: ['fake-indexeddb/auto'],
    // Every test must assert something; a timeout only stops a hung test, on a busy machine too.
    expect: { requireAssertions: true },
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
