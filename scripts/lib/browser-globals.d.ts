import type { browser } from 'wxt/browser';

declare global {
  // Code that tests pass to `worker.evaluate` / `page.evaluate` runs inside the extension, where
  // the browser exposes its API as `chrome`.
  const chrome: typeof browser;
}
