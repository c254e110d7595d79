/**
 * The side panel is open first, beside a tab whose page names no one; then the tab
 * loads a news page. "On this page" must fill in because the page tells it (pageMentionsChanged,
 * lib/messaging/page-news.ts), not because the panel polls or waits for the tab to finish
 * loading: the page's one image is held back, so the tab never reaches `complete` (the panel's
 * other cue) until the list is checked, and the panel's clock stands still (no timer can fire).
 */
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLL } from '../poll';
import { startSession, type Session } from './harness';

const quiet = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Weather</title></head><body>
<p>Sunny spells all afternoon, with a light breeze.</p></body></html>`;

const news = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Talks</title></head><body><article>
<h1>Talks in Islamabad</h1>
<img src="/held.png" alt="The delegations" width="10" height="10">
<p>Asim Munir met officials in Washington to discuss the plan.</p>
</article></body></html>`;

let session: Session;

beforeAll(async () => {
  session = await startSession({ pages: { '/quiet.html': quiet, '/talks.html': news } });
});
afterAll(async () => {
  await session?.close();
});

/** Moves the panel's stopped clock on (Preact renders after a frame) until `done` holds. */
async function settle(panel: Page, done: () => Promise<boolean>): Promise<void> {
  await expect
    .poll(async () => {
      await panel.clock.runFor(200);
      return done();
    }, POLL)
    .toBe(true);
}

describe('On this page, with the panel open before the page loads', () => {
  it('lists the names once the page says it has read them, before the tab finishes loading', async () => {
    const tab = await session.openFixture('/quiet.html');
    const tabId = await session.tabIdOf(tab);

    const panel = await session.context.newPage();
    await panel.clock.install();
    await panel.goto(`${session.origin}sidepanel.html?tabId=${tabId}`);
    const list = panel.getByRole('tabpanel', { name: 'On this page' });
    await settle(
      panel,
      async () => (await list.getByText('No actors or events', { exact: false }).count()) === 1,
    );

    // The image never arrives until the test lets it: the tab stays `loading`.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await tab.route('**/held.png', async (route: Route) => {
      await released;
      await route.fulfill({ status: 204 });
    });
    await tab.goto(new URL('talks.html', session.server.url).href, { waitUntil: 'domcontentloaded' });

    await expect
      .poll(() => list.getByRole('button', { name: 'Asim Munir', exact: true }).count(), POLL)
      .toBe(1);
    // Told, not from the tab's `complete`: the tab was still loading all along.
    expect(await tab.evaluate(() => document.readyState)).not.toBe('complete');
    const status = await session.worker.evaluate((id) => chrome.tabs.get(id).then((t) => t.status), tabId);
    expect(status).toBe('loading');

    release();
    await panel.close();
    await tab.close();
  });
});
