/**
 * Launching stock Firefox with the Firefox build installed as a temporary add-on, driven over
 * WebDriver BiDi by puppeteer-core. Playwright cannot drive stock Firefox (it needs its own
 * patched build); BiDi is what Firefox itself speaks.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, type Browser, type Page } from 'puppeteer-core';
import { quietFirefoxPrefs } from './firefox';

/** One raw WebDriver BiDi command channel (the session puppeteer opened). */
export interface Bidi {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

export interface FirefoxExtensionBrowser {
  browser: Browser;
  bidi: Bidi;
  /** The add-on's id from `browser_specific_settings.gecko.id`. */
  addonId: string;
  /** `moz-extension://<uuid>/`, fixed before install so tests know it in advance. */
  origin: string;
  /** Evaluates an expression in the browser window's privileged (chrome) scope; JSON results only. */
  chrome<T>(expression: string): Promise<T>;
  /** The BiDi browsing-context id of a tab. */
  contextOf(page: Page): string;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  executablePath: string;
  extensionDir: string;
  headless: boolean;
  /** Preferences beyond the quiet defaults (a test that lets Firefox grant optional permissions). */
  prefs?: Record<string, string | number | boolean>;
}

/**
 * puppeteer-core has no public API for raw BiDi commands, which moz-extension navigation
 * (puppeteer#14314: `goto` never settles there) and chrome-scope evaluation need. Its Browser
 * and Frame keep the connection and the context id; the version is pinned in package.json, and
 * this fails loudly if an update moves them.
 */
function internals(browser: Browser): { bidi: Bidi; contextOf(page: Page): string } {
  const bidi = (browser as unknown as { connection?: Bidi }).connection;
  if (typeof bidi?.send !== 'function')
    throw new Error('puppeteer-core no longer exposes its BiDi connection');
  return {
    bidi,
    contextOf(page) {
      const id: unknown = Reflect.get(page.mainFrame(), '_id');
      if (typeof id !== 'string') throw new Error('puppeteer-core no longer exposes the browsing-context id');
      return id;
    },
  };
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { value?: unknown };
  exceptionDetails?: { text: string };
}

/** Starts Firefox in a fresh profile and installs the extension from `extensionDir`. */
export async function launchFirefoxWithExtension(
  options: FirefoxLaunchOptions,
): Promise<FirefoxExtensionBrowser> {
  const manifest = JSON.parse(readFileSync(join(options.extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const addonId = manifest.browser_specific_settings.gecko.id;
  // Firefox picks a random moz-extension UUID at install unless this pref already names one.
  const uuid = randomUUID();
  const browser = await launch({
    browser: 'firefox',
    executablePath: options.executablePath,
    headless: options.headless,
    // Lets BiDi reach the browser window's own (chrome) scope, where the sidebar lives.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      ...quietFirefoxPrefs,
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
      ...options.prefs,
    },
  });
  try {
    const installed = await browser.installExtension(options.extensionDir);
    if (installed !== addonId) throw new Error(`Installed add-on ${installed}, expected ${addonId}`);
    const { bidi, contextOf } = internals(browser);
    const chrome = async <T>(expression: string): Promise<T> => {
      const { result } = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
      const windows = (result as { contexts: { context: string; url: string }[] }).contexts;
      const main = windows.find((w) => w.url === 'chrome://browser/content/browser.xhtml');
      if (!main) throw new Error('No browser window in chrome scope');
      const reply = (
        await bidi.send('script.evaluate', {
          expression: `(async () => JSON.stringify(await (${expression})))()`,
          target: { context: main.context },
          awaitPromise: true,
        })
      ).result as EvaluateResult;
      if (reply.type === 'exception') throw new Error(`In chrome scope: ${reply.exceptionDetails?.text}`);
      return JSON.parse(String(reply.result?.value)) as T;
    };
    return {
      browser,
      bidi,
      addonId,
      origin: `moz-extension://${uuid}/`,
      chrome,
      contextOf,
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
