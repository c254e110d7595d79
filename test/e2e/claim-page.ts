/** Marking claims and pointing at text on a page in end-to-end tests, as a reader does. */
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { SavedClaim } from '../../lib/claims/schema';
import { bounded, clickOwnUi, visibleOwnUi } from '../../scripts/lib/own-ui';
import { wireMessage, type Session } from './harness';
import { POLL } from '../poll';
import { namesDrawn } from './names-drawn';

/** The claim form: an extension page framed next to the selection. */
export async function claimForm(page: Page): Promise<Frame> {
  let frame: Frame | undefined;
  await expect
    .poll(() => (frame = page.frames().find((f) => f.url().includes('/claim-form.html'))), POLL)
    .toBeDefined();
  await frame!.getByRole('status').waitFor();
  return frame!;
}

/**
 * Waits until the claim form has taken focus as it does on opening: its frame has loaded (the
 * frame's `load` moves focus into it, ClaimMarker.tsx) and its note field is focused. A test that
 * moves focus elsewhere before then races the form for it.
 */
export async function formTookFocus(form: Frame): Promise<void> {
  await expect
    .poll(
      () =>
        form.evaluate(
          () => document.readyState === 'complete' && document.activeElement?.localName === 'textarea',
        ),
      POLL,
    )
    .toBe(true);
}

/**
 * Presses "Save details" in the claim form with the mouse, once the form has stood still long
 * enough for a click to count (its `body[data-ready]`, entrypoints/claim-form/click-guard.ts).
 */
export async function saveDetails(form: Frame): Promise<void> {
  await form.locator('body[data-ready]').waitFor(POLL);
  await form.getByRole('button', { name: 'Save details' }).click();
}

/**
 * Finds the first occurrence of `needle` within one text node of the page and either selects it
 * or returns its centre, scrolled into view.
 */
function findText(page: Page, needle: string, action: 'select' | 'point') {
  return bounded(findTextNow(page, needle, action), `the page, looking for "${needle}"`);
}

function findTextNow(page: Page, needle: string, action: 'select' | 'point') {
  return page.evaluate(
    ([text, what]) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        if (what === 'select') {
          const selection = document.getSelection()!;
          selection.removeAllRanges();
          selection.addRange(range);
          return undefined;
        }
        (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        const box = range.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }
      throw new Error(`"${text}" is not on the page`);
    },
    [needle, action] as const,
  );
}

/**
 * Selects `text` in the page (first occurrence, within one text node) and ends the selection as
 * a reader using the keyboard does, with a real Shift key (Backstory offers "Mark claim" only
 * after the reader's own pointer or keys, never after a synthetic event).
 */
export async function select(page: Page, text: string): Promise<void> {
  await findText(page, text, 'select');
  await bounded(page.keyboard.press('Shift'), 'the page, as Shift was pressed');
}

/**
 * Clicks "Mark claim" for the current selection once Backstory offers it: the button comes after
 * the selection's release reaches the content script, which may still be starting on a new page.
 */
export async function clickMarkClaim(page: Page): Promise<void> {
  await expect.poll(async () => (await visibleOwnUi(page, '.bs-mark-button')) !== undefined, POLL).toBe(true);
  await clickOwnUi(page, '.bs-mark-button');
}

/**
 * Opens `path` on the test server in a new tab (at `size`, if given), waits until Backstory has
 * drawn a name there, selects `quote` and presses "Mark claim", as a reader does: the tab and the
 * claim form's frame.
 */
export async function openAndMark(
  session: Session,
  path: string,
  quote: string,
  size?: { width: number; height: number },
): Promise<{ page: Page; form: Frame }> {
  const page = await session.context.newPage();
  if (size) await page.setViewportSize(size);
  await page.goto(new URL(path, session.server.url).href);
  await namesDrawn(page);
  await select(page, quote);
  await clickMarkClaim(page);
  return { page, form: await claimForm(page) };
}

/** Centre of the first occurrence of `text` in the page's text. */
export async function pointOf(page: Page, text: string): Promise<{ x: number; y: number }> {
  return (await findText(page, text, 'point'))!;
}

/** Every claim the reader saved, read as the options page reads them. */
export async function listClaims(session: Session): Promise<SavedClaim[]> {
  const options = await session.openExtensionPage('options.html');
  const reply = (await options.evaluate(
    (m) => chrome.runtime.sendMessage(m),
    wireMessage('listClaims', { query: {} }),
  )) as { res: { value: { claims: SavedClaim[] } } };
  await options.close();
  return reply.res.value.claims;
}

export function claimHighlights(page: Page): Promise<string[]> {
  return bounded(
    page.evaluate(() =>
      ['backstory-claim', 'backstory-claim-doubtful'].flatMap((name) =>
        [...(CSS.highlights.get(name) ?? [])].map((r) => {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          return range.toString();
        }),
      ),
    ),
    "the page, asked for the claims' highlights",
  );
}
