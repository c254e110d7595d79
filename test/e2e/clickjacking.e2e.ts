/**
 * A page cannot steer a reader's click onto Backstory's UI: actions that change data are refused
 * when the UI is faded, or hidden under a decoy that lets clicks through, and each refusal is
 * shown. Every attack is followed by the same click without it, which must work — so these tests
 * fail if the guard refuses everything as surely as if it refused nothing.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickOwnUi, queryOwnUi, visibleOwnUi } from '../../scripts/lib/own-ui';
import { claimForm, listClaims, pointOf, select } from './claim-page';
import { startSession, wireMessage, type Session } from './harness';
import { POLL } from '../poll';

let session: Session;
let runs = 0;

const QUOTE = 'was greeted warmly at the Pentagon by top brass';
const article = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clickjacking</title></head>
<body><article><h1>Munir at the Pentagon</h1>
<p>Field Marshal Asim Munir ${QUOTE}, officials said.</p>
<p>He later met President Donald Trump for lunch at the White House.</p></article></body></html>`;

beforeAll(async () => {
  session = await startSession({ pages: { '/article.html': article } });
});
afterAll(async () => {
  await session?.close();
});

/**
 * Attacks a page can make on Backstory's UI. It cannot style the host element itself (the shadow
 * root's `:host { all: initial !important }` wins), so it works on what surrounds it.
 */
const attacks = {
  /** Fades the whole document, Backstory's UI with it, as clickjacking pages fade a target. */
  fade: (page: Page) =>
    page.evaluate(() => {
      document.documentElement.style.opacity = '0.3';
    }),
  /**
   * Lays an opaque decoy over everything, after Backstory's host so it paints on top, that lets
   * clicks pass through to the button below. Hit-testing cannot see it; occlusion tracking can.
   */
  decoy: (page: Page) =>
    page.evaluate(() => {
      const decoy = document.createElement('div');
      decoy.id = 'decoy';
      decoy.textContent = 'Click here to win';
      decoy.style.cssText =
        'position:fixed;inset:0;background:#fff;z-index:2147483647;pointer-events:none;font-size:40px';
      document.documentElement.append(decoy);
    }),
};

function undo(page: Page) {
  return page.evaluate(() => {
    document.documentElement.style.opacity = '';
    document.getElementById('decoy')?.remove();
  });
}

async function open(): Promise<Page> {
  const page = await session.context.newPage();
  // A page of its own each time, so claims from one test never re-anchor in another.
  await page.goto(new URL(`article.html?run=${++runs}`, session.server.url).href);
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('backstory-actor')), POLL).toBe(true);
  return page;
}

const savedClaims = () => listClaims(session);

/**
 * Waits until the browser has reported the panel (`.bs-marker`, `.bs-popover`) on show or not:
 * it reports occlusion at most every 100 ms, later on a busy machine, and Backstory keeps the
 * last report on the panel.
 */
async function reportedOnShow(page: Page, panel: string, onShow: boolean) {
  await expect
    .poll(async () => (await queryOwnUi(page, panel))[0]?.attributes['data-on-show'], POLL)
    .toBe(String(onShow));
}

/** The same for the claim form, an extension page in a frame. */
async function formReportedOnShow(form: Frame, onShow: boolean) {
  await expect.poll(() => form.locator('html').getAttribute('data-on-show'), POLL).toBe(String(onShow));
}

async function offerMarkClaim(page: Page) {
  await select(page, QUOTE);
  await expect.poll(async () => (await visibleOwnUi(page, '.bs-mark-button')) !== undefined, POLL).toBe(true);
  await reportedOnShow(page, '.bs-marker', true);
}

describe('clicks a page steers onto Backstory', () => {
  for (const [name, attack] of Object.entries(attacks)) {
    it(`refuses Mark claim under a ${name}, and saves once the ${name} is gone`, async () => {
      const before = (await savedClaims()).length;
      const page = await open();
      await offerMarkClaim(page);
      await attack(page);
      await reportedOnShow(page, '.bs-marker', false);
      await clickOwnUi(page, '.bs-mark-button');
      await expect
        .poll(async () => (await visibleOwnUi(page, '.bs-error'))?.text, POLL)
        .toMatch(/^Not saved: (something covers|Backstory’s button has been made see-through)/);
      expect(await savedClaims()).toHaveLength(before);

      await undo(page);
      await page.evaluate(() => document.getSelection()!.removeAllRanges());
      await clickOwnUi(page, '.bs-marker button', 'Close');
      await offerMarkClaim(page);
      await clickOwnUi(page, '.bs-mark-button');
      const form = await claimForm(page);
      await expect.poll(() => form.getByRole('status').textContent(), POLL).toBe('Saved ✓');
      expect(await savedClaims()).toHaveLength(before + 1);
      await page.close();
    });
  }

  it('refuses to save the claim form while the page fades it', async () => {
    const page = await open();
    await offerMarkClaim(page);
    await clickOwnUi(page, '.bs-mark-button');
    const form = await claimForm(page);
    await expect.poll(() => form.getByRole('status').textContent(), POLL).toBe('Saved ✓');
    const id = new URL(form.url()).searchParams.get('claim');
    const noteOf = async () => (await savedClaims()).find((c) => c.id === id)?.note;
    expect(await noteOf()).toBe('');

    await attacks.fade(page);
    // The form saves a moment after typing: the browser's report must come first for the
    // autosave to be refused too.
    await formReportedOnShow(form, false);
    await form.getByLabel('Note').fill('Steered by the page');
    await form.getByRole('button', { name: 'Save details' }).click();
    await expect
      .poll(() => form.getByRole('status').textContent(), POLL)
      .toBe('Not saved: this form is covered or faded on the page.');
    expect(await noteOf()).toBe('');

    await undo(page);
    await formReportedOnShow(form, true);
    await form.getByRole('button', { name: 'Save details' }).click();
    await expect.poll(() => form.getByRole('status').textContent(), POLL).toBe('Saved ✓');
    expect(await noteOf()).toBe('Steered by the page');
    await page.close();
  });

  it('refuses “Pause on this site” in a faded popover, and pauses once it is in plain view', async () => {
    const page = await open();
    const point = await pointOf(page, 'Donald Trump');
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await expect.poll(async () => (await visibleOwnUi(page, '.bs-popover')) !== undefined, POLL).toBe(true);
    await reportedOnShow(page, '.bs-popover', true);
    await attacks.fade(page);
    await reportedOnShow(page, '.bs-popover', false);
    await clickOwnUi(page, '.bs-popover button', 'Pause on this site');
    await expect
      .poll(async () => (await visibleOwnUi(page, '.bs-popover .bs-status'))?.text, POLL)
      .toMatch(/^Not done: (something covers|Backstory’s button has been made see-through)/);
    const tabId = await session.tabIdOf(page);
    const running = async () =>
      (
        (await session.sendToTab(tabId, wireMessage('pageMentions', {}))) as {
          res: { value: { running: boolean } };
        }
      ).res.value.running;
    expect(await running()).toBe(true);

    await undo(page);
    await reportedOnShow(page, '.bs-popover', true);
    await clickOwnUi(page, '.bs-popover button', 'Pause on this site');
    await expect.poll(running, POLL).toBe(false);
    const options = await session.openExtensionPage('options.html');
    await options.evaluate(
      (m) => chrome.runtime.sendMessage(m),
      wireMessage('setSitePaused', { site: '127.0.0.1', paused: false }),
    );
    await options.close();
    await page.close();
  });
});
