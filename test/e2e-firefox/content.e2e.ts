import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wireMessage } from '../../scripts/lib/extension-tabs';
import { staticCounts } from '../e2e/static-counts';
import { extensionErrors } from './console';
import { highlighted, pointOf, queryOwnUi } from './page';
import { startFirefoxSession, type FirefoxSession } from './harness';
import { POLL } from '../poll';

let session: FirefoxSession;
/** An extension page in a background tab, to message content scripts as the sidebar does. */
let driver: Page;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  session = await startFirefoxSession();
  driver = await session.openExtensionPage('options.html');
  // Every mention drawn: these tests check what is found and where (the quiet default, the first
  // mention per section, is tested in Chromium: test/e2e/reader-quiet.e2e.ts).
  await driver.evaluate(
    (message) => (globalThis as unknown as { browser: typeof chrome }).browser.runtime.sendMessage(message),
    wireMessage('updateSettings', { highlightScope: 'all' }),
  );
  page = await session.openFixture('article.html');
  page.on('pageerror', (error) => errors.push(String(error)));
});
afterAll(async () => {
  await session?.close();
});

/** Mentions per entity the content script in the active tab reports (the sidebar's question). */
function foundCounts(): Promise<Record<string, number>> {
  return driver.evaluate(
    async (message) => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      const [tab] = await api.tabs.query({ active: true, currentWindow: true });
      const reply = (await api.tabs.sendMessage(tab!.id!, message, { frameId: 0 })) as {
        res: { value: { entities: { id: string; count: number }[] } };
      };
      return Object.fromEntries(reply.res.value.entities.map((e) => [e.id, e.count]));
    },
    wireMessage('pageMentions', {}),
  );
}

const popover = async () => (await queryOwnUi(session, page, '.bs-popover')).filter((p) => p.visible);

/** Focus a page element, then hover Asim Munir and pin his card with the mouse, as a reader would. */
async function pinMunirsCardFrom(selector: string): Promise<void> {
  await page.focus(selector);
  const point = await pointOf(page, 'Asim Munir');
  await page.mouse.move(point.x - 60, point.y - 60);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  await expect.poll(async () => (await popover()).length, POLL).toBe(1);
  const pin = (await queryOwnUi(session, page, '.bs-popover button')).find((b) => b.text === 'Pin');
  await page.mouse.move(pin!.x, pin!.y, { steps: 2 });
  await page.mouse.click(pin!.x, pin!.y);
}

describe('the content script in Firefox', () => {
  it('finds the mentions on a page and highlights them, styled, without changing the page', async () => {
    await expect
      .poll(() => highlighted(page, 'backstory-actor'), POLL)
      .toEqual(
        expect.arrayContaining([
          // A role phrase set off before a name is a mention of its own (#13, the corpus ruling).
          'Pakistan’s army chief',
          'Field Marshal Asim Munir',
          'President Donald Trump',
          'Prime Minister Shehbaz Sharif',
          'Pakistan',
        ]),
      );
    // Demonyms are not mentions.
    expect(await highlighted(page, 'backstory-actor')).not.toContain('Iranian');
    // The highlight colours come from a style sheet the content script adopts into the page.
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(1);
    // Highlights are drawn without touching the page's nodes: its elements are the saved ones.
    const elements = await page.evaluate(async () => {
      const saved = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
      return {
        saved: saved.body.querySelectorAll('*').length,
        live: document.body.querySelectorAll('*').length,
      };
    });
    expect(elements.live).toBe(elements.saved);
  });

  it('opens the right card on hover and closes it with Esc', async () => {
    const point = await pointOf(page, 'Asim Munir');
    await page.mouse.move(point.x - 60, point.y - 60);
    await page.mouse.move(point.x, point.y, { steps: 4 });
    await expect.poll(async () => (await popover()).length, POLL).toBe(1);
    const [card] = await popover();
    expect(card?.role).toBe('dialog');
    const [heading] = await queryOwnUi(session, page, '.bs-popover h2');
    expect(heading?.text).toBe('Asim Munir');
    expect((await queryOwnUi(session, page, '.bs-popover .bs-badge')).length).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await popover()).length, POLL).toBe(0);
    expect(errors).toEqual([]);
  });

  it('closes a pinned card with Esc from inside it and gives focus back to the page', async () => {
    await pinMunirsCardFrom('a[href="/asia"]');
    const focused = async () =>
      (await queryOwnUi(session, page, '.bs-popover button')).find((b) => b.focused)?.text;
    await expect.poll(focused, POLL).toBe('Pinned');
    await page.keyboard.press('Tab');
    await expect.poll(focused, POLL).not.toBe('Pinned');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await popover()).length, POLL).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/asia');
    expect(errors).toEqual([]);
  });

  it('closes a pinned card on Shift+Tab before its first control, focus back to the page', async () => {
    await pinMunirsCardFrom('a[href="/asia"]');
    const inCard = async () =>
      (await queryOwnUi(session, page, '.bs-popover button, .bs-popover a, .bs-popover summary')).some(
        (b) => b.focused,
      );
    await expect.poll(inCard, POLL).toBe(true);
    // Back through the card's controls; the press that would leave it closes it, as Esc does.
    for (let n = 0; n < 40 && (await popover()).length > 0 && (await inCard()); n++) {
      await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
    }
    await expect.poll(async () => (await popover()).length, POLL).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/asia');
    expect(errors).toEqual([]);
  });

  it('finds on the static news layouts what the Node pipeline finds', async () => {
    for (const name of ['layout-broadsheet', 'layout-wire', 'layout-tabloid', 'layout-magazine']) {
      const layout = await session.openFixture(`${name}.html`);
      await expect.poll(foundCounts, { ...POLL, message: name }).toEqual(staticCounts(`${name}.html`));
      await layout.close();
    }
    expect(await extensionErrors(session)).toEqual([]);
  });
});
