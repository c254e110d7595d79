/**
 * One Firefox end-to-end session: the Firefox build (`dist/firefox-mv3/`) installed as a
 * temporary add-on in stock Firefox, and the fixture pages of `test/fixtures/` served on
 * 127.0.0.1.
 */
import type { Page } from 'puppeteer-core';
import { extensionDir } from '../../scripts/lib/build';
import { findFirefox, noFirefoxMessage } from '../../scripts/lib/firefox';
import { launchFirefoxWithExtension, type FirefoxExtensionBrowser } from '../../scripts/lib/firefox-launch';
import { fixturesDir } from '../../scripts/lib/fixtures';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server';

export interface FirefoxSession extends FirefoxExtensionBrowser {
  server: StaticServer;
  /** Opens a fixture page (path relative to `test/fixtures/`) in a new tab, in front. */
  openFixture(path: string): Promise<Page>;
  /** Opens one of the extension's pages (`options.html`) in a new tab, left in the background. */
  openExtensionPage(path: string): Promise<Page>;
}

export async function startFirefoxSession(
  options: { prefs?: Record<string, string | number | boolean> } = {},
): Promise<FirefoxSession> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(noFirefoxMessage());
  const server = await serveStatic(fixturesDir);
  const browser = await launchFirefoxWithExtension({
    executablePath,
    extensionDir: extensionDir('firefox'),
    headless: true,
    prefs: options.prefs,
  });
  return {
    ...browser,
    server,
    openFixture: async (path) => {
      const page = await browser.browser.newPage();
      // Puppeteer's waits fail after 30 s by default; on a busy machine a page can take longer.
      page.setDefaultTimeout(120_000);
      await page.goto(new URL(path, server.url).href);
      await page.bringToFront();
      return page;
    },
    openExtensionPage: async (path) => {
      const page = await browser.browser.newPage({ background: true });
      // page.goto never settles on moz-extension pages (puppeteer#14314); plain BiDi does.
      await browser.bidi.send('browsingContext.navigate', {
        context: browser.contextOf(page),
        url: browser.origin + path,
        wait: 'complete',
      });
      return page;
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
