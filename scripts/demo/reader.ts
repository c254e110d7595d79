/**
 * What `npm run demo` does to the demo page, as a reader would: point at names, step through
 * them from the keyboard, select and mark, at different sizes and colour schemes. Shared with
 * nothing else; the tests have their own helpers.
 */
import type { CDPSession, Page } from 'playwright-core';
import { clickOwnUi, visibleOwnUi } from '../lib/own-ui';
import { wireMessage, type RequestName } from '../lib/extension-tabs';
import type { DemoSession } from './session';

/** Centre of the first occurrence of `text` on the page, scrolled to `block` first. */
export function locate(page: Page, text: string, block: 'start' | 'center' = 'center') {
  return page.evaluate(
    ([needle, where]) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(needle);
        if (at < 0) continue;
        (node.parentElement as HTMLElement).scrollIntoView({ block: where as ScrollLogicalPosition });
        if (where === 'start') window.scrollBy(0, -100);
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        const box = range.getClientRects()[0]!;
        return {
          x: box.x + Math.min(box.width / 2, 30),
          y: box.y + box.height / 2,
          left: box.x,
          right: box.right,
        };
      }
      throw new Error(`"${needle}" is not on the demo page`);
    },
    [text, block] as const,
  );
}

/** Waits until the card is on show with a heading; returns the heading. */
export async function cardShown(page: Page): Promise<string> {
  const deadline = Date.now() + 8000;
  for (;;) {
    const heading = await visibleOwnUi(page, '.bs-popover h2');
    if (heading) return heading.text;
    if (Date.now() > deadline) throw new Error('The card did not open');
    await page.waitForTimeout(100);
  }
}

/** Hovers a name the way a reader does (approach, rest) and waits for its card. */
export async function hover(page: Page, text: string, block: 'start' | 'center' = 'start'): Promise<string> {
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  const point = await locate(page, text, block);
  await page.mouse.move(point.x - 40, point.y - 40);
  await page.mouse.move(point.x, point.y, { steps: 5 });
  return cardShown(page);
}

/** Clicks a button in Backstory's UI (by its visible text, if given) once it is on show. */
export async function press(page: Page, selector: string, text?: string) {
  const deadline = Date.now() + 5000;
  while (!(await visibleOwnUi(page, selector, text)) && Date.now() < deadline) await page.waitForTimeout(100);
  await clickOwnUi(page, selector, text);
}

/** Sends a request to the demo tab's content script, as the keyboard commands do. */
export function tell(demo: DemoSession, type: RequestName, data: unknown) {
  return demo.browser.worker.evaluate(
    ([tab, message]) => chrome.tabs.sendMessage(tab, message, { frameId: 0 }),
    [demo.tabId, wireMessage(type, data)] as const,
  );
}

/** Changes settings as the options page does. */
export async function setSettings(demo: DemoSession, patch: Record<string, unknown>) {
  const page = await demo.browser.context.newPage();
  await page.goto(`${demo.browser.origin}options.html`);
  await page.evaluate((message) => chrome.runtime.sendMessage(message), wireMessage('updateSettings', patch));
  await page.close();
}

const sessions = new WeakMap<Page, CDPSession>();

/** A screenshot of what the page shows, through the emulation's own session when there is one. */
export async function screenshot(page: Page): Promise<Buffer> {
  const cdp = sessions.get(page);
  if (!cdp) return page.screenshot();
  const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
  return Buffer.from(data, 'base64');
}

/**
 * Lays the page out as the browser would at `zoom` (2 = 200 %) in a window of `width` × `height`:
 * the CSS viewport shrinks by the zoom and each CSS pixel takes `zoom` device pixels. The
 * DevTools session that sets this stays open, as the override ends with it.
 */
export async function emulate(page: Page, width: number, height: number, zoom = 1) {
  let cdp = sessions.get(page);
  if (!cdp) sessions.set(page, (cdp = await page.context().newCDPSession(page)));
  await cdp.send('Emulation.setDeviceMetricsOverride', {
    width: Math.round(width / zoom),
    height: Math.round(height / zoom),
    deviceScaleFactor: zoom,
    mobile: false,
  });
}

/** Selects from the start of `from` to the end of `to` with the mouse, as a reader drags. */
export async function dragSelect(page: Page, from: string, to: string) {
  const start = await locate(page, from, 'center');
  const end = await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const rects = range.getClientRects();
      const box = rects[rects.length - 1]!;
      return { x: box.right - 1, y: box.y + box.height / 2 };
    }
    throw new Error(`"${needle}" is not on the demo page`);
  }, to);
  await page.mouse.move(start.left + 1, start.y);
  await page.mouse.down();
  await page.mouse.move(end.x, end.y, { steps: 12 });
  await page.mouse.up();
}
