/**
 * The side panel's compare view at the widths a reader gives it: at 400 px, and at 200 % zoom
 * (about 200 CSS px of panel), its two columns stack, each cell labelled with its column, no
 * ordinary word broken across lines, the table still a table with its headers; with room, side
 * by side. And the keyboard: the table is one Tab stop whatever its length.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityTree, axePage } from './axe';
import { startSession, type Session } from './harness';
import { savedClaim, storeClaims } from './saved-claims';
import { POLL, until } from '../poll';

const ENTITY = 'asim-munir';
/** One saved claim about the actor, so rows pair the reader's words with a source's. */
const claim = savedClaim({
  seenUrl: 'https://news.example/world/munir-lunch',
  page: { title: 'Munir lunches with Trump', siteName: 'News Example', authors: [], published: '2025-06-19' },
  entities: [ENTITY],
  note: '',
  tags: [],
});

let session: Session;
let panel: Page;

beforeAll(async () => {
  session = await startSession();
  await storeClaims(session, [claim]);
  panel = await session.openExtensionPage(`sidepanel.html?tab=claims&compare=${ENTITY}`);
  await until(
    async () => (await panel.locator('tr[data-row] [data-ref^="saved:"]').count()) === 1,
    'the saved claim in the compare table',
  );
});
afterAll(async () => {
  await session?.close();
});

interface Layout {
  rows: number;
  /** Rows whose two cells sit side by side (the second starts above the first's bottom). */
  sideBySide: number;
  /** Cells of claims narrower than nine tenths of the table. */
  narrowCells: number;
  /** Ordinary words (letters, digits, apostrophes) drawn on more than one line. */
  brokenWords: string[];
  /** Cells whose column label is shown. */
  labelled: number;
}

