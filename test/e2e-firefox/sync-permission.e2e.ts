/**
 * The permission to reach a team server, in the real build: nothing at install, the server's
 * origin asked for when the reader presses Connect, and given up when they remove the server.
 * Chromium's prompt cannot be answered by automation (its e2e loads a build copy that already
 * holds 127.0.0.1); Firefox can be told to grant optional permissions without the prompt
 * (`extensions.webextOptionalPermissionPrompts`), so here the request and the removal are the
 * browser's own.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startCouchServer, type CouchServer } from '../../scripts/lib/couch-server';
import { POLL } from '../poll';
import { startFirefoxSession, type FirefoxSession } from './harness';

let couch: CouchServer;
let session: FirefoxSession;
beforeAll(async () => {
  couch = await startCouchServer();
  session = await startFirefoxSession({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
}, 180_000);
afterAll(async () => {
  await session?.close();
  await couch?.close();
});

const SECTION = 'section[aria-labelledby="sync-heading"]';
/** What the browser grants Backstory beyond its content script's pages. */
const held = (page: Page) =>
  page.evaluate(async () => {
    const all = await browser.permissions.getAll();
    const extra = all as { origins?: string[]; data_collection?: string[] };
    return {
      origins: (extra.origins ?? []).filter((o) => o !== 'http://*/*' && o !== 'https://*/*'),
      dataCollection: (extra.data_collection ?? []).toSorted(),
    };
  });
const NOTHING = { origins: [], dataCollection: [] };
const state = (page: Page) => page.$eval(`${SECTION} .sync-state`, (p) => p.textContent ?? '');

it('asks for the server when the reader connects, and gives it up when they remove it', async () => {
  const options = await session.openExtensionPage('options.html');
  await options.bringToFront();
  await expect.poll(() => state(options), POLL).toBe('Sync is off: nothing leaves this browser.');
  expect(await held(options)).toEqual(NOTHING);

  await options.type(`${SECTION} input[type="url"]`, couch.url);
  const [database, , author] = await options.$$(`${SECTION} input[type="text"]`);
  await database!.type('team');
  await options.click(`${SECTION} input[type="checkbox"]`);
  await author!.type('Ayesha');
  await options.click(`${SECTION} button[type="submit"]`);
  await expect.poll(() => state(options), POLL).toMatch(/^Up to date with 127\.0\.0\.1:\d+/);
  expect(await held(options)).toEqual({
    origins: ['http://127.0.0.1/*'],
    dataCollection: ['browsingActivity', 'personallyIdentifyingInfo', 'websiteContent'],
  });
  expect((await couch.request<{ db_name: string }>('GET', '/team')).json.db_name).toBe('team');

  const remove = await options.waitForSelector(`${SECTION} ::-p-text(Remove server)`);
  await remove!.click();
  await expect.poll(() => state(options), POLL).toBe('Sync is off: nothing leaves this browser.');
  await expect.poll(() => held(options), POLL).toEqual(NOTHING);
});
