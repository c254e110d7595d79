/**
 * Driving Backstory from one of its own pages in end-to-end tests. An extension page keeps
 * working while the service worker is stopped or restarting, so tests that stop the worker speak
 * through it: to the background, to a tab's content script, and, to see exactly what is stored,
 * to IndexedDB itself.
 */
import type { Page } from 'playwright-core';
import type { Result } from '../../lib/result';
import { bounded } from '../../scripts/lib/own-ui';
import { wireMessage, type RequestName, type Session } from './harness';

export interface ControlPage {
  page: Page;
  /** Sends a request to the background, as an extension page; the reply's `Result`. */
  background<T = unknown>(type: RequestName, data: unknown): Promise<Result<T>>;
  /** Sends a request to the content script in a tab's top frame; the reply's `Result`. */
  tab<T = unknown>(tabId: number, type: RequestName, data: unknown): Promise<Result<T>>;
  /**
   * Every record in the saved-claims store, exactly as stored: the background's own reads
   * validate and would leave out a record that was half written, which is what tests look for.
   */
  storedClaims(): Promise<unknown[]>;
}

/**
 * Reads the saved-claims store from a page of its own, closed afterwards: a page that has used
 * IndexedDB keeps Chromium's per-origin IndexedDB state alive, and with it a cached quota
 * allowance that would hide a changed quota from the next write.
 */
async function readStoredClaims(session: Session): Promise<unknown[]> {
  const page = await session.openExtensionPage('options.html');
  try {
    return await page.evaluate(
      () =>
        new Promise<unknown[]>((resolve, reject) => {
          // No version: open the database as it is, never upgrading it from here.
          const open = indexedDB.open('backstory');
          open.addEventListener('error', () => reject(open.error));
          open.addEventListener('success', () => {
            const db = open.result;
            const read = db.transaction('savedClaims').objectStore('savedClaims').getAll();
            read.addEventListener('success', () => resolve(read.result as unknown[]));
            read.addEventListener('error', () => reject(read.error));
            db.close();
          });
        }),
    );
  } finally {
    await page.close();
  }
}

/** Opens the options page as a control page. */
export async function openControlPage(session: Session): Promise<ControlPage> {
  const page = await session.openExtensionPage('options.html');
  const unwrap = <T>(reply: unknown) => (reply as { res: Result<T> }).res;
  return {
    page,
    background: async (type, data) =>
      unwrap(
        await bounded(
          page.evaluate((message) => chrome.runtime.sendMessage(message), wireMessage(type, data)),
          `the background, asked '${type}'`,
        ),
      ),
    tab: async (tabId, type, data) =>
      unwrap(
        await bounded(
          page.evaluate(([id, message]) => chrome.tabs.sendMessage(id, message, { frameId: 0 }), [
            tabId,
            wireMessage(type, data),
          ] as const),
          `the content script in tab ${tabId}, asked '${type}'`,
        ),
      ),
    storedClaims: () => readStoredClaims(session),
  };
}
