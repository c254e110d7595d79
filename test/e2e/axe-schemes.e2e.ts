/**
 * axe-core (WCAG 2.1 A and AA, and best practices) on every view Backstory draws, in the light
 * and the dark colour scheme, since the palette names its scheme and scrollbar colours on both
 * the card's host and the extension pages' root (components/palette.css): the options page, the
 * popup, the side panel's two tabs (with a saved claim on show), the compare view, the card on a
 * news page and the claim form framed on it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPageHtml } from '../../scripts/demo/news-page';
import { POLL, until } from '../poll';
import { axeCard, axePage } from './axe';
import { hoverName } from './card-page';
import { claimForm, clickMarkClaim, select } from './claim-page';
import { startSession, type Session } from './harness';
import { savedClaim, storeClaims } from './saved-claims';

const SCHEMES = ['light', 'dark'] as const;
let session: Session;
let demo: Page;
let tabId: number;

beforeAll(async () => {
  session = await startSession({ pages: { '/demo.html': demoPageHtml() } });
  await storeClaims(session, [savedClaim({ note: 'Compare with the MEI account — 比較 ✅' })]);
  demo = await session.context.newPage();
  await demo.goto(new URL('demo.html', session.server.url).href);
  tabId = await session.tabIdOf(demo);
  await until(
    async () => (await demo.evaluate(() => CSS.highlights.get('backstory-actor')?.size ?? 0)) > 0,
    'the demo page to be read',
  );
});
afterAll(async () => {
  await session?.close();
});

/** Opens an extension page at `width`, waits for `ready`, and runs axe in each scheme. */
async function checkPage(
  name: string,
  path: string,
  ready: (page: Page) => Promise<boolean>,
  width = 400,
): Promise<string[]> {
  const page = await session.openExtensionPage(path);
  await page.setViewportSize({ width, height: 900 });
  const found: string[] = [];
  try {
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      await until(() => ready(page), `${name} to be ready`);
      for (const line of await axePage(page)) found.push(`${name} (${scheme}): ${line}`);
    }
  } finally {
    await page.close();
  }
  return found;
}

describe('axe-core, light and dark', () => {
  it('finds nothing on the options page and the popup', async () => {
    const found = [
      ...(await checkPage(
        'options',
        'options.html',
        async (p) => (await p.getByRole('combobox', { name: /^Mark / }).count()) > 0,
        900,
      )),
      ...(await checkPage(
        'popup',
        'popup.html',
        async (p) => (await p.getByRole('heading', { name: 'Backstory' }).count()) > 0,
      )),
    ];
    expect(found).toEqual([]);
  });

  it('finds nothing on the side panel’s two tabs and the compare view', async () => {
    const found = [
      ...(await checkPage(
        'on this page',
        `sidepanel.html?tabId=${tabId}`,
        async (p) => (await p.getByRole('button', { name: 'About Donald Trump' }).count()) > 0,
      )),
      ...(await checkPage('claims', `sidepanel.html?tab=claims&tabId=${tabId}`, async (p) => {
        // The claims of every page, so the saved claim's card is drawn.
        const all = p.getByRole('button', { name: 'All claims' });
        if ((await all.count()) > 0 && (await all.getAttribute('aria-pressed')) !== 'true') await all.click();
        return (await p.getByText('Compare with the MEI account', { exact: false }).count()) > 0;
      })),
      ...(await checkPage(
        'compare',
        'sidepanel.html?tab=claims&compare=asim-munir',
        async (p) => (await p.locator('tr[data-row] [data-ref^="saved:"]').count()) === 1,
      )),
    ];
    expect(found).toEqual([]);
  });

  it('finds nothing on the card and the claim form on a news page', async () => {
    const found: string[] = [];
    for (const scheme of SCHEMES) {
      await demo.emulateMedia({ colorScheme: scheme });
      await hoverName(demo, 'Asim Munir');
      for (const line of await axeCard(demo)) found.push(`card (${scheme}): ${line}`);
      await demo.mouse.move(1, 1);
      await demo.keyboard.press('Escape');
    }
    for (const scheme of SCHEMES) {
      await demo.emulateMedia({ colorScheme: scheme });
      await select(demo, 'Asim Munir');
      await clickMarkClaim(demo);
      const form = await claimForm(demo);
      await expect.poll(() => form.getByText('Saved ✓').count(), POLL).toBe(1);
      for (const line of await axePage(form)) found.push(`claim form (${scheme}): ${line}`);
      await form.getByRole('textbox', { name: /note/i }).first().press('Escape');
      await expect
        .poll(() => demo.frames().some((f) => f.url().includes('/claim-form.html')), POLL)
        .toBe(false);
    }
    expect(found).toEqual([]);
  });
});
