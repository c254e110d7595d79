/**
 * The claim form from the keyboard and in a small window: opened by the keyboard command, it
 * takes focus, and Esc gives focus back to what had it (or, that gone, leaves the caret after the
 * passage just marked) rather than dropping it on <body>; in a 240 × 480 window it stays on screen
 * as the page scrolls, and scrolls inside, Save in view. axe-core finds nothing wrong with it,
 * light or dark, and its focus rings stand out 3:1 from its surface in the dark too.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visibleOwnUi } from '../../scripts/lib/own-ui';
import { POLL } from '../poll';
import { axePage, smallText } from './axe';
import { claimForm, formTookFocus, listClaims } from './claim-page';
import { openControlPage, type ControlPage } from './control-page';
import { startSession, type Session } from './harness';

const article = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Keyboard marking</title></head>
<body><main>
<h1>Talks in Washington</h1>
<p><button id="origin" type="button">Read later</button></p>
<p id="quote">Field Marshal Asim Munir met officials in Washington to discuss the plan for Gaza.</p>
<div style="height: 1200px"></div>
</main></body></html>`;

let session: Session;
let control: ControlPage;
let runs = 0;

beforeAll(async () => {
  session = await startSession({ pages: { '/marking.html': article } });
  control = await openControlPage(session);
});
afterAll(async () => {
  await session?.close();
});

async function open(): Promise<{ page: Page; tabId: number }> {
  const page = await session.context.newPage();
  // A page of its own each time, so a passage saved before does not reopen its claim.
  await page.goto(new URL(`marking.html?run=${++runs}`, session.server.url).href);
  await expect
    .poll(() => page.evaluate(() => CSS.highlights.get('backstory-actor')?.size ?? 0), POLL)
    .toBeGreaterThan(0);
  return { page, tabId: await session.tabIdOf(page) };
}

/** Selects the words of an element (caret browsing does this from the keyboard; focus stays). */
const selectWords = (page: Page, id: string) =>
  page.evaluate((where) => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById(where)!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  }, id);

/** Alt+Shift+M, as the browser sends it (a headless browser does not receive its shortcuts). */
async function markFromKeyboard(target: { page: Page; tabId: number }): Promise<Frame> {
  expect(await control.tab(target.tabId, 'markSelection', {})).toEqual({ ok: true, value: true });
  const form = await claimForm(target.page);
  // The form takes focus as it opens: typing goes to it.
  await expect.poll(() => form.evaluate(() => document.hasFocus()), POLL).toBe(true);
  return form;
}

const formOpen = (page: Page) => page.frames().some((f) => f.url().includes('/claim-form.html'));

describe('the claim form from the keyboard', () => {
  it('gives focus back to the element that had it when Esc closes the form', async () => {
    const target = await open();
    const { page } = target;
    await page.focus('#origin');
    await selectWords(page, 'quote');
    const form = await markFromKeyboard(target);
    expect(await axePage(form)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => formOpen(page), POLL).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('origin');
    await page.close();
  });

  it('is non-modal: Shift+Tab leaves it for the page, Alt+Shift+M comes back, the note is kept', async () => {
    const target = await open();
    const { page } = target;
    await page.focus('#origin');
    await selectWords(page, 'quote');
    const form = await markFromKeyboard(target);
    await formTookFocus(form);
    const note = 'Typed, then left for the page.';
    await page.keyboard.type(note);
    // Shift+Tab walks the form back to its first control (✕) and then leaves it for the page's
    // last control before Backstory's UI. The last Shift+Tab moves focus only once the content
    // script has the form's word (entrypoints/claim-form/tab-out.ts): focus is still in the form
    // for a moment after the key, so it is pressed once and waited on, never again meanwhile (a
    // second press could land on the page after the move and go on past it).
    const inForm = () => form.evaluate(() => document.hasFocus());
    const onClose = () => form.evaluate(() => document.activeElement?.getAttribute('aria-label') === 'Close');
    for (let n = 0; n < 30 && !(await onClose()); n++) await page.keyboard.press('Shift+Tab');
    expect(await onClose()).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), POLL).toBe('origin');
    expect(await inForm()).toBe(false);
    // Esc on the page is the page's (it may close the page's own menus): the form stays.
    await page.keyboard.press('Escape');
    expect(formOpen(page)).toBe(true);
    // Nothing selected: the marking shortcut takes focus back into the form, where it was: on
    // the control Shift+Tab left it from (✕, the form's first), not on the frame's body, from
    // where a screen reader says nothing and Tab starts over (a newcomer's walkthrough found it).
    expect(await control.tab(target.tabId, 'markSelection', {})).toEqual({ ok: true, value: true });
    await expect.poll(inForm, POLL).toBe(true);
    await expect
      .poll(() => form.evaluate(() => document.activeElement?.getAttribute('aria-label')), POLL)
      .toBe('Close');
    expect(await form.evaluate(() => document.querySelector('textarea')!.value)).toBe(note);
    // Esc in the form closes it (saving the note) and gives focus back to what had it.
    await page.keyboard.press('Escape');
    await expect.poll(() => formOpen(page), POLL).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('origin');
    const id = new URL(form.url()).searchParams.get('claim');
    await expect
      .poll(async () => (await listClaims(session)).find((c) => c.id === id)?.note, POLL)
      .toBe(note);
    await page.close();
  });

  it('leaves the caret after the marked passage when that element is gone', async () => {
    const target = await open();
    const { page } = target;
    await page.focus('#origin');
    await selectWords(page, 'quote');
    await markFromKeyboard(target);
    await page.evaluate(() => document.getElementById('origin')!.remove());
    await page.keyboard.press('Escape');
    await expect.poll(() => formOpen(page), POLL).toBe(false);
    const caret = await page.evaluate(() => {
      const selection = document.getSelection()!;
      return {
        collapsed: selection.isCollapsed,
        in: (selection.anchorNode instanceof Element
          ? selection.anchorNode
          : selection.anchorNode?.parentElement
        )?.closest('p')?.id,
        // Focus left Backstory's (removed) frame for the page itself.
        focusOnPage: document.activeElement === document.body,
      };
    });
    expect(caret).toEqual({ collapsed: true, in: 'quote', focusOnPage: true });
    await page.close();
  });
});

