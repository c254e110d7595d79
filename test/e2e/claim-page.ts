/** Marking claims and pointing at text on a page in end-to-end tests, as a reader does. */
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The claim form: an extension page framed next to the selection. */
export async function claimForm(page: Page): Promise<Frame> {
  let frame: Frame | undefined;
  await expect
    .poll(() => (frame = page.frames().find((f) => f.url().includes('/claim-form.html'))), { timeout: 5000 })
    .toBeDefined();
  await frame!.getByRole('status').waitFor();
  return frame!;
}

/** Selects `text` in the page (first occurrence, within one text node) as a reader would. */
export async function select(page: Page, text: string) {
  await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      document.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
      return;
    }
    throw new Error(`not on the page: ${needle}`);
  }, text);
}

export function claimHighlights(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    ['backstory-claim', 'backstory-claim-doubtful'].flatMap((name) =>
      [...(CSS.highlights.get(name) ?? [])].map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      }),
    ),
  );
}

/** Centre of the first occurrence of `text` in the page's text. */
export function pointOf(page: Page, text: string) {
  return page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const box = range.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }
    throw new Error(`"${needle}" is not on the page`);
  }, text);
}
