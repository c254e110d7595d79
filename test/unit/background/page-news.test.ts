/**
 * A page's news that its claims moved, or that what it lists changed, reaches the side panel for
 * the tab the browser says the content script runs in, never one the message names, and only
 * from the top frame.
 */
import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDbConnection } from '@/lib/background/db/connection';
import { backgroundRequests } from '@/lib/messaging/background-requests';
import { handleRequest, type RequestContext } from '@/lib/messaging/server';
import { realBackground, type RealBackground } from './fake-background';

const name = 'page-news-test';
let handlers: RealBackground['handlers'];
let told: [string, number][];
let close: () => Promise<void>;

beforeEach(() => {
  const getDb = createDbConnection({ name });
  told = [];
  handlers = realBackground(getDb, {
    pageClaimsChanged: (tabId) => told.push(['claims', tabId]),
    pageMentionsChanged: (tabId) => told.push(['mentions', tabId]),
  }).handlers;
  close = async () => (await getDb()).close();
});
afterEach(async () => {
  await close();
  await deleteDB(name);
});

const page = 'https://news.example/live';

describe.each([
  ['pageClaimsChanged', 'claims'],
  ['pageMentionsChanged', 'mentions'],
] as const)('%s', (message, news) => {
  const tell = (
    data: unknown,
    sender: 'content-script' | 'extension',
    context: Omit<RequestContext, 'sender'>,
  ) => handleRequest(backgroundRequests, handlers, message, data, sender, context);

  it("names the sender's tab as the browser reports it, from its top frame only", async () => {
    expect(await tell({}, 'content-script', { tabId: 7, frameId: 0, url: page })).toMatchObject({ ok: true });
    expect(await tell({}, 'content-script', { tabId: 7, frameId: 3, url: page })).toMatchObject({ ok: true });
    expect(told).toEqual([[news, 7]]);
  });

  it('takes no tab from the message, and nothing from extension pages', async () => {
    const forged = await tell({ tabId: 9 }, 'content-script', { tabId: 7, frameId: 0, url: page });
    expect(forged).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    const fromPanel = await tell({}, 'extension', { url: 'chrome-extension://x/sidepanel.html' });
    expect(fromPanel).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(told).toEqual([]);
  });
});
