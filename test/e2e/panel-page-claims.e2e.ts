/**
 * The side panel's "This page" list says what it says of the page in the tab now: "Backstory
 * does not run on this page" is said of a page that did not answer and goes once the tab is on a
 * page that does; and a page that answers with no placements list (its renderer may be hostile)
 * leaves the reader's saved claims for the page listed, as claims not placed.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visibleOwnUi } from '../../scripts/lib/own-ui';
import { POLL } from '../poll';
import { claimForm, claimHighlights, clickMarkClaim, select } from './claim-page';
import { startSession, type Session } from './harness';

const QUOTE = 'no decision has been taken on any deployment of troops';
const article = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live</title></head><body><article>
<h1>Live: Gaza force</h1>
<p id="update">Officials in Islamabad said ${QUOTE} to Gaza, and that talks would go on.</p>
<p id="other">Asim Munir met officials in Washington to discuss the plan.</p>
</article></body></html>`;
const NOT_RUNNING = 'Backstory does not run on this page.';

let session: Session;

beforeAll(async () => {
  session = await startSession({ pages: { '/page-claims.html': article } });
});
afterAll(async () => {
  await session?.close();
});

const articleUrl = () => new URL('page-claims.html', session.server.url).href;

/** Opens the article, marks the quote as a claim, and returns the tab. */
async function openMarked(): Promise<{ page: Page; tabId: number }> {
  const page = await session.context.newPage();
  await page.goto(articleUrl());
  const tabId = await session.tabIdOf(page);
  // Backstory has read the page (its names are marked) before the reader selects anything.
  await expect
    .poll(() => page.evaluate(() => CSS.highlights.get('backstory-actor')?.size ?? 0), POLL)
    .toBeGreaterThan(0);
  await select(page, QUOTE);
  await clickMarkClaim(page);
  const form = await claimForm(page);
  await form.getByRole('button', { name: 'Close' }).click();
  await expect.poll(async () => (await visibleOwnUi(page, '.bs-marker')) === undefined, POLL).toBe(true);
  await expect.poll(() => claimHighlights(page), POLL).toEqual([QUOTE]);
  return { page, tabId };
}

describe("the side panel's page claims", () => {
  it('says Backstory does not run only of the page that did not answer, and not once the next one does', async () => {
    const { page, tabId } = await openMarked();
    const panel = await session.openExtensionPage(`sidepanel.html?tabId=${tabId}&tab=claims`);
    const claimList = panel.getByRole('list', { name: 'Claims on this page' });
    const claimsTab = panel.getByRole('region', { name: 'Claims' });
    await expect.poll(() => claimList.textContent(), POLL).toContain('found on this page');
    // The line is a polite live region already there, empty, before it has anything to say: one
    // added together with its text is not announced. The same element is kept to check below.
    const region = panel.locator('p[data-for="This page"]');
    expect(await region.evaluate((el) => [el.getAttribute('role'), el.textContent])).toEqual(['status', '']);
    await region.evaluate(
      (el) => ((globalThis as unknown as { notRunningLine: Element }).notRunningLine = el),
    );
    // The tab moves to a page Backstory does not run on: the panel says so, of that page.
    await page.goto('about:blank');
    await expect.poll(() => claimsTab.textContent(), POLL).toContain(NOT_RUNNING);
    // Said by the element that was there before, so screen readers announce the change.
    expect(
      await panel.evaluate(() => {
        const line = (globalThis as unknown as { notRunningLine: Element }).notRunningLine;
        return [line.isConnected, line.getAttribute('role'), line.textContent];
      }),
    ).toEqual([true, 'status', NOT_RUNNING]);
    // It is said of the page, not of every claim: "All claims" does not say it.
    await panel.getByRole('button', { name: 'All claims' }).click();
    await expect.poll(() => panel.locator('li.claim').count(), POLL).toBeGreaterThan(0);
    expect(await claimsTab.textContent()).not.toContain(NOT_RUNNING);
    await panel.getByRole('button', { name: 'This page' }).click();
    await expect.poll(() => claimsTab.textContent(), POLL).toContain(NOT_RUNNING);
    // The tab goes back to the article, which answers: its claim is listed, the message gone.
    await page.goto(articleUrl());
    await expect.poll(() => claimList.textContent(), POLL).toContain('found on this page');
    expect(await claimsTab.textContent()).not.toContain(NOT_RUNNING);
    await panel.close();
    await page.close();
  });

  it('lists the reader’s claims for a page that answers with no placements list, throwing nothing', async () => {
    const { page, tabId } = await openMarked();
    // Opened on "On this page": the claims list has not asked the page anything yet.
    const panel = await session.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    const thrown: string[] = [];
    panel.on('pageerror', (error) => thrown.push(String(error)));
    // From here on, the page's renderer answers `pageClaims` without its placements list.
    await panel.evaluate(() => {
      const tabs = (
        globalThis as unknown as { chrome: { tabs: { sendMessage: (...a: unknown[]) => unknown } } }
      ).chrome.tabs;
      const stripped: string[] = [];
      (globalThis as unknown as { stripped: string[] }).stripped = stripped;
      const send = tabs.sendMessage;
      // The messenger hands its callback as the last argument: the reply is changed on its way.
      tabs.sendMessage = (...args: unknown[]) => {
        const answer = args.at(-1);
        if ((args[1] as { type?: string }).type === 'pageClaims' && typeof answer === 'function') {
          args[args.length - 1] = (reply: { res?: { ok?: boolean; value?: { placements?: unknown } } }) => {
            if (reply?.res?.ok && reply.res.value) {
              delete reply.res.value.placements;
              stripped.push('pageClaims');
            }
            answer(reply);
          };
        }
        return send.apply(tabs, args);
      };
    });
    await panel.getByRole('tab', { name: 'Claims' }).click();
    const claimList = panel.getByRole('list', { name: 'Claims on this page' });
    await expect.poll(() => claimList.textContent(), POLL).toContain(QUOTE);
    expect(await panel.evaluate(() => (globalThis as unknown as { stripped: string[] }).stripped)).toContain(
      'pageClaims',
    );
    // The page said nothing of where it sits: it is listed as not found, not as found.
    expect(await claimList.locator('.placement-anchored').count()).toBe(0);
    expect(await claimList.locator('.placement-orphan').count()).toBeGreaterThan(0);
    expect(await panel.getByRole('region', { name: 'Claims' }).textContent()).not.toContain(NOT_RUNNING);
    expect(thrown).toEqual([]);
    await panel.close();
    await page.close();
  });
});
