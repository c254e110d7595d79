// Code that tests pass to `worker.evaluate` / `page.evaluate` runs inside the extension, where the
// browser exposes its API as `chrome`.
declare const chrome: typeof import('wxt/browser').browser;
