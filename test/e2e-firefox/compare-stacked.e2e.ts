/**
 * The compare view's stacked table in Firefox: under 32rem its table, rows and cells are drawn
 * as blocks (a container query), and a table restyled so can lose its table semantics. What
 * Firefox's own accessibility tree says is read from the browser window (chrome scope), and the
 * table's keyboard (one Tab stop, arrows, Enter, Escape) is driven with real keys.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFirefoxSession, type FirefoxSession } from './harness';
import { POLL } from '../poll';

let session: FirefoxSession;
let panel: Page;

beforeAll(async () => {
  session = await startFirefoxSession();
  panel = await session.openExtensionPage('sidepanel.html?tab=claims&compare=asim-munir');
  await panel.bringToFront();
  // 400 px: the side panel's usual width, where the columns stack.
  await panel.setViewport({ width: 400, height: 800 });
  await panel.waitForSelector('.compare-table tr[data-row]');
});
afterAll(async () => {
  await session?.close();
});

interface Node {
  role: string;
  name: string;
  depth: number;
}

/**
 * The accessibility tree Firefox builds for the selected tab, as (role, name, depth) in reading
 * order, from the compare table down (`[]` until the table is in it). Accessibles of a content
 * process have no DOM node here, so the table is found by its caption, which names it.
 */
function tableTree(): Promise<Node[]> {
  return session.chrome<Node[]>(`(() => {
    const service = Cc['@mozilla.org/accessibilityService;1'].getService(Ci.nsIAccessibilityService);
    const nodes = [];
    let table;
    const walk = (acc, depth) => {
      const role = service.getStringRole(acc.role);
      // Found by its caption (its name), whatever role Firefox gives it.
      if (table === undefined && acc.name?.startsWith('Your claims beside')) table = depth;
      if (table !== undefined && depth < table) return true;
      if (table !== undefined) nodes.push({ role, name: acc.name ?? '', depth: depth - table });
      for (let child = acc.firstChild; child; child = child.nextSibling) if (walk(child, depth + 1)) return true;
      return false;
    };
    walk(service.getAccessibleFor(gBrowser.selectedBrowser), 0);
    return nodes;
  })()`);
}

/** The stacked layout is in force: each row's second cell sits under its first. */
const stacked = () =>
  panel.evaluate(() => {
    const [a, b] = [...document.querySelectorAll('.compare-table tr[data-row] td')].map((td) =>
      td.getBoundingClientRect(),
    );
    return b!.top >= a!.bottom - 1;
  });

describe('the stacked compare table in Firefox', () => {
  it('is still a table with column headers, rows and cells, in reading order', async () => {
    await expect.poll(stacked, POLL).toBe(true);
    await expect.poll(async () => (await tableTree()).length, POLL).toBeGreaterThan(10);
    const tree = await tableTree();
    const rows = await panel.$$eval('.compare-table tr[data-row]', (r) => r.length);
    expect(tree[0]?.role).toBe('table');
    expect(tree.filter((n) => n.role === 'columnheader').map((n) => n.name)).toEqual([
      'Your claims',
      'What the sources and other sites say',
    ]);
    // Every row a row, each of its two claims a cell of it (not a flat run of text).
    expect(tree.filter((n) => n.role === 'row').length).toBeGreaterThanOrEqual(rows + 1);
    expect(tree.filter((n) => n.role === 'cell').length).toBeGreaterThanOrEqual(rows * 2);
    // The stacked layout's visible column labels are not read again in every row: the only
    // text "Your claims" is the column header's own.
    expect(tree.filter((n) => n.name === 'Your claims' && n.role !== 'columnheader')).toHaveLength(1);
  });

  it('keeps one Tab stop: arrows move between rows, Enter reaches buttons, Escape goes back', async () => {
    await panel.focus('.compare-table tr[data-row]');
    const focus = () =>
      panel.evaluate(() => {
        const at = document.activeElement!;
        const rows = [...document.querySelectorAll('.compare-table tr[data-row]')];
        return at.matches('tr[data-row]') ? rows.indexOf(at) : at.localName;
      });
    expect(await focus()).toBe(0);
    await panel.keyboard.press('ArrowDown');
    expect(await focus()).toBe(1);
    await panel.keyboard.press('End');
    const last = (await panel.$$eval('.compare-table tr[data-row]', (r) => r.length)) - 1;
    expect(await focus()).toBe(last);
    await panel.keyboard.press('Home');
    expect(await focus()).toBe(0);
    await panel.keyboard.press('Enter');
    expect(await focus()).toBe('button');
    await panel.keyboard.press('Escape');
    expect(await focus()).toBe(0);
    const stops = await panel.$$eval(
      '.compare-table tr, .compare-table button',
      (els) => els.filter((e) => (e as HTMLElement).tabIndex >= 0).length,
    );
    expect(stops).toBe(1);
  });
});
