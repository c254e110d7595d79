/**
 * A card the reader steps into from the keyboard while a claim form is still open (left by
 * tabbing out of it) is drawn above the form, so the control that has focus is not hidden under
 * it (WCAG 2.4.11, focus not obscured), in a 400 × 800 window where the two overlap.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callOnOwnShadow, queryOwnUi } from '../../scripts/lib/own-ui';
import { POLL } from '../poll';
import { claimForm, formTookFocus } from './claim-page';
import { openControlPage, type ControlPage } from './control-page';
import { startSession, type Session } from './harness';

const article = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Card over form</title>
<style>p { font: 18px/1.5 serif; margin: 0 0 12px; }</style></head>
<body><main>
<p id="name">Asim Munir travelled to Washington.</p>
<p id="quote">The visit was one of the most high-profile military engagements between the two countries in recent years, officials said on Monday.</p>
<div style="height: 1500px"></div>
</main></body></html>`;

let session: Session;
let control: ControlPage;

beforeAll(async () => {
  session = await startSession({ pages: { '/card-over-form.html': article } });
  control = await openControlPage(session);
});
afterAll(async () => {
  await session?.close();
});

/** The focused control in Backstory's UI: whether it is what the reader sees at its centre. */
function focusedOnTop(page: Page) {
  return callOnOwnShadow<string>(
    page,
    `function () {
      const el = this.activeElement;
      if (!el || !el.closest('.bs-popover')) return 'focus is not in the card';
      const box = el.getBoundingClientRect();
      const top = this.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return top && (top === el || el.contains(top)) ? 'on top' : 'under ' + (top ? top.className || top.localName : 'nothing');
    }`,
  );
}

describe('a keyboard card while a claim form is open', () => {
  it('is drawn above the form, so its focused control is not hidden', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 400, height: 800 });
    await page.goto(new URL('card-over-form.html', session.server.url).href);
    const tabId = await session.tabIdOf(page);
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.get('backstory-actor')?.size ?? 0), POLL)
      .toBeGreaterThan(0);
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('quote')!);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    expect(await control.tab(tabId, 'markSelection', {})).toEqual({ ok: true, value: true });
    // The form takes focus as it loads: the card must take it after, as it does for a reader.
    await formTookFocus(await claimForm(page));
    // Alt+Shift+. (sent as the browser sends it): the first mention's card, with focus in it.
    expect((await control.tab(tabId, 'stepMention', { direction: 1 })).ok).toBe(true);
    await expect.poll(() => focusedOnTop(page), POLL).not.toBe('focus is not in the card');
    // The two overlap here, or there would be nothing to check.
    const card = (await queryOwnUi(page, '.bs-popover')).find((e) => e.visible);
    const form = (await queryOwnUi(page, '.bs-marker')).find((e) => e.visible);
    expect(card && form).toBeTruthy();
    const overlap =
      Math.abs(card!.x - form!.x) < (card!.width + form!.width) / 2 &&
      Math.abs(card!.y - form!.y) < (card!.height + form!.height) / 2;
    expect(overlap).toBe(true);
    // Each control the reader tabs to in the card is the one drawn there.
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      seen.push((await focusedOnTop(page)) ?? 'no UI');
    }
    expect(seen).toEqual(['on top', 'on top', 'on top', 'on top']);
    await page.close();
  });
});
