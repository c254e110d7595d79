/** What `npm start` and `npm run demo` share: build, serve the demo page, open it with Backstory. */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { buildExtension, extensionDir, projectRoot } from '../lib/build';
import { findChrome, noChromeMessage } from '../lib/chrome';
import { waitForContentScript } from '../lib/extension-tabs';
import { launchWithExtension, type ExtensionBrowser } from '../lib/launch';
import { serveStatic, type StaticServer } from '../lib/static-server';
import { demoPageHtml } from './news-page';

export interface DemoSession {
  browser: ExtensionBrowser;
  server: StaticServer;
  page: Page;
  tabId: number;
  close(): Promise<void>;
}

/** Exits with a message naming how to install a browser when none is found. */
export function requireChrome(): string {
  const path = findChrome();
  if (!path) {
    console.error(noChromeMessage());
    process.exit(1);
  }
  return path;
}

export async function openDemo(options: { headless: boolean }): Promise<DemoSession> {
  const executablePath = requireChrome();
  console.log('Building the extension…');
  buildExtension('chrome');
  const server = await serveStatic(resolve(projectRoot, 'test/fixtures'), { pages: { '/': demoPageHtml() } });
  const browser = await launchWithExtension({
    executablePath,
    extensionDir: extensionDir('chrome'),
    headless: options.headless,
    viewport: options.headless ? { width: 1280, height: 900 } : null,
  });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(server.url);
  const tabId = await waitForContentScript(browser.worker, page.url());
  return {
    browser,
    server,
    page,
    tabId,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
