/**
 * Two browser profiles syncing through a CouchDB-protocol server started by the test, every
 * request recorded by the proxy. Chromium's permission prompt cannot be answered by automation
 * (it is browser UI, out of reach of the DevTools protocol), so each profile loads a copy of the
 * build whose manifest already holds 127.0.0.1 (`scripts/lib/extension-copy.ts`): the options
 * page still asks for the server's origin on Connect, and the browser then has nothing to ask.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { demoPageHtml } from '../../scripts/demo/news-page';
export { extensionWithLoopbackAccess } from '../../scripts/lib/extension-copy';
import type { SavedClaim } from '../../lib/claims/schema';
import { startSession, wireMessage, type RequestName, type Session } from './harness';
import { POLL } from '../poll';

export function startProfile(copy: string, proxyArgs: string[]): Promise<Session> {
  return startSession({ pages: { '/demo.html': demoPageHtml() } }, { args: proxyArgs, extensionDir: copy });
}

/** Sends a request to the background from one of the extension's pages, as its own pages do. */
export async function ask<T>(page: Page, type: RequestName, data: unknown): Promise<T> {
  const reply = (await page.evaluate((m) => chrome.runtime.sendMessage(m), wireMessage(type, data))) as {
    res: { ok: boolean; value: T; error?: { message: string } };
  };
  if (!reply.res.ok) throw new Error(`${type} failed: ${reply.res.error?.message}`);
  return reply.res.value;
}

export const syncSection = (options: Page) =>
  options.getByRole('region', { name: 'Sync with a team server' });
/** The sentence saying what sync is doing. */
export const syncState = (options: Page) => syncSection(options).locator('.sync-state').textContent();

/**
 * Opens the options page and connects through its form. Returns the page (kept open: it shows
 * sync's progress) and the origins the page asked the browser for.
 */
export async function connectThroughOptions(
  session: Session,
  server: string,
  author: string,
): Promise<{ options: Page; asked: () => Promise<string[][]> }> {
  const options = await session.openExtensionPage('options.html');
  // Record what the page asks of the browser, then let the browser answer as it would.
  await options.evaluate(() => {
    const api = chrome.permissions;
    const request = api.request.bind(api);
    const asked: string[][] = [];
    (globalThis as { askedOrigins?: string[][] }).askedOrigins = asked;
    api.request = ((permissions: { origins?: string[] }) => {
      asked.push(permissions.origins ?? []);
      return request(permissions);
    }) as typeof api.request;
  });
  const sync = syncSection(options);
  await sync.getByLabel('Server address').fill(server);
  await sync.getByLabel('Database', { exact: true }).fill('team');
  await sync.getByLabel('Create the database if it does not exist').check();
  await sync.getByLabel('Your name, shown on the claims you share').fill(author);
  await sync.getByLabel('Claims with one of these tags').check();
  await sync.getByLabel('Tags (comma-separated)').fill('team');
  await sync.getByRole('button', { name: 'Connect' }).click();
  await expect.poll(() => syncState(options), POLL).toMatch(/^Up to date with /);
  return {
    options,
    asked: () => options.evaluate(() => (globalThis as { askedOrigins?: string[][] }).askedOrigins ?? []),
  };
}

export async function claimsOf(page: Page): Promise<SavedClaim[]> {
  return (await ask<{ claims: SavedClaim[] }>(page, 'listClaims', { query: {} })).claims;
}