/**
 * Contrast of each control's focus ring with the form's surface, as the reader tabs through it
 * (WCAG 1.4.11: 3:1 for what shows where focus is), one line per control.
 */
async function focusRingContrasts(page: Page, form: Frame, stops: number): Promise<string[]> {
  const found: string[] = [];
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press('Tab');
    const ring = await form.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return undefined;
      const luminance = (css: string) => {
        const [r, g, b] = css
          .match(/[\d.]+/g)!
          .slice(0, 3)
          .map((v) => Number(v) / 255);
        const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
        return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
      };
      const surface = getComputedStyle(document.querySelector('.bs-marker')!).backgroundColor;
      const [a, b] = [luminance(getComputedStyle(el).outlineColor), luminance(surface)];
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      return `${el.localName} “${(el.textContent ?? '').trim().slice(0, 20)}”: ${ratio >= 3 ? 'ok' : ratio.toFixed(2)}`;
    });
    if (ring) found.push(ring);
  }
  return found;
}

describe('the claim form in the dark', () => {
  it('passes axe-core once saved, and its focus rings stand out from its surface', async () => {
    const target = await open();
    const { page } = target;
    await page.emulateMedia({ colorScheme: 'dark' });
    await selectWords(page, 'quote');
    const form = await markFromKeyboard(target);
    // "Saved ✓" and the linked actors' chips are on show: the outcome's colour is checked too.
    await form.getByText('Saved ✓').waitFor();
    await form
      .getByRole('button', { name: /^Unlink / })
      .first()
      .waitFor();
    const problems = await axePage(form);
    const rings = await focusRingContrasts(page, form, 8);
    expect(rings.length).toBeGreaterThan(3);
    expect([...problems, ...rings.filter((line) => !line.endsWith(': ok'))]).toEqual([]);
    await page.close();
  });
});

describe('the claim form in a small window', () => {
  // 200 × 400 is a 400 × 800 window at 200 % zoom.
  it.each([
    [240, 480],
    [200, 400],
  ])('fits %i × %i and scrolls inside, Save in view, as the page scrolls under it', async (width, height) => {
    const target = await open();
    const { page } = target;
    await page.setViewportSize({ width, height });
    await page.evaluate(() => document.getElementById('quote')!.scrollIntoView({ block: 'start' }));
    await selectWords(page, 'quote');
    const form = await markFromKeyboard(target);
    // The reader scrolls on with the form open: the passage goes off the top, the form stays.
    await page.evaluate(() => window.scrollBy(0, 150));
    // The frame on screen, whole.
    await expect
      .poll(async () => {
        const frame = await visibleOwnUi(page, 'iframe.bs-form-frame');
        if (!frame) return 'no frame';
        const [left, right] = [frame.x - frame.width / 2, frame.x + frame.width / 2];
        const [top, bottom] = [frame.y - frame.height / 2, frame.y + frame.height / 2];
        return left >= 0 && right <= width && top >= 0 && bottom <= height
          ? 'on screen'
          : { left, right, top, bottom };
      }, POLL)
      .toBe('on screen');
    // Nothing in the form is wider than its frame: it scrolls up and down only.
    expect(await form.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(
      0,
    );
    // Nor is any field or group of choices cut off at the frame's right edge.
    const cut = await form.evaluate(() =>
      [...document.querySelectorAll('textarea, input, select, fieldset')]
        .filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5)
        .map((el) => el.localName),
    );
    expect(cut).toEqual([]);
    const save = form.getByRole('button', { name: 'Save details' });
    const inView = await save.evaluate((button) => {
      const box = button.getBoundingClientRect();
      return (
        box.right <= innerWidth &&
        box.bottom <= innerHeight &&
        document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === button
      );
    });
    expect(inView).toBe(true);
    expect([...(await smallText(form)), ...(await axePage(form))]).toEqual([]);
    await page.close();
  });
});
