/**
 * Firefox's sidebar is narrow (its default is some 300 px, less than Chrome's side panel) and
 * Firefox draws its own selects: the claims list's dropdowns (filters, export format, the
 * editor's label) must stay inside the sidebar, not run past its edge where they are cut off.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wireMessage } from '../../scripts/lib/extension-tabs';
import { savedClaim } from '../unit/claims/claim-fixture';
import { startFirefoxSession, type FirefoxSession } from './harness';
import { clickInSidebar, inSidebar } from './sidebar';
import { POLL } from '../poll';

let session: FirefoxSession;
let driver: Page;

beforeAll(async () => {
  session = await startFirefoxSession();
  driver = await session.openExtensionPage('options.html');
  // An actor with a long name, so the actor filter's widest option is long.
  const claim = savedClaim({ entities: ['center-for-international-strategic-studies', 'asim-munir'] });
  const reply = await driver.evaluate(
    (m) => chrome.runtime.sendMessage(m),
    wireMessage('saveClaim', { claim }),
  );
  if (!(reply as { res?: { ok?: boolean } }).res?.ok)
    throw new Error(`Claim not saved: ${JSON.stringify(reply)}`);
});
afterAll(async () => {
  await session?.close();
});

/** The sidebar's controls that reach past its right edge, with how far. */
const pastTheEdge = () =>
  inSidebar(driver, (view) => {
    const edge = view.document.documentElement.clientWidth;
    return [...view.document.querySelectorAll('select, button, input, textarea')]
      .map((el) => ({ el, right: el.getBoundingClientRect().right }))
      .filter(({ el, right }) => el.getClientRects().length > 0 && right > edge + 0.5)
      .map(
        ({ el, right }) =>
          `${el.localName} ${el.getAttribute('aria-label') ?? el.textContent?.slice(0, 30)}: ${Math.round(right - edge)} px`,
      );
  });

describe('dropdowns in the Firefox sidebar', () => {
  it('keeps every select of the claims list inside the sidebar', async () => {
    await expect.poll(() => clickInSidebar(driver, 'Claims', '[role=tablist]'), POLL).toBe(true);
    await expect.poll(() => clickInSidebar(driver, 'All claims'), POLL).toBe(true);
    await expect
      .poll(() => inSidebar(driver, (view) => view.document.querySelectorAll('li.claim').length), POLL)
      .toBe(1);
    const width = await inSidebar(driver, (view) => view.document.documentElement.clientWidth);
    expect(width).toBeGreaterThan(150);
    expect(await pastTheEdge()).toEqual([]);
    // The narrowest sidebar Firefox lets the reader drag to.
    const narrow = await session.chrome<number>(`(() => {
      const box = SidebarController._box ?? document.getElementById('sidebar-box');
      box.style.width = '1px';
      return box.getBoundingClientRect().width;
    })()`);
    console.log('narrowest sidebar', narrow);
    await expect
      .poll(() => inSidebar(driver, (view) => view.document.documentElement.clientWidth), POLL)
      .toBeLessThan(width);
    console.log(
      'sidebar content width',
      await inSidebar(driver, (view) => view.document.documentElement.clientWidth),
    );
    expect(await pastTheEdge()).toEqual([]);
    await expect.poll(() => clickInSidebar(driver, 'Edit', 'li.claim'), POLL).toBe(true);
    await expect
      .poll(
        () => inSidebar(driver, (view) => view.document.querySelectorAll('.claim-edit select').length),
        POLL,
      )
      .toBe(1);
    expect(await pastTheEdge()).toEqual([]);
  });
});
