/**
 * A page fetches and places its saved claims once (issue #19): one `claimsForPage` per page
 * load, whether the page names anyone or not, with Backstory running or paused (claims kept);
 * none again when the settings change or the site is resumed, as the claims stay placed; and
 * one per address after an in-page (single-page app) navigation, whose claims appear too. The
 * background's messages are counted by a listener of the test's own in the service worker.
 */
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeQuote } from '../../lib/anchor/selectors';
import { POLL, until } from '../poll';
import { claimHighlights } from './claim-page';
import { openControlPage, type ControlPage } from './control-page';
import { startSession, wireMessage, type Session } from './harness';
import { savedClaim, storeClaims } from './saved-claims';

const NAMED =
  'Field Marshal Asim Munir met Donald Trump for a private lunch at the White House on Wednesday.';
const PLAIN = 'The committee met on Wednesday and agreed to publish the minutes of the meeting next week.';
const NEXT = 'A second story followed, and the minister said the budget would be published in the spring.';
const QUOTE = {
  named: 'a private lunch at the White House',
  plain: 'publish the minutes',
  next: 'the budget would be published',
};

const page = (title: string, text: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${title}</title></head><body><article id="story"><h1>${title}</h1><p>${text}</p></article></body></html>`;

const pages: Record<string, string> = {
  '/named.html': page('A page with names', NAMED),
  '/plain.html': page('A page without names', PLAIN),
  '/paused.html': page('A page on a paused site', NAMED),
  '/spa.html': page('A single-page app', NAMED),
};

/** A claim on `path` of the test server quoting `quote` from `text`. */
function claimOn(path: string, text: string, quote: string, n: number) {
  const url = new URL(path, session.server.url).href;
  const start = text.indexOf(quote);
  return savedClaim({
    id: `0b7d3a52-3c1e-4f6a-9a51-6d2f5e1c9c0${n}`,
    url,
    seenUrl: url,
    selectors: describeQuote(text, start, start + quote.length),
    entities: [],
    note: '',
    tags: [],
  });
}

let session: Session;
let control: ControlPage;

beforeAll(async () => {
  session = await startSession({ pages });
  await storeClaims(session, [
    claimOn('/named.html', NAMED, QUOTE.named, 1),
    claimOn('/plain.html', PLAIN, QUOTE.plain, 2),
    claimOn('/paused.html', NAMED, QUOTE.named, 3),
    claimOn('/spa.html', NAMED, QUOTE.named, 4),
    claimOn('/spa-next.html', NEXT, QUOTE.next, 5),
  ]);
  control = await openControlPage(session);
  await recordMessages(session.worker);
});
afterAll(async () => {
  await session?.close();
});

/**
 * Starts recording every message the service worker receives from a tab (a listener of its own
 * beside Backstory's, which answers nothing).
 */
async function recordMessages(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const seen: { type: string; tab: number | undefined }[] = [];
    (globalThis as { seenByTest?: unknown }).seenByTest = seen;
    chrome.runtime.onMessage.addListener((message: { type?: string }, sender) => {
      seen.push({ type: String(message?.type), tab: sender.tab?.id });
    });
  });
}

/** How many messages of a type the background received from a tab so far. */
function received(tabId: number, type: string): Promise<number> {
  return session.worker.evaluate(
    ([tab, kind]) =>
      (globalThis as { seenByTest?: { type: string; tab: number | undefined }[] }).seenByTest!.filter(
        (m) => m.tab === tab && m.type === kind,
      ).length,
    [tabId, type] as const,
  );
}

async function open(path: string): Promise<{ tab: Page; tabId: number }> {
  const tab = await session.context.newPage();
  await tab.goto(new URL(path, session.server.url).href);
  return { tab, tabId: await session.tabIdOf(tab) };
}

/**
 * Waits until the page has done all it does after its scan: it reports its text for "Seen
 * elsewhere" last (session.ts), once the scan and whatever follows it for the claims are over.
 */
const scanOver = (tabId: number, reports = 1) =>
  until(
    async () => (await received(tabId, 'reportPage')) >= reports,
    'the page to report itself after its scan',
  );

const namesDrawn = (tab: Page) => tab.evaluate(() => CSS.highlights.get('backstory-actor')?.size ?? 0);

const pause = async (paused: boolean) =>
  expect(await control.background('setSitePaused', { site: '127.0.0.1', paused })).toMatchObject({
    ok: true,
  });

describe('a page’s saved claims', () => {
  it('are fetched once on a page that names people, and drawn', async () => {
    const { tab, tabId } = await open('/named.html');
    await scanOver(tabId);
    expect(await namesDrawn(tab)).toBeGreaterThan(0);
    expect(await claimHighlights(tab)).toEqual([QUOTE.named]);
    expect(await received(tabId, 'claimsForPage')).toBe(1);
    await tab.close();
  });

  it('are fetched once on a page that names no one, and drawn', async () => {
    const { tab, tabId } = await open('/plain.html');
    await scanOver(tabId);
    expect(await namesDrawn(tab)).toBe(0);
    expect(await claimHighlights(tab)).toEqual([QUOTE.plain]);
    expect(await received(tabId, 'claimsForPage')).toBe(1);
    await tab.close();
  });

  it('are fetched once on a paused site that keeps them, and not again when the settings change or the site resumes', async () => {
    await pause(true);
    try {
      const { tab, tabId } = await open('/paused.html');
      await expect.poll(() => claimHighlights(tab), POLL).toEqual([QUOTE.named]);
      expect(await namesDrawn(tab)).toBe(0);
      expect(await received(tabId, 'claimsForPage')).toBe(1);

      // Another highlight style: the page refreshes its settings; its claims stay where they are.
      await session.updateSettings({ highlightStyle: 'background' });
      await session.sendToTab(tabId, wireMessage('refresh', {}));
      expect(await claimHighlights(tab)).toEqual([QUOTE.named]);

      await pause(false);
      await scanOver(tabId);
      expect(await namesDrawn(tab)).toBeGreaterThan(0);
      expect(await claimHighlights(tab)).toEqual([QUOTE.named]);
      expect(await received(tabId, 'claimsForPage')).toBe(1);
      await tab.close();
    } finally {
      await pause(false);
      await session.updateSettings({ highlightStyle: 'underline', keepClaimsWhenPaused: true });
    }
  });

  it('come back when the reader chooses to keep them on a paused site', async () => {
    await session.updateSettings({ keepClaimsWhenPaused: false });
    await pause(true);
    try {
      const { tab, tabId } = await open('/paused.html');
      // Backstory is paused here and keeps nothing: the page asks for no claims.
      await expect
        .poll(() => session.sendToTab(tabId, wireMessage('pageMentions', {})), POLL)
        .toMatchObject({
          res: { ok: true, value: { running: false } },
        });
      expect(await claimHighlights(tab)).toEqual([]);
      await session.updateSettings({ keepClaimsWhenPaused: true });
      await expect.poll(() => claimHighlights(tab), POLL).toEqual([QUOTE.named]);
      expect(await received(tabId, 'claimsForPage')).toBe(1);
      await tab.close();
    } finally {
      await pause(false);
      await session.updateSettings({ keepClaimsWhenPaused: true });
    }
  });

  it('are fetched once per address in a single-page app, and the next address’s drawn', async () => {
    const { tab, tabId } = await open('/spa.html');
    await scanOver(tabId);
    expect(await claimHighlights(tab)).toEqual([QUOTE.named]);
    // The app shows its next story in place, at an address of its own.
    await tab.evaluate((text) => {
      history.pushState({}, '', '/spa-next.html');
      document.querySelector('#story p')!.textContent = text;
    }, NEXT);
    await expect.poll(() => claimHighlights(tab), POLL).toEqual([QUOTE.next]);
    await scanOver(tabId, 2);
    expect(await received(tabId, 'claimsForPage')).toBe(2);
    // A link within the page fetches nothing.
    await tab.evaluate(() => history.pushState({}, '', '/spa-next.html#budget'));
    await scanOver(tabId, 3);
    expect(await received(tabId, 'claimsForPage')).toBe(2);
    await tab.close();
  });
});
