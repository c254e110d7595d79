/**
 * The two browsers a benchmark run compares: the system Chromium with the built extension, and
 * the same Chromium without it (for the floor and the baselines). Pages are served from memory
 * on 127.0.0.1; one tab is open at a time so each measurement has the renderer to itself.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { extensionDir } from '../../scripts/lib/build';
import { chromeArgs, findChrome, noChromeMessage } from '../../scripts/lib/chrome';
import { type RequestName } from '../../scripts/lib/extension-tabs';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/launch';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server';
import { controlPage } from './control-page';
import { MARKS, OBSERVERS } from './in-page';

/** The benchmark's build: the shipped one plus the User Timing marks read here. */
const benchBuildDir = () => extensionDir('chrome', 'bench');

export interface Marks {
  [name: string]: { t: number; detail: Record<string, number> | null }[];
}

export interface BenchBrowsers {
  plain: Browser;
  ext: ExtensionBrowser;
  server: StaticServer;
  /** An extension page kept open to send requests to the background from. */
  control: Page;
  url(path: string): string;
  /** A request to Backstory's background, as its own pages send it; throws on an error reply. */
  ask<T>(type: RequestName, data: unknown): Promise<T>;
  sendText<T>(port: string, text: string, mode: 'preview' | 'apply'): Promise<T>;
  close(): Promise<void>;
}

/** `buildDir`: another benchmark build than this checkout's (bench/ab-targets.ts compares two). */
export async function startBrowsers(
  pages: Record<string, string>,
  buildDir = benchBuildDir(),
): Promise<BenchBrowsers> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(noChromeMessage());
  const server = await serveStatic('/nonexistent', { pages });
  const viewport = { width: 1280, height: 900 };
  const ext = await launchWithExtension({
    executablePath,
    extensionDir: buildDir,
    headless: true,
    viewport,
  });
  // The same flags, minus loading the extension.
  const flags = chromeArgs('').filter((flag) => !flag.includes('extension'));
  const plain = await chromium.launch({ executablePath, headless: true, args: flags });
  const control = await ext.context.newPage();
  await control.goto(`${ext.origin}options.html`);
  const { ask, sendText } = controlPage(control);
  return {
    plain,
    ext,
    server,
    control,
    url: (path) => new URL(path, server.url).href,
    ask,
    sendText,
    close: async () => {
      await plain.close();
      await ext.close();
      await server.close();
    },
  };
}

/** Opens `url` in a fresh tab of the plain browser and waits until it has rendered. */
export async function openPlain(browsers: BenchBrowsers, url: string): Promise<Page> {
  const page = await browsers.plain.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(OBSERVERS);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await settle(page);
  return page;
}

/** Opens `url` with the extension and waits for Backstory's mark `until` (e.g. `scan-end`). */
export async function openWithExtension(
  browsers: BenchBrowsers,
  url: string,
  until: string,
): Promise<{ page: Page; marks: Marks }> {
  const page = await browsers.ext.context.newPage();
  await page.addInitScript(OBSERVERS);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForFunction((name) => performance.getEntriesByName(`backstory:${name}`).length > 0, until, {
    timeout: 180_000,
    polling: 50,
  });
  return { page, marks: await readMarks(page) };
}

export const readMarks = (page: Page) => page.evaluate(MARKS) as Promise<Marks>;

/** Two animation frames and a task: layout and first paint are done. */
export function settle(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))),
      ),
  );
}

/** Long tasks the page's observer saw between two times (ms since navigation). */
export async function longTasksBetween(page: Page, from: number, to: number) {
  const tasks = (await page.evaluate('window.__bench.longTasks')) as { start: number; duration: number }[];
  return tasks.filter((t) => t.start + t.duration > from && t.start < to);
}

/** JS heap in use by the tab's renderer after a full garbage collection, in bytes. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}
