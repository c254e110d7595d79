/** Pointing at names and reading Backstory's card in end-to-end tests, as a reader does. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  bounded,
  callOnOwnShadow,
  clickOwnUi,
  queryOwnUi,
  visibleOwnUi,
  type OwnUiElement,
} from '../../scripts/lib/own-ui';
import { POLL } from '../poll';
import { pointOf } from './claim-page';

/** The heading of the card on show, or undefined. */
export const cardHeading = async (page: Page) => (await visibleOwnUi(page, '.bs-popover h2'))?.text;

/** Whether a card is on show. */
export const cardOpen = async (page: Page) => (await visibleOwnUi(page, '.bs-popover')) !== undefined;

/** Rests the pointer on a name (its first occurrence) and waits for the card it opens. */
export async function hoverName(page: Page, text: string, expected = text): Promise<void> {
  await bounded(page.mouse.move(1, 1), 'the page, as the pointer moved');
  const point = await pointOf(page, text);
  await bounded(page.mouse.move(point.x - 30, point.y - 30), 'the page, as the pointer moved');
  await bounded(page.mouse.move(point.x, point.y, { steps: 4 }), 'the page, as the pointer moved');
  await expect.poll(() => cardHeading(page), POLL).toBe(expected);
}

/** The claims the card shows (not those folded under "Where the sources differ"). */
export async function shownClaims(page: Page): Promise<number> {
  return (await queryOwnUi(page, '.bs-popover .bs-claims:not(.bs-wording) > li')).filter((c) => c.visible)
    .length;
}

/** The hover tracker's last decision, kept on the popover for tests (see session.tsx). */
export function pointerState(page: Page): Promise<string | undefined> {
  return callOnOwnShadow<string>(
    page,
    `function () { return this.querySelector('.bs-popover')?.dataset.pointer; }`,
  );
}

/** The texts of the ranges in a highlight, read from the page's own world. */
export function highlighted(page: Page, name: string): Promise<string[]> {
  return bounded(
    page.evaluate((highlight) => {
      const set = CSS.highlights.get(highlight);
      if (!set) return [];
      return [...set].map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      });
    }, name),
    `the page, asked for the ranges in highlight "${name}"`,
  );
}

/** Two animation frames and a task: whatever the page was going to do after an event has run. */
export function settle(page: Page): Promise<unknown> {
  return bounded(
    page.evaluate(
      () =>
        new Promise((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))),
        ),
    ),
    'the page, for two animation frames',
  );
}

/** Chooses an action from the card's “More actions” menu with the mouse, as a reader would. */
export async function chooseAction(page: Page, label: string | RegExp): Promise<void> {
  await clickOwnUi(page, '.bs-popover button[aria-label="More actions"]');
  let item: OwnUiElement | undefined;
  await expect
    .poll(async () => {
      item = (await queryOwnUi(page, '.bs-popover [role="menuitem"]')).find(
        // Ready: the menu has stood still long enough for a click to count (lib/dom/presses.ts).
        (i) => i.visible && i.ready && (typeof label === 'string' ? i.text === label : label.test(i.text)),
      );
      return item !== undefined;
    }, POLL)
    .toBe(true);
  await page.mouse.move(item!.x, item!.y, { steps: 2 });
  await page.mouse.click(item!.x, item!.y);
}
