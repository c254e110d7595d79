/**
 * A page cannot steer a reader's click onto Backstory's UI: actions are refused when the UI is
 * veiled, faded, or hidden under a decoy that lets clicks through, and each refusal is shown.
 * Every attack is followed by the same click without it, which must work — so these tests fail
 * if the guard refuses everything as surely as if it refused nothing. (More attacks, from pages
 * on another origin: page-attacks.e2e.ts.)
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickOwnUi, queryOwnUi, visibleOwnUi } from '../../scripts/lib/own-ui';
import { chooseAction } from './card-page';
import { POLL } from '../poll';
import { namesDrawn } from './names-drawn';
import { claimForm, listClaims, pointOf, saveDetails, select } from './claim-page';
import { startSession, wireMessage, type Session } from './harness';

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
 * Attacks a page can make on Backstory's UI once it is on show. It cannot style the host element
 * itself (the shadow root's `:host { all: initial !important }` wins), and while the host is in
 * the top layer nothing the page does to its ancestors reaches it; so the page either puts
 * something above it in the top layer, or first forces it out of the top layer (`flatten`).
 */
const attacks = {
  /**
   * An almost opaque veil the page opens in the top layer from its own closed shadow root, where
   * Backstory cannot see it open; clicks pass through it. Hit-testing cannot see it; the
   * browser's occlusion tracking can.
   */
  veil: (page: Page) =>
    page.evaluate(() => {
      const holder = document.createElement('div');
      holder.id = 'veil-holder';
      const root = holder.attachShadow({ mode: 'closed' });
      const veil = document.createElement('div');
      veil.popover = 'manual';
      veil.textContent = 'Click here to win';
      veil.style.cssText =
        'position:fixed;inset:0;width:auto;height:auto;margin:0;border:0;background:rgba(255,255,255,0.97);pointer-events:none;font-size:40px';
      root.append(veil);
      document.body.append(holder);
      veil.showPopover();
    }),
  /** Forces Backstory's UI out of the top layer, then fades the whole document, Backstory with it. */
  fade: async (page: Page) => {
    await flatten(page);
    await page.evaluate(() => {
      document.documentElement.style.opacity = '0.3';
    });
  },
  /**
   * Forces Backstory's UI out of the top layer, then lays an opaque decoy over everything, after
   * Backstory's host so it paints on top, that lets clicks through to the button below.
   */
  decoy: async (page: Page) => {
    await flatten(page);
    await page.evaluate(() => {
      const decoy = document.createElement('div');
      decoy.id = 'decoy';
      decoy.textContent = 'Click here to win';
      decoy.style.cssText =
        'position:fixed;inset:0;background:#fff;z-index:2147483647;pointer-events:none;font-size:40px';
      document.documentElement.append(decoy);
    });
  },
};

/**
 * Takes Backstory's host out of the top layer for good: whenever something that is not the
 * page's own is about to be shown as a popover, the page removes its popover attribute, which
 * makes showing it fail; then it hides the host, so Backstory tries to show it again. Backstory
 * then draws in place, among the page's elements.
 */
function flatten(page: Page) {
  return page.evaluate(() => {
    addEventListener(
      'beforetoggle',
      (event) => {
        const target = event.target as HTMLElement;
        if ((event as ToggleEvent).newState === 'open' && target.id !== 'veil-holder')
          target.removeAttribute('popover');
      },
      true,
    );
    for (const el of document.querySelectorAll<HTMLElement>(':popover-open')) el.hidePopover();
  });
}

function undo(page: Page) {
  return page.evaluate(() => {
    document.documentElement.style.opacity = '';
    document.getElementById('decoy')?.remove();
    document.getElementById('veil-holder')?.remove();
  });
}

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

async function open(): Promise<Page> {
  const page = await session.context.newPage();
  // A page of its own each time, so claims from one test never re-anchor in another.
  await page.goto(new URL(`article.html?run=${++runs}`, session.server.url).href);
  await namesDrawn(page);
  return page;
}

const savedClaims = () => listClaims(session);

async function offerMarkClaim(page: Page) {
  await select(page, QUOTE);
  await expect.poll(async () => (await visibleOwnUi(page, '.bs-mark-button')) !== undefined, POLL).toBe(true);
}

describe('clicks a page steers onto Backstory', () => {
  for (const [name, attack] of Object.entries(attacks)) {
    it(`refuses Mark claim under a ${name}, and saves once the ${name} is gone`, async () => {
      const before = (await savedClaims()).length;
      const page = await open();
      await offerMarkClaim(page);
      await attack(page);
      // A reader aims for a while; the browser reports occlusion at most every 100 ms.
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
      await reportedOnShow(page, '.bs-marker', true);
      await clickOwnUi(page, '.bs-mark-button');
      const form = await claimForm(page);
      await expect.poll(() => form.getByRole('status').textContent(), POLL).toBe('Saved ✓');
      expect(await savedClaims()).toHaveLength(before + 1);
      await page.close();
    });
  }

  it('is out of reach of a fade while it is in the top layer: the click saves', async () => {
    const before = (await savedClaims()).length;
    const page = await open();
    await offerMarkClaim(page);
    await page.evaluate(() => {
      document.documentElement.style.opacity = '0.3';
    });
    await reportedOnShow(page, '.bs-marker', true);
    await clickOwnUi(page, '.bs-mark-button');
    const form = await claimForm(page);
    await expect.poll(() => form.getByRole('status').textContent(), POLL).toBe('Saved ✓');
    expect(await savedClaims()).toHaveLength(before + 1);
    await page.close();
  });

  it('refuses to save the claim form while the page veils it', async () => {
    const page = await open();
    await offerMarkClaim(page);
    await clickOwnUi(page, '.bs-mark-button');
    const form = await claimForm(page);
    await expect.poll(() => form.getByRole('status').textContent(), POLL).toBe('Saved ✓');
    const id = new URL(form.url()).searchParams.get('claim');
    const noteOf = async () => (await savedClaims()).find((c) => c.id === id)?.note;
    expect(await noteOf()).toBe('');

    await attacks.veil(page);
    // The browser reports the frame's visibility at most every 100 ms, and the form saves a
    // moment after typing: wait for its report first, so the autosave is refused too.
    await formReportedOnShow(form, false);
    await form.getByLabel('Note').fill('Steered by the page');
    await saveDetails(form);
    await expect
      .poll(() => form.getByRole('status').textContent(), POLL)
      .toBe('Not saved: this form is covered or faded on the page.');
    expect(await noteOf()).toBe('');

    await undo(page);
    await formReportedOnShow(form, true);
    await saveDetails(form);
    await expect.poll(() => form.getByRole('status').textContent(), POLL).toBe('Saved ✓');
    expect(await noteOf()).toBe('Steered by the page');
    await page.close();
  });

  it('refuses “Pause Backstory on this site” in a veiled popover, and pauses once it is in plain view', async () => {
    const page = await open();
    const point = await pointOf(page, 'Donald Trump');
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await expect.poll(async () => (await visibleOwnUi(page, '.bs-popover')) !== undefined, POLL).toBe(true);
    await attacks.veil(page);
    await reportedOnShow(page, '.bs-popover', false);
    await chooseAction(page, 'Pause Backstory on this site');
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
    await chooseAction(page, 'Pause Backstory on this site');
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
