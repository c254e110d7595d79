/**
 * Backstory's own pages read well and work from the keyboard: text at 13 px or more (following
 * the browser's font size, not Chromium's 75 % for extension pages), axe-core finds nothing in
 * light or dark, the side panel's tabs follow the ARIA tabs pattern, "About" takes focus to the
 * card it opens, and the timeline is in date order with precision and can show only this page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPageHtml } from '../../scripts/demo/news-page';
import { POLL, until } from '../poll';
import { accessibilityTree, axePage, smallText } from './axe';
import { startSession, wireMessage, type Session } from './harness';

let session: Session;
let tabId: number;

beforeAll(async () => {
  session = await startSession({ pages: { '/demo.html': demoPageHtml() } });
  const demo = await session.context.newPage();
  await demo.goto(new URL('demo.html', session.server.url).href);
  tabId = await session.tabIdOf(demo);
  await until(
    async () => (await demo.evaluate(() => CSS.highlights.get('backstory-actor')?.size ?? 0)) > 0,
    'the demo page to be read',
  );
});
afterAll(async () => {
  await session?.close();
});

/** Opens an extension page at a side panel's size and waits for `ready` to show. */
async function open(path: string, ready: (page: Page) => Promise<boolean>, width = 400): Promise<Page> {
  const page = await session.openExtensionPage(path);
  await page.setViewportSize({ width, height: 900 });
  await until(() => ready(page), `${path} to be ready`);
  return page;
}

const views: [string, string, (page: Page) => Promise<boolean>][] = [
  [
    'side panel: on this page',
    `sidepanel.html?tabId=`,
    async (p) => (await p.getByRole('button', { name: 'About Donald Trump' }).count()) > 0,
  ],
  [
    'side panel: claims',
    `sidepanel.html?tab=claims&tabId=`,
    async (p) => (await p.getByRole('button', { name: 'All claims' }).count()) > 0,
  ],
  [
    'side panel: a card',
    `sidepanel.html?entity=asim-munir&tabId=`,
    async (p) => (await p.getByRole('heading', { name: 'Asim Munir' }).count()) > 0,
  ],
  ['settings', 'options.html?', async (p) => (await p.getByRole('combobox', { name: /^Mark / }).count()) > 0],
  ['popup', 'popup.html?', async (p) => (await p.getByRole('heading', { name: 'Backstory' }).count()) > 0],
  [
    'reader',
    'reader.html?source=seed-001&start=0&end=40&',
    async (p) => (await p.locator('mark').count()) > 0,
  ],
];

describe('extension pages', () => {
  it('set every text at 13 px or more and pass axe-core, light and dark', async () => {
    const found: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      for (const [name, path, ready] of views) {
        const page = await open(
          `${path}${name.startsWith('side panel') ? tabId : ''}`,
          ready,
          name === 'settings' ? 900 : 400,
        );
        await page.emulateMedia({ colorScheme: scheme });
        for (const line of await smallText(page)) found.push(`${name} (${scheme}): ${line}`);
        for (const line of await axePage(page)) found.push(`${name} (${scheme}): ${line}`);
        if (name === 'side panel: a card') {
          await page.getByRole('button', { name: 'Timeline' }).click();
          await until(
            async () => (await page.getByRole('list', { name: 'Events by date' }).count()) > 0,
            'the timeline',
          );
          for (const line of [...(await smallText(page)), ...(await axePage(page))])
            found.push(`timeline (${scheme}): ${line}`);
        }
        await page.close();
      }
    }
    expect(found).toEqual([]);
  });

  it('reflow at 200 % zoom in a 400 px window: nothing wider than the page, no text cut at its edge', async () => {
    // 400 px at 200 % is 200 CSS px (WCAG 1.4.10 asks for 320 at 400 %, the same width in
    // CSS px terms as 160 at 200 %). A newcomer found the settings' selects and the side
    // panel's export box running off the right edge, their words cut.
    const wide: string[] = [];
    // The popup is not laid out in the page's width: its window grows to fit it (up to 800 px).
    for (const [name, path, ready] of views.filter(([view]) => view !== 'popup')) {
      const page = await open(`${path}${name.startsWith('side panel') ? tabId : ''}`, ready, 200);
      if (name === 'side panel: claims') {
        await page.getByRole('button', { name: 'All claims' }).click();
        await until(async () => (await page.getByRole('button', { name: 'Export' }).count()) > 0, 'export');
      }
      const over = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        return [...document.body.querySelectorAll<HTMLElement>('*')]
          .filter((el) => el.getClientRects().length > 0 && !el.closest('.sr-only'))
          .filter((el) => el.getBoundingClientRect().right > width + 1)
          .map((el) => `${el.localName}${el.className ? '.' + String(el.className) : ''}`);
      });
      if (over.length > 0) wide.push(`${name}: ${[...new Set(over)].join(', ')}`);
      await page.close();
    }
    expect(wide).toEqual([]);
  });

  it('sets the side panel in the browser’s own font size, not 75 % of it', async () => {
    const page = await open(`sidepanel.html?tabId=${tabId}`, views[0]![2]);
    const size = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(size).toBeGreaterThanOrEqual(13);
    await page.close();
  });
});

