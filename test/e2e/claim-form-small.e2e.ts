/**
 * The claim form where room is short (a 1280 × 720 window at 200 % zoom, 640 × 360 CSS px): laid
 * over the foot of the page, it takes at most three fifths of the window, the page scrolls the
 * passage just marked clear above it, and it folds to its status and Save ("Hide fields"); its
 * linked actors and events carry a visible label. Marking asked of the whole tab (no frame named,
 * as an extension page may ask) is answered by the frame that marks, not by an ad's frame.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visibleOwnUi } from '../../scripts/lib/own-ui';
import { axePage } from './axe';
import { claimForm, select } from './claim-page';
import { openControlPage, type ControlPage } from './control-page';
import { startSession, type Session } from './harness';
import { namesDrawn } from './names-drawn';
import { POLL } from '../poll';

const QUOTE = 'Paragraph 6: Field Marshal Asim Munir was greeted warmly';
const paragraphs = Array.from(
  { length: 12 },
  (_, i) =>
    `<p>Paragraph ${i}: Field Marshal Asim Munir was greeted warmly at the Pentagon by top brass on Tuesday, and he met President Donald Trump for lunch at the White House, officials in Washington said.</p>`,
).join('\n');
// The frame is an ad's: Backstory runs in it too (every frame), with nothing selected there.
const article = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Small</title></head>
<body><article><h1>Talks</h1><iframe title="Advertisement" srcdoc="<p>An advertisement.</p>"></iframe>
${paragraphs}</article></body></html>`;
const [WIDTH, HEIGHT] = [640, 360];

let session: Session;
let control: ControlPage;
beforeAll(async () => {
  session = await startSession({ pages: { '/small.html': article } });
  control = await openControlPage(session);
});
afterAll(async () => {
  await session?.close();
});

/**
 * What the reader sees now, light and dark, when `BACKSTORY_E2E_SHOTS` names a folder (shots.ts
 * resizes the page, which moves the form; these are of the window as the test has it).
 */
async function seen(page: Page, name: string) {
  const dir = process.env['BACKSTORY_E2E_SHOTS'];
  if (!dir) return;
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${dir}/${name}-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Where the quote is on the page: its top and bottom in the viewport. */
const quoteBox = (page: Page) =>
  page.evaluate((quote) => {
    const p = [...document.querySelectorAll('p')].find((el) => el.textContent!.startsWith(quote))!;
    const range = document.createRange();
    range.setStart(p.firstChild!, 0);
    range.setEnd(p.firstChild!, quote.length);
    const box = range.getBoundingClientRect();
    return { top: box.top, bottom: box.bottom };
  }, QUOTE);

describe('the claim form at 200 % zoom', () => {
  // At the foot of the window (the form goes above it) and mid-window (laid over the foot).
  it.each(['end', 'center'] as const)(
    'with the passage at the %s: it leaves the passage in view, folds, labels its chips',
    async (block) => {
      const page = await session.context.newPage();
      await page.setViewportSize({ width: WIDTH, height: HEIGHT });
      await page.goto(new URL(`/small.html?at=${block}`, session.server.url).href);
      await namesDrawn(page);
      await page.evaluate(
        ([quote, where]) => {
          const p = [...document.querySelectorAll('p')].find((el) => el.textContent!.startsWith(quote))!;
          p.scrollIntoView({ block: where });
        },
        [QUOTE, block] as const,
      );
      await select(page, QUOTE);
      const tabId = await session.tabIdOf(page);
      // Asked of the top frame, as the shortcut asks: the advertisement's frame, with nothing
      // to mark, is not asked.
      const reply = { res: await control.tab(tabId, 'markSelection', {}) };
      expect(reply).toEqual({ res: { ok: true, value: true } });
      const form = await claimForm(page);
      await expect.poll(() => form.getByRole('status').textContent(), POLL).toBe('Saved ✓');

      // Laid over the foot, no taller than three fifths of the window, the passage clear above it.
      const frame = async () => {
        const box = await visibleOwnUi(page, 'iframe.bs-form-frame');
        return box
          ? { top: box.y - box.height / 2, bottom: box.y + box.height / 2, height: box.height }
          : undefined;
      };
      await expect.poll(async () => (await frame())?.height ?? 0, POLL).toBeGreaterThan(100);
      const open = (await frame())!;
      expect(open.height).toBeLessThanOrEqual(HEIGHT * 0.6);
      expect(open.bottom).toBeLessThanOrEqual(HEIGHT);
      const clear = async () => {
        const [quote, box] = [await quoteBox(page), (await frame())!];
        return quote.bottom <= box.top || box.bottom <= quote.top;
      };
      await expect.poll(clear, POLL).toBe(true);
      expect((await quoteBox(page)).top).toBeGreaterThanOrEqual(0);

      // The linked actors and events are named on screen, and the group by that name.
      const group = form.getByRole('group', { name: 'Linked actors and events' });
      expect(await group.count()).toBe(1);
      const label = form.getByText('Linked actors and events', { exact: true });
      await label.scrollIntoViewIfNeeded();
      expect(await label.evaluate((el) => el.getBoundingClientRect().width > 50 && el.className)).toBe(
        'bs-group-label',
      );
      await page.bringToFront();
      await seen(page, `claim-form-zoom200-${block}`);
      expect(await axePage(form)).toEqual([]);

      // Folded from the keyboard to its status and Save: it covers less, and unfolds again.
      const fold = form.getByRole('button', { name: 'Hide fields' });
      await fold.focus();
      await page.keyboard.press('Enter');
      const unfold = form.getByRole('button', { name: 'Show fields' });
      await expect.poll(() => unfold.getAttribute('aria-expanded'), POLL).toBe('false');
      expect(await unfold.evaluate((el) => el === document.activeElement)).toBe(true);
      await expect.poll(async () => (await frame())?.height ?? HEIGHT, POLL).toBeLessThan(open.height / 2);
      expect(await form.getByRole('button', { name: 'Save details' }).isVisible()).toBe(true);
      await seen(page, `claim-form-zoom200-${block}-folded`);
      expect(await axePage(form)).toEqual([]);
      await page.keyboard.press('Enter');
      await expect.poll(() => fold.getAttribute('aria-expanded'), POLL).toBe('true');
      await expect.poll(() => form.getByLabel('Note').isVisible(), POLL).toBe(true);
      await page.close();
    },
  );
});
