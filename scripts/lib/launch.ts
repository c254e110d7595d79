/** Launching a Chromium-family browser with the built extension loaded, via Playwright. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { chromeArgs } from './chrome';

export interface ExtensionBrowser {
  context: BrowserContext;
  /** The extension's service worker. */
  worker: Worker;
  extensionId: string;
  /** `chrome-extension://<id>/` */
  origin: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  executablePath: string;
  extensionDir: string;
  headless: boolean;
  viewport?: { width: number; height: number } | null;
  /** Extra command-line flags. */
  args?: string[];
  /**
   * Let the extension be reloaded (`runtime.reload()`, an update). Chromium loads an unpacked
   * extension given by --load-extension at startup whatever the profile says, but when it reloads
   * one it disables it ("unsupported developer extension") unless developer mode is on.
   */
  reloadable?: boolean;
}

/** Turns developer mode on in a new profile, as a developer reloading the extension has it. */
async function enableDeveloperMode(userDataDir: string) {
  await mkdir(join(userDataDir, 'Default'), { recursive: true });
  await writeFile(
    join(userDataDir, 'Default', 'Preferences'),
    JSON.stringify({ extensions: { ui: { developer_mode: true } } }),
  );
}

/** Starts the browser in a fresh profile and waits for the extension's service worker. */
export async function launchWithExtension(options: LaunchOptions): Promise<ExtensionBrowser> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'backstory-profile-'));
  if (options.reloadable) await enableDeveloperMode(userDataDir);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: options.executablePath,
    headless: options.headless,
    viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
    args: [...chromeArgs(options.extensionDir), ...(options.args ?? [])],
  });
  try {
    const worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://'),
        timeout: 60_000,
      }));
    const extensionId = new URL(worker.url()).host;
    return {
      context,
      worker,
      extensionId,
      origin: `chrome-extension://${extensionId}/`,
      close: async () => {
        await context.close();
        await rm(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
    throw new Error(`The extension's service worker did not start: ${String(error)}`, { cause: error });
  }
}
