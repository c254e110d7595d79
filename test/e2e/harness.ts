/**
 * One end-to-end session: the built extension in the system Chromium, and the fixture pages of
 * `test/fixtures/` served on 127.0.0.1.
 */
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { extensionDir } from '../../scripts/lib/build';
import { findChrome, noChromeMessage } from '../../scripts/lib/chrome';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/launch';
import { waitForContentScript, wireMessage } from '../../scripts/lib/extension-tabs';
import { serveStatic, type ServeOptions, type StaticServer } from '../../scripts/lib/static-server';

import { fixturesDir } from '../../scripts/lib/fixtures';

export { fixturesDir };

export interface Session extends ExtensionBrowser {
  server: StaticServer;
  /** Opens a fixture page (path relative to `test/fixtures/`) in a new tab. */
  openFixture(path: string): Promise<Page>;
  /** Opens one of the extension's pages (`options.html`, `sidepanel.html?tabId=3`) as a tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** The browser's id for the tab showing `page`. */
  tabIdOf(page: Page): Promise<number>;
  /**
   * Changes the reader's settings as the options page does (every open page follows). Tests of
   * detection set `highlightScope: 'all'` to see every mention drawn; the quiet default is
   * tested on its own (reader-quiet.e2e.ts).
   */
  updateSettings(patch: Record<string, unknown>): Promise<void>;
  /** Sends a raw message to the content script in a tab, as the extension's service worker. */
  sendToTab(tabId: number, message: unknown, frameId?: number): Promise<unknown>;
  close(): Promise<void>;
}

export interface BrowserOptions {
  /** Extra Chromium flags, e.g. a proxy that records every request. */
  args?: string[];
  /** Load the extension from here instead of the build (a copy a test may change on disk). */
  extensionDir?: string;
  /**
   * Load the benchmark's build, which leaves `backstory:*` User Timing marks in the page's
   * timeline (the scanner's report of its slices); the shipped build leaves none.
   */
  instrumented?: boolean;
  /** Let the extension reload or update itself during the session. */
  reloadable?: boolean;
}

export async function startSession(
  serveOptions: ServeOptions = {},
  browserOptions: BrowserOptions = {},
): Promise<Session> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(noChromeMessage());
  const server = await serveStatic(fixturesDir, serveOptions);
  const browser = await launchWithExtension({
    executablePath,
    extensionDir:
      browserOptions.extensionDir ??
      extensionDir('chrome', browserOptions.instrumented ? 'bench' : 'shipped'),
    headless: true,
    args: browserOptions.args,
    reloadable: browserOptions.reloadable,
  });
  // Playwright's own waits (navigation, clicks, locators) fail after 30 s by default; a 10 MB page
  // on a busy machine can take longer to load. These only decide when a hang is a failure.
  browser.context.setDefaultNavigationTimeout(120_000);
  browser.context.setDefaultTimeout(60_000);
  const throttle = Number(process.env.BACKSTORY_E2E_CPU_THROTTLE);
  if (throttle > 1) throttleEveryPage(browser.context, throttle);

  const openPage = async (url: string) => {
    const page = await browser.context.newPage();
    await page.goto(url);
    return page;
  };

  return {
    ...browser,
    server,
    openFixture: (path) => openPage(new URL(path, server.url).href),
    openExtensionPage: (path) => openPage(browser.origin + path),
    tabIdOf: (page) => waitForContentScript(browser.worker, page.url()),
    updateSettings: async (patch) => {
      const options = await openPage(`${browser.origin}options.html`);
      const reply = (await options.evaluate(
        (message) => chrome.runtime.sendMessage(message),
        wireMessage('updateSettings', patch),
      )) as { res?: { ok?: boolean } };
      await options.close();
      if (!reply.res?.ok) throw new Error(`Settings not changed: ${JSON.stringify(reply)}`);
    },
    sendToTab: (tabId, message, frameId = 0) =>
      browser.worker.evaluate(([id, body, frame]) => chrome.tabs.sendMessage(id, body, { frameId: frame }), [
        tabId,
        message,
        frameId,
      ] as const),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Slows every page's renderer, and each frame of it drawn in another process (the claim form,
 * an extension page), by `rate` (CDP's CPU throttling): `BACKSTORY_E2E_CPU_THROTTLE=6` runs any
 * e2e file as on a busy machine, to find races. A condition, not a wait.
 */
function throttleEveryPage(context: BrowserContext, rate: number) {
  const slow = (target: Page | Frame) =>
    context
      .newCDPSession(target)
      .then((cdp) => cdp.send('Emulation.setCPUThrottlingRate', { rate }))
      // A frame in its page's process has no session of its own: the page's throttle covers it.
      .catch(() => undefined);
  context.on('page', (page) => {
    void slow(page);
    page.on('frameattached', (frame) => void slow(frame));
    page.on('framenavigated', (frame) => void (frame !== page.mainFrame() && slow(frame)));
  });
}

export { wireMessage, type RequestName } from '../../scripts/lib/extension-tabs';
