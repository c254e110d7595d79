/**
 * Reading with Backstory, as Hypothesis and Wikipedia readers expect: selection wins over hover,
 * highlights are quiet (the first mention of each name per section, in a style unlike links, with
 * "all" and "none" settings), and one-click actions say what they did and can be undone — pausing
 * keeps the reader's own claim highlights.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bounded, clickOwnUi, focusedOwnUi, readyOwnUi, visibleOwnUi } from '../../scripts/lib/own-ui';
import { POLL, until } from '../poll';
import { axeCard } from './axe';
import { claimForm, claimHighlights, clickMarkClaim, pointOf, select } from './claim-page';
import { cardHeading, cardOpen, highlighted, hoverName, pointerState, settle } from './card-page';
import { openControlPage, type ControlPage } from './control-page';
import { startSession, type Session } from './harness';

const quietPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Quiet</title></head>
<body><article>
<h1>Talks</h1>
<p id="one">Pakistan said on Monday that Pakistan would wait. Officials in Pakistan agreed with Shehbaz Sharif.</p>
<h2>Reactions</h2>
<p id="two">Pakistan welcomed it. Asim Munir said Pakistan and Iran would talk; Pakistan was hopeful.</p>
<p id="plain">Plain words for selecting, with nothing in them to explain at all, spread over a line.</p>
<p id="drag">Words before Iran and words after it, for dragging across a name.</p>
</article></body></html>`;

let session: Session;
let control: ControlPage;
let page: Page;

const settings = (patch: Record<string, unknown>) => control.background('updateSettings', patch);
const drawn = async (name: string) =>
  (await highlighted(page, 'backstory-actor')).filter((t) => t === name).length;

beforeAll(async () => {
  session = await startSession({ pages: { '/quiet.html': quietPage } });
  control = await openControlPage(session);
  page = await session.context.newPage();
  await page.goto(new URL('quiet.html', session.server.url).href);
  await until(async () => (await drawn('Pakistan')) > 0, 'the names on the page to be marked');
});
afterAll(async () => {
  await session?.close();
});

describe('quiet highlights', () => {
  it('marks the first mention of each name per section by default; every mention still opens its card', async () => {
    // Pakistan: 3 mentions under "Talks", 3 under "Reactions": two are drawn.
    await expect.poll(() => drawn('Pakistan'), POLL).toBe(2);
    expect(await drawn('Asim Munir')).toBe(1);
    // The second mention, not drawn, opens the card all the same.
    const point = await page.evaluate(() => {
      const text = document.getElementById('one')!.firstChild as Text;
      const at = text.data.indexOf('Pakistan', 10);
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 8);
      const box = range.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    });
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await expect.poll(() => cardHeading(page), POLL).toBe('Pakistan');
    await page.keyboard.press('Escape');
  });

  it('draws in a quiet dotted line unlike a link, and offers “every mention” and “none”', async () => {
    const rules = () =>
      page.evaluate(() =>
        document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'),
      );
    expect(await rules()).toMatch(/::highlight\(backstory-actor\) \{[^}]*dotted/);
    expect(await rules()).not.toMatch(/::highlight\(backstory-actor\) \{[^}]*solid/);
    await settings({ highlightScope: 'all' });
    await expect.poll(() => drawn('Pakistan'), POLL).toBe(6);
    await settings({ highlightScope: 'none' });
    await expect.poll(rules, POLL).not.toMatch(/backstory-actor/);
    // Hover only: the card still opens.
    await hoverName(page, 'Asim Munir');
    await page.keyboard.press('Escape');
    await settings({ highlightScope: 'first' });
    await expect.poll(rules, POLL).toMatch(/backstory-actor/);
    await expect.poll(() => drawn('Pakistan'), POLL).toBe(2);
  });
});

describe('selection wins over hover', () => {
  it('opens no card while a selection is dragged across a name, nor while “Mark claim” is offered', async () => {
    await hoverName(page, 'Asim Munir'); // the UI exists from here on, with its pointer state
    await page.keyboard.press('Escape');
    await expect.poll(() => cardOpen(page), POLL).toBe(false);
    const start = await pointOf(page, 'Words before');
    const name = await pointOf(page, 'Iran and words');
    await page.mouse.move(start.x - 30, start.y);
    await page.mouse.down();
    await page.mouse.move(name.x - 12, name.y, { steps: 8 });
    await expect.poll(() => pointerState(page), POLL).toBe('blocked');
    await settle(page);
    expect(await cardOpen(page)).toBe(false);
    await page.mouse.up();
    await expect
      .poll(async () => (await visibleOwnUi(page, '.bs-mark-button')) !== undefined, POLL)
      .toBe(true);
    // The pointer rests on the name with the offer up: still no card, so nothing covers "Mark claim".
    await page.mouse.move(name.x - 10, name.y + 1, { steps: 2 });
    await expect.poll(() => pointerState(page), POLL).toBe('blocked');
    await settle(page);
    expect(await cardOpen(page)).toBe(false);
    await page.mouse.click(5, 5);
    await expect
      .poll(async () => (await visibleOwnUi(page, '.bs-mark-button')) === undefined, POLL)
      .toBe(true);
  });

  it('closes an open card, pinned or not, when a selection starts', async () => {
    for (const pin of [false, true]) {
      await hoverName(page, 'Asim Munir');
      if (pin) await clickOwnUi(page, '.bs-popover button', 'Pin');
      const plain = await pointOf(page, 'Plain words');
      await page.mouse.move(plain.x - 40, plain.y);
      await page.mouse.down();
      await page.mouse.move(plain.x + 40, plain.y, { steps: 4 });
      await expect.poll(() => cardOpen(page), POLL).toBe(false);
      await page.mouse.up();
      await page.mouse.click(5, 5);
    }
  });
});

describe('reversible actions', () => {
  it('pauses with a toast that says so and can undo it; the reader’s claims stay highlighted', async () => {
    await select(page, 'Officials in Pakistan agreed');
    await clickMarkClaim(page);
    const form = await claimForm(page);
    await form.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => claimHighlights(page), POLL).toEqual(['Officials in Pakistan agreed']);
    await hoverName(page, 'Asim Munir');
    await clickOwnUi(page, '.bs-popover button[aria-label="More actions"]');
    await clickOwnUi(page, '.bs-popover [role="menuitem"]', 'Pause Backstory on this site');
    await expect
      .poll(async () => (await visibleOwnUi(page, '.bs-toast-text'))?.text, POLL)
      .toBe('Backstory is paused on 127.0.0.1. Your marked claims stay highlighted.');
    // The reader rests the pointer on the toast to read it, which holds it open (toasts.tsx):
    // the checks below can outlast its ten seconds on a busy machine.
    const toast = (await visibleOwnUi(page, '.bs-toast-text'))!;
    await bounded(page.mouse.move(toast.x, toast.y, { steps: 2 }), 'the page, as the pointer moved');
    await expect
      .poll(
        () =>
          bounded(
            page.evaluate(() => CSS.highlights.get('backstory-actor')?.size ?? 0),
            'the page, asked for the size of the names highlight',
          ),
        POLL,
      )
      .toBe(0);
    expect(await claimHighlights(page)).toEqual(['Officials in Pakistan agreed']);
    expect(await axeCard(page, '.bs-toast')).toEqual([]);
    await clickOwnUi(page, '.bs-toast-undo');
    await expect.poll(() => drawn('Pakistan'), POLL).toBe(2);
    const stored = await control.background<{ pausedSites: string[] }>('getSettings', {});
    expect(stored.ok && stored.value.pausedSites).toEqual([]);
  });

  it('marks a wrong link from the keyboard, says what it did, and undoes it with Enter', async () => {
    await hoverName(page, 'Shehbaz Sharif');
    await clickOwnUi(page, '.bs-popover button[aria-label="More actions"]');
    await expect.poll(async () => (await focusedOwnUi(page))?.text, POLL).toBe('Open in side panel');
    await page.keyboard.press('ArrowDown');
    // A key press counts once the menu has stood still for a moment, as a click does (presses.ts).
    await readyOwnUi(page, '.bs-popover [role="menuitem"]', 'Wrong link: not Shehbaz Sharif here');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await visibleOwnUi(page, '.bs-toast-text'))?.text, POLL)
      .toBe('“Shehbaz Sharif” no longer links to Shehbaz Sharif on 127.0.0.1.');
    await expect.poll(() => drawn('Shehbaz Sharif'), POLL).toBe(0);
    // Chosen from the keyboard: Undo is one key away.
    expect((await focusedOwnUi(page))?.text).toBe('Undo');
    await readyOwnUi(page, '.bs-toast-undo');
    await page.keyboard.press('Enter');
    await expect.poll(() => drawn('Shehbaz Sharif'), POLL).toBe(1);
    const stored = await control.background<{ suppressed: unknown[] }>('getSettings', {});
    expect(stored.ok && stored.value.suppressed).toEqual([]);
  });
});
