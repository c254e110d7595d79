/**
 * The compare view's words: a quote keeps its punctuation as written (no space before the final
 * "." when the other side has more words before it), and what "close" and Agree / Conflict /
 * Unrelated mean is said in a visible legend, which the pair buttons point at.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axePage } from './axe';
import { startSession, type Session } from './harness';
import { savedClaim, storeClaims } from './saved-claims';
import { shoot } from './shots';
import { POLL, until } from '../poll';

const ENTITY = 'asim-munir';
/** A seed claim's sentence (s001-munir-private-lunch) without its last words, with its full stop. */
const QUOTE =
  'Munir was greeted warmly at the Pentagon by top brass and rewarded with a private lunch meeting.';
const claim = savedClaim({
  entities: [ENTITY],
  note: '',
  tags: [],
  selectors: {
    quote: { type: 'TextQuoteSelector', exact: QUOTE, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: QUOTE.length },
  },
});

let session: Session;
let panel: Page;
const row = () => panel.locator('tr[data-row]:has([data-ref^="saved:"])');

beforeAll(async () => {
  session = await startSession();
  await storeClaims(session, [claim]);
  panel = await session.openExtensionPage(`sidepanel.html?tab=claims&compare=${ENTITY}`);
  await until(async () => (await row().count()) === 1, 'the saved claim in the compare table');
});
afterAll(async () => {
  await session?.close();
});

/** A quote as drawn: without the words said only to screen readers. */
const drawn = (side: 'first' | 'last') =>
  row()
    .locator(`td:${side}-child .compare-quote`)
    .evaluate((p) => {
      const copy = p.cloneNode(true) as HTMLElement;
      for (const hidden of copy.querySelectorAll('.sr-only')) hidden.remove();
      return copy.textContent;
    });

describe('compare words', () => {
  it('draws each quote as written, the full stop against its word', async () => {
    // The seed claim it pairs with has more words before the same full stop: the side that
    // lacks them was drawn "…lunch meeting .”".
    await expect.poll(() => drawn('last'), POLL).toMatch(/lunch meeting with the US president\.”$/);
    expect(await drawn('first')).toBe(`“${QUOTE}”`);
  });

  it('explains the wording words and the three judgements in a visible legend', async () => {
    const legend = panel.locator('.compare-legend');
    expect(await legend.isVisible()).toBe(true);
    const text = await legend.innerText();
    for (const word of ['very close', 'close', 'related', 'Agree', 'Conflict', 'Unrelated'])
      expect(text).toContain(word);
    const pair = panel
      .locator('tr.pair-footer')
      .filter({ has: panel.getByRole('group') })
      .first();
    expect(await pair.innerText()).toMatch(/^Wording: (very close|close|related)/);
    const group = pair.getByRole('group', { name: 'How these two claims relate' });
    const described = await group.evaluate(
      (el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent,
    );
    expect(described).toMatch(/Agree, you judge that the two say the same thing/);
  });

  it('says what the struck-through and underlined words are, in words a screen reader hears too', async () => {
    const legend = panel.locator('.compare-legend');
    // As drawn: without the words said only to screen readers.
    const text = await legend.evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      for (const hidden of copy.querySelectorAll('.sr-only')) hidden.remove();
      return copy.textContent;
    });
    expect(text).toContain('struck through in your claim, words the other side does not have');
    expect(text).toContain('underlined on the other side, words your claim does not have');
    // Its samples are drawn as the table's words are, and announced as they are.
    const samples = await legend.evaluate((el) =>
      [...el.querySelectorAll('del, ins')].map((mark) => [
        mark.localName,
        getComputedStyle(mark).textDecorationLine,
        mark.textContent,
      ]),
    );
    expect(samples).toEqual([
      ['del', 'line-through', '[not in the other: struck through]'],
      ['ins', 'underline', '[only here: underlined]'],
    ]);
    // The table's own marks say the same words to screen readers.
    const marked = await row().evaluate((tr) =>
      [...tr.querySelectorAll('del, ins')].map((mark) => mark.querySelector('.sr-only')?.textContent),
    );
    expect(marked.length).toBeGreaterThan(0);
    for (const said of marked) expect(said).toMatch(/^\[(not in the other|only here): $/);
    await shoot(panel, 'compare-legend-diff', legend);
    expect(await axePage(panel)).toEqual([]);
  });

  it('reaches a pair’s Agree button by keyboard, the legend above it', async () => {
    await row().focus();
    await panel.keyboard.press('Enter');
    for (let i = 0; i < 10; i++) {
      if ((await panel.evaluate(() => document.activeElement?.textContent)) === 'Agree') break;
      await panel.keyboard.press('Tab');
    }
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toBe('Agree');
    await shoot(panel, 'compare-legend', panel.locator(':focus'), true);
    expect(await axePage(panel)).toEqual([]);
  });

  it('folds the legend to one line in a 400 px panel, where the first pair then starts on the first screen', async () => {
    const narrow = await session.context.newPage();
    await narrow.setViewportSize({ width: 400, height: 800 });
    await narrow.goto(`${session.origin}sidepanel.html?tab=claims&compare=${ENTITY}`);
    const legend = narrow.locator('.compare-legend');
    const firstRow = narrow.locator('tr[data-row]').first();
    await firstRow.waitFor();
    const summary = legend.locator('summary');
    const lineHeight = await summary.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    // It was three paragraphs, about 290 px, between the filters and the first pair.
    expect((await legend.boundingBox())!.height).toBeLessThan(2 * lineHeight);
    expect((await firstRow.boundingBox())!.y).toBeLessThan(800);
    await shoot(narrow, 'compare-legend-folded', undefined);
    // Opened from the keyboard: one Tab stop, Enter, and all of it is there.
    await summary.focus();
    await narrow.keyboard.press('Enter');
    await expect.poll(() => legend.evaluate((el) => (el as HTMLDetailsElement).open), POLL).toBe(true);
    expect(await legend.innerText()).toContain('Agree, you judge that the two say the same thing');
    await shoot(narrow, 'compare-legend-unfolded', undefined);
    expect(await axePage(narrow)).toEqual([]);
    // One name for one action: opening a claim's page at its quote is "Go to it" in the list too.
    expect(await narrow.getByRole('button', { name: 'Open the page' }).count()).toBe(0);
    expect(await narrow.getByRole('button', { name: 'Go to it' }).count()).toBeGreaterThan(0);
    await narrow.close();
  });
});
