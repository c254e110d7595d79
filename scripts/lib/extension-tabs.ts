/** Talking to the extension's content scripts from Node, through its service worker. */
import type { Worker } from 'playwright-core';
import type { BackgroundRequests } from '../../lib/messaging/background-requests';
import type { ContentRequests } from '../../lib/messaging/content-requests';

/**
 * A request Backstory answers. Typed so that a test or benchmark still naming a request the
 * protocol has dropped fails the type check instead of waiting for a reply that never comes.
 */
export type RequestName = keyof BackgroundRequests | keyof ContentRequests;

/** A message in @webext-core/messaging's wire format, for speaking the protocol raw. */
export function wireMessage(type: RequestName, data: unknown) {
  return { id: Math.floor(Math.random() * 1e6), type, data, timestamp: Date.now() };
}

/**
 * The id of the tab whose top-frame content script reports `url`, or undefined. Without the
 * "tabs" permission the browser hides tab URLs, so each tab's content script is asked instead.
 */
export function findTabId(worker: Worker, url: string): Promise<number | undefined> {
  return worker.evaluate(
    async ([target, probe]) => {
      for (const tab of await chrome.tabs.query({})) {
        if (tab.id === undefined) continue;
        const reply = await chrome.tabs.sendMessage(tab.id, probe, { frameId: 0 }).catch(() => undefined);
        if ((reply as { res?: { value?: { url?: string } } } | undefined)?.res?.value?.url === target)
          return tab.id;
      }
      return undefined;
    },
    [url, wireMessage('probe', { nonce: 'which-tab' })] as const,
  );
}

/** Waits until the content script in the tab showing `url` answers, and returns the tab's id. */
export async function waitForContentScript(worker: Worker, url: string, timeoutMs = 60_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // A worker stopped and started again (as Chromium does to idle workers, and fault tests on
    // purpose) fails a call in flight; ask again.
    const id = await findTabId(worker, url).catch((error: unknown) => {
      if (/Service worker restarted/.test(String(error))) return undefined;
      throw error;
    });
    if (id !== undefined) return id;
    if (Date.now() > deadline) throw new Error(`Backstory's content script did not start on ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
