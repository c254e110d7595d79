/**
 * The card in Firefox, as in Chromium (test/e2e/card-placement.e2e.ts): hidden by a box the page
 * lays over its name and shown again when the box is lifted, it comes back not ready for clicks,
 * its click guards waiting again. Firefox reports no occlusion, so in the top frame that wait and
 * hit-testing are what keep a click the page steered there from counting.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { highlighted, pointOf } from './page';
import { startFirefoxSession, type FirefoxSession } from './harness';
import { POLL } from '../poll';

let session: FirefoxSession;
let page: Page;

beforeAll(async () => {
  session = await startFirefoxSession();
  page = await session.openFixture('article.html');
});
afterAll(async () => {
  await session?.close();
});

/** Runs `body` (the source of a function's body) with `root`: Backstory's closed shadow root. */
async function inOwnUi<T>(body: string): Promise<T> {
  const target = { context: session.contextOf(page) };
  const hosts = (await session.bidi.send('script.evaluate', {
    expression: '[...document.documentElement.children]',
    target,
    awaitPromise: false,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  })) as { result: { result?: { value?: { value?: { shadowRoot?: { sharedId: string } } }[] } } };
  const root = (hosts.result.result?.value ?? []).find((n) => n.value?.shadowRoot)?.value?.shadowRoot;
  if (!root) throw new Error("Backstory's UI is not on the page");
  const reply = (await session.bidi.send('script.callFunction', {
    functionDeclaration: `(root) => JSON.stringify((() => { ${body} })() ?? null)`,
    arguments: [{ sharedId: root.sharedId }],
    target,
    awaitPromise: false,
  })) as { result: { type: string; result?: { value?: string }; exceptionDetails?: { text: string } } };
  if (reply.result.type !== 'success') throw new Error(String(reply.result.exceptionDetails?.text));
  return JSON.parse(String(reply.result.result?.value)) as T;
}

/** The open card's state: on show or not, and ready for clicks or not. */
const card = () =>
  inOwnUi<{ shown: boolean; ready: boolean; pinned: boolean } | null>(`
    const card = root.querySelector('.bs-popover:not([hidden])');
    return card && { shown: card.style.visibility !== 'hidden', ready: card.hasAttribute('data-ready'),
      pinned: !!card.querySelector('button[aria-pressed="true"]') };`);

it('comes back from under a box the page laid over its name with its clicks made to wait again', async () => {
  await expect.poll(async () => (await highlighted(page, 'backstory-actor')).length, POLL).toBeGreaterThan(0);
  // Room to scroll a pixel: a nudge makes the card look at its name again.
  await page.evaluate(() =>
    document.body.append(Object.assign(document.createElement('div'), { style: 'height: 2000px' })),
  );
  const point = await pointOf(page, 'Asim Munir');
  await page.mouse.move(point.x - 60, point.y - 60);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  await expect.poll(async () => (await card())?.ready, POLL).toBe(true);
  const pin = await inOwnUi<{ x: number; y: number }>(`
    const box = [...root.querySelectorAll('.bs-popover button')].find((b) => b.textContent.trim() === 'Pin').getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };`);
  await page.mouse.move(pin.x, pin.y, { steps: 2 });
  await page.mouse.click(pin.x, pin.y);
  await expect.poll(async () => (await card())?.pinned, POLL).toBe(true);
  await inOwnUi(`
    const card = root.querySelector('.bs-popover');
    const log = (root.changes = []);
    root.watch = new MutationObserver(() =>
      log.push({ shown: card.style.visibility !== 'hidden', ready: card.hasAttribute('data-ready') }));
    root.watch.observe(card, { attributes: true, attributeFilter: ['style', 'data-ready'] });`);
  // A box laid over the name, and a nudge: the card goes out of sight where it was, and waits.
  await page.evaluate((y: number) => {
    const lid = Object.assign(document.createElement('div'), { id: 'lid' });
    lid.style.cssText = `position: fixed; z-index: 9; background: #fff; left: 0; right: 0; top: ${y - 14}px; height: 28px`;
    document.body.append(lid);
    window.scrollBy(0, 1);
  }, point.y);
  await expect.poll(card, POLL).toEqual({ shown: false, ready: true, pinned: true });
  await inOwnUi('root.changes.length = 0;');
  // Lifted, and nudged back: on show where it was, just as a click could come.
  await page.evaluate(() => {
    document.getElementById('lid')!.remove();
    window.scrollBy(0, -1);
  });
  await expect.poll(async () => (await card())?.shown, POLL).toBe(true);
  const changes = await inOwnUi<{ shown: boolean; ready: boolean }[]>(
    'root.watch.disconnect(); return root.changes;',
  );
  expect(changes.find((change) => change.shown)).toEqual({ shown: true, ready: false });
});
