/**
 * "On this page" hears from the page when what it lists changes (lib/messaging/page-news.ts)
 * instead of asking it on a timer. The panel runs on Playwright's clock, which the test moves
 * on by hand: a poll would ask the page as the clock moves, and without the news the list would
 * never follow a live update (the clock stands still while the page changes).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLL } from '../poll';
import { startSession, type Session } from './harness';

const live = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live</title></head><body><article>
<h1>Live: talks in Islamabad</h1>
<p id="first">Asim Munir met officials in Washington to discuss the plan.</p>
</article></body></html>`;

let session: Session;

beforeAll(async () => {
  session = await startSession({ pages: { '/live.html': live } });
});
afterAll(async () => {
  await session?.close();
});

/** Counts every question the panel sends a tab from now on. */
async function countQuestions(panel: Page): Promise<() => Promise<string[]>> {
  await panel.evaluate(() => {
    const tabs = (
      globalThis as unknown as { chrome: { tabs: { sendMessage: (...a: unknown[]) => unknown } } }
    ).chrome.tabs;
    const asked: string[] = [];
    (globalThis as unknown as { asked: string[] }).asked = asked;
    const send = tabs.sendMessage;
    tabs.sendMessage = (...args: unknown[]) => {
      asked.push(String((args[1] as { type?: string }).type));
      return send.apply(tabs, args);
    };
  });
  return () => panel.evaluate(() => (globalThis as unknown as { asked: string[] }).asked);
}

describe('On this page', () => {
  it('asks the page nothing while nothing changes, and lists a name a live update adds', async () => {
    const page = await session.context.newPage();
    await page.goto(new URL('live.html', session.server.url).href);
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.get('backstory-actor')?.size ?? 0), POLL)
      .toBeGreaterThan(0);
    const tabId = await session.tabIdOf(page);

    const panel = await session.context.newPage();
    await panel.clock.install();
    await panel.goto(`${session.origin}sidepanel.html?tabId=${tabId}`);
    const list = panel.getByRole('tabpanel', { name: 'On this page' });
    // Preact runs effects after a frame: the clock moves on until the panel has asked once.
    await expect
      .poll(async () => {
        await panel.clock.runFor(200);
        return list.getByRole('button', { name: 'Asim Munir', exact: true }).count();
      }, POLL)
      .toBe(1);
    const asked = await countQuestions(panel);

    // Ten seconds pass on the panel's clock while the page changes where it names no one.
    await page.evaluate(() => {
      const note = document.createElement('p');
      note.textContent = 'The meeting ran late into the evening.';
      document.querySelector('article')!.append(note);
    });
    await panel.clock.runFor(10_000);
    expect(await asked()).toEqual([]);

    // A live update names someone new: the panel, its clock standing still, lists them.
    await page.evaluate(() => {
      const update = document.createElement('p');
      update.textContent = 'Update: Shehbaz Sharif joined the talks.';
      document.querySelector('article')!.append(update);
    });
    await expect
      .poll(() => list.getByRole('button', { name: 'Shehbaz Sharif', exact: true }).count(), POLL)
      .toBe(1);
    // Once: asked whether Backstory runs there, and what it found.
    expect(await asked()).toEqual(['probe', 'pageMentions']);
    await panel.close();
    await page.close();
  });
});