/** Measures the compare table as laid out now. */
function layout(): Promise<Layout> {
  return panel.evaluate(() => {
    const table = document.querySelector<HTMLElement>('.compare-table')!;
    const width = table.getBoundingClientRect().width;
    const rows = [...table.querySelectorAll('tr[data-row]')];
    let sideBySide = 0;
    let narrowCells = 0;
    let labelled = 0;
    for (const row of rows) {
      const [a, b] = [...row.querySelectorAll('td')].map((td) => td.getBoundingClientRect());
      if (b!.top < a!.bottom - 1) sideBySide++;
      narrowCells += [a!, b!].filter((r) => r.width < width * 0.9).length;
      labelled += [...row.querySelectorAll('.cell-label')].filter(
        (l) => l.getClientRects().length > 0,
      ).length;
    }
    const brokenWords: string[] = [];
    const walker = document.createTreeWalker(table.querySelector('tbody')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const word of node.textContent!.matchAll(/[\p{L}\p{N}’']+/gu)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const lines = new Set(
          [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
        );
        if (lines.size > 1) brokenWords.push(word[0]);
      }
    }
    return { rows: rows.length, sideBySide, narrowCells, brokenWords, labelled };
  });
}

describe('compare layout', () => {
  it('stacks the columns at 400 px and at 200 % zoom, words whole, headers kept', async () => {
    // 400 × 800 is a side panel at 100 %; 200 × 400 the same panel at 200 % zoom.
    for (const [width, height] of [
      [400, 800],
      [200, 400],
    ] as const) {
      await panel.setViewportSize({ width, height });
      await expect.poll(async () => (await layout()).sideBySide, POLL).toBe(0);
      const seen = await layout();
      expect(seen.rows, `${width} px`).toBeGreaterThan(5);
      expect(seen.narrowCells, `${width} px: cells narrower than the table`).toBe(0);
      expect(seen.brokenWords, `${width} px: words broken across lines`).toEqual([]);
      expect(seen.labelled, `${width} px: cells with their column's name`).toBe(seen.rows * 2);
      // Still a table to a screen reader, its column headers there to be announced.
      const tree = await accessibilityTree(panel);
      expect(tree).toContainEqual({ role: 'columnheader', name: 'Your claims' });
      expect(tree).toContainEqual({ role: 'columnheader', name: 'What the sources and other sites say' });
      expect(tree.filter((n) => n.role === 'table')).toHaveLength(1);
      expect(await axePage(panel), `${width} px`).toEqual([]);
    }
  });

  it('keeps the columns side by side where there is room', async () => {
    await panel.setViewportSize({ width: 1000, height: 800 });
    await expect.poll(async () => (await layout()).sideBySide, POLL).toBeGreaterThan(5);
    const seen = await layout();
    expect(seen.sideBySide).toBe(seen.rows);
    expect(seen.labelled).toBe(0);
    expect(seen.brokenWords).toEqual([]);
  });
});

describe('compare words', () => {
  it('says in words, seen and heard, what an empty side of a row lacks', async () => {
    // Rows of sources' claims the reader has not marked: their "Your claims" side is empty.
    const empty = panel.locator('tr[data-row] td:first-child:not(:has(.compare-item))');
    await expect.poll(() => empty.count(), POLL).toBeGreaterThan(0);
    expect((await empty.first().innerText()).trim()).toMatch(/None of your claims is like this one\.$/);
    const cell = (await accessibilityTree(panel)).filter(
      (n) => n.role === 'cell' && /None of your claims/.test(n.name),
    );
    expect(cell.length).toBeGreaterThan(0);
    expect(
      await panel
        .locator('.compare-table td')
        .evaluateAll((tds) => tds.filter((td) => td.textContent!.trim().endsWith('—')).length),
    ).toBe(0);
  });
});

/** Where focus is: the index of the focused row, or what else has it ('button', 'outside'). */
function focusIn(): Promise<number | 'button' | 'outside'> {
  return panel.evaluate(() => {
    const active = document.activeElement;
    if (!active?.closest('.compare-table')) return 'outside';
    const rows = [...document.querySelectorAll('.compare-table tr[data-row]')];
    return active.matches('tr[data-row]') ? rows.indexOf(active) : 'button';
  });
}

/** Tab presses until focus has left the table (at most `limit`). */
async function tabsToLeave(limit: number) {
  for (let n = 1; n <= limit; n++) {
    await panel.keyboard.press('Tab');
    if ((await focusIn()) === 'outside') return n;
  }
  return Infinity;
}

describe('compare keyboard', () => {
  it('is one Tab stop: ↑ ↓ Home End move between rows, Tab leaves the table', async () => {
    await panel.setViewportSize({ width: 1000, height: 800 });
    const rows = panel.locator('tr[data-row]');
    const count = await rows.count();
    expect(count).toBeGreaterThan(5);
    // One Tab stop in the whole table: a row; no button of any row until the reader enters it.
    const tabStops = () =>
      panel.evaluate(
        () =>
          [...document.querySelectorAll<HTMLElement>('.compare-table tr, .compare-table button')].filter(
            (e) => e.tabIndex >= 0,
          ).length,
      );
    expect(await tabStops()).toBe(1);
    await rows.first().focus();
    expect(await focusIn()).toBe(0);
    await panel.keyboard.press('ArrowDown');
    expect(await focusIn()).toBe(1);
    await panel.keyboard.press('ArrowDown');
    await panel.keyboard.press('ArrowUp');
    expect(await focusIn()).toBe(1);
    await panel.keyboard.press('End');
    expect(await focusIn()).toBe(count - 1);
    await panel.keyboard.press('Home');
    expect(await focusIn()).toBe(0);
    await panel.keyboard.press('ArrowDown');
    // The row moved to is the table's Tab stop now, and the only one.
    expect(await rows.nth(1).getAttribute('tabindex')).toBe('0');
    expect(await tabStops()).toBe(1);
    expect(await tabsToLeave(10)).toBeLessThanOrEqual(3);
  });

  it('reaches a row’s buttons with Enter, walks them with Tab, and goes back with Escape', async () => {
    const row = panel.locator('tr[data-row]').filter({ has: panel.locator('[data-ref^="saved:"]') });
    await row.focus();
    const buttons = await panel.evaluate(() => {
      const at = document.activeElement!;
      const footer = at.nextElementSibling?.matches('tr.pair-footer') ? at.nextElementSibling : null;
      return at.querySelectorAll('button').length + (footer?.querySelectorAll('button').length ?? 0);
    });
    expect(buttons).toBeGreaterThan(0);
    await panel.keyboard.press('Enter');
    expect(await focusIn()).toBe('button');
    expect(await panel.evaluate(() => document.activeElement!.textContent)).toBe('Go to it');
    expect(await axePage(panel)).toEqual([]);
    await panel.keyboard.press('Escape');
    expect(await focusIn()).toBe(
      await panel.evaluate(() =>
        [...document.querySelectorAll('tr[data-row]')].findIndex((r) =>
          r.querySelector('[data-ref^="saved:"]'),
        ),
      ),
    );
    // Entered, Tab walks the row's buttons (its own, its pair's) and then leaves the table.
    await panel.keyboard.press('Enter');
    expect(await tabsToLeave(buttons + 5)).toBe(buttons);
  });
});

/** The text of each row drawn now, in order. */
const rowTexts = () =>
  panel.evaluate(() =>
    [...document.querySelectorAll('.compare-table tr[data-row]')].map((r) => r.textContent!),
  );

/**
 * Sets a filter as a pointer does on systems where a select or a field takes no focus from a
 * click: the value changes while focus stays where it was (in the table).
 */
const setFilter = (selector: string, value: string, event: 'change' | 'input') =>
  panel.evaluate(
    ([sel, val, type]) => {
      const control = document.querySelector<HTMLInputElement | HTMLSelectElement>(sel!)!;
      control.value = val!;
      control.dispatchEvent(new Event(type!, { bubbles: true }));
    },
    [selector, value, event],
  );
const SITE = 'select[aria-label="Site"]';
const DATES = 'select[aria-label="Dates"]';
const FROM = '.compare-filters .filter-field + label input';

/** What has focus: a row (its text), the empty-state message, or something else. */
const focused = () =>
  panel.evaluate(() => {
    const at = document.activeElement;
    if (at?.matches('tr[data-row]')) return at.textContent!;
    if (at?.hasAttribute('data-empty')) return 'the empty-state message';
    return at?.localName ?? 'nothing';
  });

/**
 * A site filter that takes away a row in the middle of the table, and the row nearest it that the
 * filter keeps (the next kept, else the one before), chosen so that it is not the first row left:
 * a fallback to the top would not pass for keeping the reader's place.
 */
async function filterTakingARow() {
  await setFilter(SITE, '', 'change');
  await expect.poll(async () => (await rowTexts()).length, POLL).toBeGreaterThan(5);
  const all = await rowTexts();
  const sites = await panel
    .locator(`${SITE} option`)
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  let found: { site: string; at: number; nearest: string; kept: number } | undefined;
  for (const site of sites) {
    await setFilter(SITE, site, 'change');
    const kept = await rowTexts();
    for (const [at, text] of all.entries()) {
      if (found || kept.includes(text)) continue;
      const nearest =
        all.slice(at + 1).find((t) => kept.includes(t)) ?? all.slice(0, at).findLast((t) => kept.includes(t));
      if (nearest && nearest !== kept[0]) found = { site, at, nearest, kept: kept.length };
    }
  }
  if (!found) throw new Error('No site filter takes a row from the middle of the table');
  await setFilter(SITE, '', 'change');
  await expect.poll(rowTexts, POLL).toEqual(all);
  return { ...found, all: all.length };
}

describe('compare filters and focus', () => {
  const live = () => panel.locator('[aria-live="polite"]').textContent();

  it('moves the Tab stop to the nearest row left when a filter takes the reader’s row', async () => {
    await panel.setViewportSize({ width: 1000, height: 800 });
    const { site, at, nearest, kept, all } = await filterTakingARow();
    await panel.locator('tr[data-row]').nth(at).focus();
    // The reader goes to the filters and picks a site that leaves their row out.
    await panel.locator(SITE).focus();
    await setFilter(SITE, site, 'change');
    await expect.poll(live, POLL).toBe(`${kept} of ${all} rows`);
    expect(await panel.locator('tr[data-row][tabindex="0"]').textContent()).toBe(nearest);
    await setFilter(SITE, '', 'change');
  });

  it('takes focus from a row filtered away to the nearest row left, or to the empty-state message', async () => {
    const { site, at, nearest, all } = await filterTakingARow();
    await panel.locator('tr[data-row]').nth(at).focus();
    await setFilter(SITE, site, 'change');
    await expect.poll(focused, POLL).toBe(nearest);
    // No row left: focus goes to the message that says so, and the count is announced.
    await setFilter(DATES, 'custom', 'change');
    await panel.locator(FROM).waitFor(POLL);
    await setFilter(FROM, '2999-01-01', 'input');
    await expect.poll(focused, POLL).toBe('the empty-state message');
    await expect.poll(live, POLL).toBe(`0 of ${all} rows`);
    expect(await axePage(panel)).toEqual([]);
    await setFilter(FROM, '', 'input');
    await setFilter(DATES, '', 'change');
    await setFilter(SITE, '', 'change');
    await expect.poll(async () => (await rowTexts()).length, POLL).toBe(all);
  });

  it('passes the date filter in one Tab stop, with From and To only for a custom range', async () => {
    // Two date fields were four Tab stops each here (month, day, year, picker): eight to pass
    // a filter most readers leave alone. A menu of ranges is one, as in Google Drive or Gmail.
    const all = (await rowTexts()).length;
    const active = () => panel.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    await panel.locator(SITE).focus();
    await panel.keyboard.press('Tab');
    expect(await active()).toBe('Dates');
    expect(await panel.locator(FROM).count()).toBe(0);
    // Then the legend's one line (a disclosure, folded in a narrow panel), then the table.
    await panel.keyboard.press('Tab');
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toBe(
      'How to read this comparison',
    );
    await panel.keyboard.press('Tab');
    expect(await panel.evaluate(() => document.activeElement?.matches('tr[data-row]'))).toBe(true);
    // A custom range shows the two fields right after the menu, and they filter.
    await panel.locator(DATES).selectOption('custom');
    await panel.locator(FROM).fill('2999-01-01');
    await expect.poll(live, POLL).toBe(`0 of ${all} rows`);
    // Back to any date: the fields go, and so does their bound.
    await panel.locator(DATES).selectOption('');
    await expect.poll(live, POLL).toBe(`${all} of ${all} rows`);
    expect(await panel.locator(FROM).count()).toBe(0);
  });
});
