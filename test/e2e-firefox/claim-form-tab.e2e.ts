/**
 * In Firefox too, the reader's Tab leaves the claim form for the page and the marking shortcut
 * brings them back: the form keeps the Tab that would leave it and hands it to the content script
 * over a port (claim-form/tab-out.ts, content/form-focus.ts), which moves focus on from the form's
 * place in the page. Without the port the form would keep the Tab and the reader could not leave.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { wireMessage } from '../../scripts/lib/extension-tabs';
import { startFirefoxSession, type FirefoxSession } from './harness';
import { inFormFrame, selectParagraph } from './page';
import { POLL, until } from '../poll';

let session: FirefoxSession;
let page: Page;
let driver: Page;
let tabId: number;

const formFrame = <T>(expression: string) => inFormFrame<T>(session, page, expression);
/** What has focus on the page: its name and what names it for the reader. */
const pageFocus = () =>
  page.evaluate(() => {
    const el = document.activeElement;
    return `${el?.localName} ${el?.getAttribute('title') ?? el?.textContent?.trim()}`;
  });
/** The form's control with focus, by its accessible name, or '' when the form has no focus. */
const formFocus = () =>
  formFrame<string>(
    `document.hasFocus() ? (document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim()) : ''`,
  );
/** The marking command (Alt+Shift+M), as the background sends it to the page. */
const markingShortcut = () =>
  driver.evaluate(
    (id, message) => browser.tabs.sendMessage(id, message, { frameId: 0 }),
    tabId,
    wireMessage('markSelection', {}),
  );
/** The form's controls Tab visits, in order (the form's own list: claim-form/tab-out.ts). */
const STOPS = `[...document.querySelectorAll('button, input, select, textarea, a[href], [tabindex]')].filter((el) => el.tabIndex >= 0 && !el.disabled && el.checkVisibility() && !(el.type === 'radio' && !el.checked))`;

beforeAll(async () => {
  session = await startFirefoxSession();
  driver = await session.openExtensionPage('options.html');
  page = await session.openFixture('article.html');
  await until(
    async () => (await page.evaluate(() => CSS.highlights.get('backstory-actor')?.size ?? 0)) > 0,
    'the names to be marked',
  );
  tabId = (await driver.evaluate(
    async () => (await browser.tabs.query({ url: '*://127.0.0.1/*' }))[0]!.id!,
  )) as number;
  await page.focus('a[href="/asia"]');
  await selectParagraph(page, 'Shehbaz Sharif phoned');
  await markingShortcut();
  // The form takes focus in its note as it opens (ClaimDetailsForm): a test that moves focus in
  // the form before then races it (the note took focus after the test had put it on ✕).
  await until(
    async () =>
      (await formFrame<boolean>(
        `document.readyState === 'complete' && document.activeElement?.localName === 'textarea'`,
      )) === true,
    'the form’s note to take focus',
  );
});
afterAll(async () => {
  await session?.close();
});

it('lets Shift+Tab from the form’s first control leave it for the page, and the shortcut bring focus back', async () => {
  await formFrame(`${STOPS}[0].focus()`);
  await expect.poll(formFocus, POLL).toBe('Close');
  await page.keyboard.down('Shift');
  await page.keyboard.press('Tab');
  await page.keyboard.up('Shift');
  // The page's last control before Backstory's UI: the article's "Related" frame.
  await expect.poll(pageFocus, POLL).toBe('iframe Related');
  expect(await formFocus()).toBe('');
  // Nothing selected: the marking shortcut takes focus back into the form, where it was.
  await markingShortcut();
  await expect.poll(formFocus, POLL).toBe('Close');
});

it('lets Tab from the form’s last control go on to the page, round to its first control', async () => {
  await formFrame(`${STOPS}.at(-1).focus()`);
  const last = await formFocus();
  expect(last).not.toBe('');
  await page.keyboard.press('Tab');
  // Backstory's UI comes last in the page: Tab comes round to the page's first control.
  await expect.poll(pageFocus, POLL).toBe('a World');
  expect(await formFocus()).toBe('');
  await markingShortcut();
  await expect.poll(formFocus, POLL).toBe(last);
});
