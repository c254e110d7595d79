/**
 * A reader's click on the card that asks Backstory to open one tab too many (a tab's pages may
 * have it open at most a few in a while: lib/background/open-turns.ts) is not met with nothing:
 * the card's status line, a polite live region already there, says the tab was not opened and to
 * try again in a moment.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPageHtml } from '../../scripts/demo/news-page';
import { clickOwnUi, queryOwnUi } from '../../scripts/lib/own-ui';
import { MAX_OPENS, OPENS_REFUSAL } from '../../lib/background/open-turns';
import { until } from '../poll';
import { hoverName } from './card-page';
import { startSession, type Session } from './harness';
import { namesDrawn } from './names-drawn';

let session: Session;
let page: Page;

beforeAll(async () => {
  session = await startSession({ pages: { '/demo.html': demoPageHtml() } });
});
afterAll(async () => {
  await session?.close();
});

const statusLines = async () =>
  (await queryOwnUi(page, '.bs-popover [role="status"]')).map((line) => line.text.trim());

describe("a card's link when Backstory has opened enough for the page", () => {
  it('says in the status line that the tab was not opened, and to try again in a moment', async () => {
    page = await session.context.newPage();
    await page.goto(new URL('demo.html', session.server.url).href);
    await namesDrawn(page);
    await hoverName(page, 'Donald Trump');
    await clickOwnUi(page, '.bs-popover button[aria-pressed]');
    // The live region is in the card before it says anything.
    expect(await statusLines()).toEqual(['']);
    // The reader clicks a source link again and again: each click opens the reader page, until
    // one is refused (counted from the first: on a slow machine the window may let a fifth by).
    const readers: Page[] = [];
    session.context.on('page', (opened) => void readers.push(opened));
    const said = async () => (await statusLines()).join('');
    for (let click = 1; click <= 3 * MAX_OPENS && (await said()) === ''; click++) {
      await page.bringToFront();
      await clickOwnUi(page, '.bs-popover .bs-source');
      await until(
        async () => readers.length === click || (await said()) !== '',
        'the reader page to open, or the card to say why not',
      );
    }
    expect(readers.length).toBeGreaterThanOrEqual(MAX_OPENS);
    for (const reader of readers) {
      await reader.waitForLoadState();
      expect(reader.url()).toContain('/reader.html');
    }
    expect(await said()).toBe(`Not opened: ${OPENS_REFUSAL}`);
  });
});