describe('the side panel', () => {
  it('has tabs in the ARIA tabs pattern: one tab stop, arrows, Home and End', async () => {
    const page = await open(`sidepanel.html?tabId=${tabId}`, views[0]![2]);
    const tabs = page.getByRole('tab');
    expect(await tabs.count()).toBe(3);
    const stops = await page.locator('[role="tab"][tabindex="0"]').allTextContents();
    expect(stops).toEqual(['On this page']);
    const selected = () => page.locator('[role="tab"][aria-selected="true"]').textContent();
    const focused = () => page.evaluate(() => document.activeElement?.textContent);
    await page.getByRole('tab', { name: 'On this page' }).focus();
    await page.keyboard.press('ArrowRight');
    expect([await selected(), await focused()]).toEqual(['Claims', 'Claims']);
    await page.keyboard.press('End');
    expect([await selected(), await focused()]).toEqual(['Explore', 'Explore']);
    await page.keyboard.press('ArrowRight');
    expect(await selected()).toBe('On this page');
    await page.keyboard.press('ArrowLeft');
    expect(await selected()).toBe('Explore');
    await page.keyboard.press('Home');
    expect([await selected(), await focused()]).toEqual(['On this page', 'On this page']);
    // Tab leaves the tab list for the panel: the other tabs are not stops.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).not.toBe('tab');
    const tree = await accessibilityTree(page);
    expect(tree).toEqual(
      expect.arrayContaining([
        { role: 'tablist', name: 'Backstory' },
        { role: 'tab', name: 'On this page' },
        { role: 'tabpanel', name: 'On this page' },
      ]),
    );
    await page.close();
  });

  it('takes focus to the card “About” opens, not the page body', async () => {
    const page = await open(`sidepanel.html?tabId=${tabId}`, views[0]![2]);
    await page.getByRole('button', { name: 'About Donald Trump' }).click();
    await expect
      .poll(
        () =>
          page.evaluate(() => `${document.activeElement?.localName} ${document.activeElement?.textContent}`),
        POLL,
      )
      .toBe('h2 Donald Trump');
    expect(await page.locator('[role="tab"][aria-selected="true"]').textContent()).toBe('Explore');
    await page.close();
  });

  it('sorts the timeline by date with precision, and can show only this page’s events', async () => {
    const page = await open(
      `sidepanel.html?tab=explore&tabId=${tabId}`,
      async (p) => (await p.getByRole('button', { name: 'Timeline' }).count()) > 0,
    );
    await page.getByRole('button', { name: 'Timeline' }).click();
    const rows = () =>
      page.locator('.timeline li').evaluateAll((items) =>
        items.map((li) => ({
          date: li.querySelector('time')!.textContent!,
          label: li.querySelector('button')!.textContent!,
        })),
      );
    await expect.poll(async () => (await rows()).length, POLL).toBeGreaterThan(20);
    const all = await rows();
    // A date known to the month or year comes after every event dated within it.
    const months =
      'January February March April May June July August September October November December'.split(' ');
    const key = (date: string) => {
      const [, day, month, year] = /^(?:(\d+) )?(?:(\w+) )?(\d{4})/.exec(date) ?? [];
      if (!year) return '9999';
      const m = month ? String(months.indexOf(month) + 1).padStart(2, '0') : '99';
      return `${year}-${m}-${day ? day.padStart(2, '0') : '99'}`;
    };
    const keys = all.map((r) => key(r.date));
    expect(keys).toEqual(keys.toSorted());
    expect(all.findIndex((r) => r.date === '2025')).toBeGreaterThan(
      all.findIndex((r) => r.date === '13 October 2025'),
    );

    const found = (await session.sendToTab(tabId, wireMessage('pageMentions', {}))) as {
      res: { value: { entities: { label: string; kind: string }[] } };
    };
    const onPage = found.res.value.entities.filter((e) => e.kind === 'event').map((e) => e.label);
    const only = page.getByRole('checkbox', { name: /^Only events on this page/ });
    await only.check();
    await expect
      .poll(async () => (await rows()).map((r) => r.label).toSorted(), POLL)
      .toEqual(onPage.toSorted());
    expect(onPage.length).toBeLessThan(all.length);
    await page.close();
  });
});
