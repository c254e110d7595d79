/**
 * Marking claims in end-to-end tests the way the context menu and keyboard command do, through a
 * control page, and reading what Backstory's marker then shows the reader.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { queryOwnUi } from '../../scripts/lib/own-ui';
import type { ControlPage } from './control-page';
import { POLL } from '../poll';

/** A page with Backstory running in it, and its tab. */
export interface Target {
  page: Page;
  tabId: number;
}

/** Selects the nth paragraph of the page, as a reader would before marking it. */
export function selectParagraph(page: Page, n: number) {
  return page.evaluate((index) => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelectorAll('p')[index]!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  }, n);
}

export type Outcome = { saved: string } | { error: string; visible: boolean };

/** What Backstory's marker next to the selection shows once a save has finished. */
export async function markerOutcome(page: Page): Promise<Outcome> {
  let outcome: Outcome | undefined;
  await expect
    .poll(
      async () => {
        const [shown] = await queryOwnUi(page, 'iframe.bs-form-frame, .bs-error');
        if (shown?.attributes['src'])
          outcome = { saved: new URL(shown.attributes['src']).searchParams.get('claim')! };
        else if (shown) outcome = { error: shown.text, visible: shown.visible };
        return outcome;
      },
      { ...POLL, interval: 20 },
    )
    .toBeDefined();
  return outcome!;
}

/**
 * Marks the selection the way the context menu and keyboard command do (the content script
 * builds the claim, with its id, and saves it, retrying as it does), optionally doing something
 * while the save is under way (told when the save is over, so it never waits past it). Returns
 * what the reader is shown.
 */
export async function markSelection(
  control: ControlPage,
  target: Target,
  meanwhile?: (over: Promise<unknown>) => Promise<void>,
): Promise<{ outcome: Outcome }> {
  const marking = control.tab<boolean>(target.tabId, 'markSelection', {});
  await meanwhile?.(marking);
  const reply = await marking;
  expect(reply).toEqual({ ok: true, value: true });
  const outcome = await markerOutcome(target.page);
  // Close the details form so the next save starts from a clean marker.
  if ('saved' in outcome) await control.tab(target.tabId, 'claimFormClosed', { id: outcome.saved });
  return { outcome };
}

/** Marks the nth paragraph of the page; what the reader is shown. */
export async function markParagraph(control: ControlPage, target: Target, n: number): Promise<Outcome> {
  await selectParagraph(target.page, n);
  return (await markSelection(control, target)).outcome;
}
