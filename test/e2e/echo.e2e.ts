/**
 * "Seen elsewhere" and Compare in the built extension: a passage marked on one site is
 * recognised on another that repeats it with small changes, listed in the side panel with where
 * it was saved, a word diff and a link back, while the page's own scripts see no trace of it
 * (highlights, DOM, timeline, layout) until the reader clicks Show. Compare opens from the card,
 * from the claim list and from the entry, as two columns.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickOwnUi, queryOwnUi, scrollOwnUiIntoView, visibleOwnUi } from '../../scripts/lib/own-ui';
import { claimForm, pointOf, select } from './claim-page';
import { startSession, wireMessage, type Session } from './harness';
import { POLL } from '../poll';
import { namesDrawn } from './names-drawn';

const QUOTE =
  'Field Marshal Asim Munir was rewarded with a private lunch meeting with President Donald Trump at the White House';

const page = (site: string, title: string, body: string) => `<!doctype html><html lang="en"><head>
<meta charset="utf-8"><title>${title}</title><meta property="og:site_name" content="${site}"></head>
<body><article><h1>${title}</h1>${body}</article></body></html>`;

const pages: Record<string, string> = {
  '/dawn/story.html': page(
    'Dawn',
    'Munir in Washington',
    `<p>Pakistan’s army chief travelled to the United States this week.</p>
<p>${QUOTE}, an unusual honour for a foreign general.</p>
<p>Critics in Islamabad said the timing could not have been worse.</p>`,
  ),
  // Another outlet: quoted, "President Trump" for "President Donald Trump", split in two sentences.
  '/courier/story.html': page(
    'The Karachi Courier',
    'A lunch at the White House',
    `<p>Markets in Karachi closed higher on Tuesday.</p>
<p>Officials confirmed that “Field Marshal Asim Munir was rewarded with a private lunch meeting with President Trump. It was held at the White House.”</p>
<p>The weather office forecast rain across Punjab.</p>`,
  ),
  // The same layout, repeating nothing: what the page's scripts see when there is no echo.
  '/courier/other.html': page(
    'The Karachi Courier',
    'A lunch at the White House',
    `<p>Markets in Karachi closed higher on Tuesday.</p>
<p>Officials confirmed that the cricket final will be played in Lahore on Sunday after the rain.</p>
<p>The weather office forecast rain across Punjab.</p>`,
  ),
};

/**
 * What a page's own scripts can read, recorded from before Backstory starts: every highlight
 * registered and the text of its ranges, every DOM change, the timeline's entries, the layout.
 */
function recordWhatThePageSees() {
  const seen = { highlights: [] as string[], mutations: 0, layouts: [] as string[] };
  (window as unknown as { seen: typeof seen }).seen = seen;
  // From the end of parsing: the parser's own insertions are not Backstory's.
  document.addEventListener('DOMContentLoaded', () =>
    new MutationObserver((records) => (seen.mutations += records.length)).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    }),
  );
  const look = () => {
    for (const [name, highlight] of CSS.highlights) {
      for (const r of highlight) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const entry = `${name}: ${range.toString()}`;
        if (!seen.highlights.includes(entry)) seen.highlights.push(entry);
      }
    }
    if (document.body) {
      const layout = `${document.documentElement.scrollWidth}x${document.documentElement.scrollHeight}`;
      if (!seen.layouts.includes(layout)) seen.layouts.push(layout);
    }
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

interface Seen {
  highlights: string[];
  mutations: number;
  layouts: string[];
  timeline: string[];
}
const seenBy = (p: Page) =>
  p.evaluate(() => ({
    ...(window as unknown as { seen: Omit<Seen, 'timeline'> }).seen,
    // User Timing is what a script of the extension could write to (paint and resource
    // entries come and go with the browser's own timing).
    timeline: performance
      .getEntries()
      .flatMap((e) => (/^(mark|measure)$/.test(e.entryType) ? [`${e.entryType}:${e.name}`] : [])),
  })) as Promise<Seen>;

let session: Session;

beforeAll(async () => {
  session = await startSession({ pages });
});
afterAll(async () => {
  await session?.close();
});

async function open(path: string, record = false) {
  const tab = await session.context.newPage();
  if (record) await tab.addInitScript(recordWhatThePageSees);
  await tab.goto(new URL(path, session.server.url).href);
  await namesDrawn(tab);
  return tab;
}

describe('seen elsewhere', () => {
  it('lists a passage saved on one site when another repeats it, unseen by the page until Show', async () => {
    // Mark the passage on the first site.
    const dawn = await open('/dawn/story.html');
    await select(dawn, QUOTE);
    await clickOwnUi(dawn, '.bs-mark-button');
    await claimForm(dawn);

    // The other outlet, and the same page without the echo, both watched by their own scripts.
    const quiet = await open('/courier/other.html', true);
    const courier = await open('/courier/story.html', true);
    const tabId = await session.tabIdOf(courier);
    const panel = await session.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    const entries = panel.getByRole('region', { name: /Seen elsewhere/ }).getByRole('listitem');
    await expect.poll(() => entries.count(), POLL).toBe(1);
    const entry = entries.first();
    expect(await entry.textContent()).toContain('You saved this on');
    expect(await entry.locator('blockquote').textContent()).toContain(
      'Field Marshal Asim Munir was rewarded with a private lunch meeting with President Trump',
    );
    // The word diff marks what the other outlet left out.
    expect(await entry.locator('del').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Donald')]),
    );
    // The link back opens the page it was saved on, scrolled to the quote.
    const opened = session.context.waitForEvent('page', {
      predicate: (p) => p.url().includes('/dawn/story.html#:~:text='),
      timeout: POLL.timeout,
    });
    await entry.getByRole('button', { name: 'Where you saved it' }).click();
    await (await opened).close();

    // The toolbar badge counts it.
    await expect
      .poll(() => session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), POLL)
      .toBe('1');

    // Nothing the page can read tells it apart from a page that repeats nothing.
    const [withEcho, without] = [await seenBy(courier), await seenBy(quiet)];
    expect(withEcho.highlights.filter((h) => !/^backstory-(actor|event):/.test(h))).toEqual([]);
    expect(withEcho.mutations).toBe(0);
    expect(withEcho.layouts).toHaveLength(1);
    expect(withEcho.timeline.toSorted()).toEqual(without.timeline.toSorted());
    expect(without.mutations).toBe(0);

    // Until the reader asks: then the passage is shown on the page.
    await entry.getByRole('button', { name: 'Show on the page' }).click();
    await expect
      .poll(async () => (await seenBy(courier)).highlights, POLL)
      .toContainEqual(expect.stringMatching(/^backstory-flash: Field Marshal Asim Munir was rewarded/));
    await panel.close();
    await quiet.close();
    await courier.close();
    await dawn.close();
  });

  it('opens Compare from a Seen elsewhere entry: the saved claim beside the other site’s passage', async () => {
    const courier = await open('/courier/story.html');
    const tabId = await session.tabIdOf(courier);
    const panel = await session.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    const entry = panel
      .getByRole('region', { name: /Seen elsewhere/ })
      .getByRole('listitem')
      .first();
    await expect.poll(() => entry.count(), POLL).toBe(1);
    await entry.getByRole('button', { name: 'Compare' }).click();
    const table = panel.getByRole('table');
    await expect
      .poll(() => table.getByRole('columnheader').allTextContents(), POLL)
      .toEqual(['Your claims', 'What the sources and other sites say']);
    const paired = table.getByRole('row').filter({ hasText: 'the page you are reading' });
    await expect.poll(() => paired.count(), POLL).toBe(1);
    const yours = paired.getByRole('cell').first();
    expect(await yours.textContent()).toContain('Field Marshal Asim Munir was rewarded');
    expect(await yours.locator('del').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Donald')]),
    );
    const footer = table.locator('tr.pair-footer').first();
    expect(await footer.locator('.similarity').getAttribute('title')).toMatch(/^similarity 0\.\d\d$/);
    await panel.close();
    await courier.close();
  });
});

describe('seen elsewhere, after the tab has moved on', () => {
  it('shows a passage only on the origin it was found on', async () => {
    const courier = await open('/courier/story.html');
    const tabId = await session.tabIdOf(courier);
    const exact = 'Field Marshal Asim Munir was rewarded with a private lunch meeting';
    const passage = (address: string) =>
      wireMessage('revealPassage', {
        page: address,
        exact,
        prefix: '',
        suffix: '',
        start: 0,
        end: exact.length,
      });
    const flashed = () => courier.evaluate(() => [...(CSS.highlights.get('backstory-flash') ?? [])].length);
    // A side panel still showing what another site repeated: this page is told nothing.
    const elsewhere = courier.url().replace('127.0.0.1', 'localhost');
    const refused = (await session.sendToTab(tabId, passage(elsewhere))) as { res: { value: boolean } };
    expect(refused.res.value).toBe(false);
    expect(await flashed()).toBe(0);
    // The same passage for the page it was found on is shown.
    const shown = (await session.sendToTab(tabId, passage(courier.url()))) as { res: { value: boolean } };
    expect(shown.res.value).toBe(true);
    await expect.poll(flashed, POLL).toBeGreaterThan(0);
    await courier.close();
  });
});

describe('compare', () => {
  it('opens from the card as two columns, and from the claim list', async () => {
    const dawn = await open('/dawn/story.html');
    const point = await pointOf(dawn, 'Asim Munir');
    await dawn.mouse.move(point.x, point.y, { steps: 3 });
    // The line's text is the same whatever the reader marked; the count is drawn from data-count.
    const compare = 'Compare your claims about Asim Munir';
    await expect
      .poll(
        async () => (await visibleOwnUi(dawn, '.bs-popover button', compare))?.attributes['data-count'],
        POLL,
      )
      .toBe('1 marked');
    // The card's button asks the background for the side panel's compare view for that
    // actor (`openCompare`), which sets the tab's side panel to it; the test cannot look into
    // the side panel, so it opens the view the tab's side panel was set to as a tab.
    const tabId = await session.tabIdOf(dawn);
    // The line is the card's last: the reader scrolls the card to it, and clicks once the browser
    // has reported the card in plain view (Backstory ignores clicks on a card it may not be).
    expect(await scrollOwnUiIntoView(dawn, '.bs-popover button', compare)).toBe(true);
    // Two frames: the card's stillness check has seen the line move before the click waits on it.
    await dawn.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    await expect
      .poll(async () => (await queryOwnUi(dawn, '.bs-popover'))[0]?.attributes['data-on-show'], POLL)
      .toBe('true');
    await clickOwnUi(dawn, '.bs-popover button', compare);
    const panelPath = () =>
      session.worker.evaluate(async (id) => (await chrome.sidePanel.getOptions({ tabId: id })).path, tabId);
    await expect.poll(panelPath, POLL).toMatch(/compare=asim-munir/);
    const panel = await session.openExtensionPage((await panelPath())!.replace(/^\//, ''));
    const table = panel.getByRole('table');
    await expect.poll(() => table.getByRole('columnheader').count(), POLL).toBe(2);
    // The reader's claim, in the first column (its words may be marked against a source's).
    const yours = table
      .locator('tr[data-row]')
      .filter({ has: panel.locator('td:first-child [data-ref^="saved:"]') });
    await expect.poll(() => yours.count(), POLL).toBe(1);
    expect((await yours.textContent())?.replace(/\[[^\]:]*: ([^\]]*)\]/g, '$1')).toContain(QUOTE);
    // Keyboard: rows take focus and the arrow keys move between them.
    await yours.focus();
    await panel.keyboard.press('ArrowDown');
    expect(await panel.evaluate(() => document.activeElement?.hasAttribute('data-row'))).toBe(true);

    // From the claim list, for one claim.
    await panel.getByRole('button', { name: 'All claims' }).click();
    const item = panel.getByRole('list', { name: 'All claims' }).getByRole('listitem').first();
    await item.getByRole('button', { name: 'Compare' }).click();
    await expect
      .poll(() => panel.getByRole('heading', { name: 'Compare: Your claim' }).count(), POLL)
      .toBe(1);
    await expect
      .poll(() => panel.locator('tr.focus-row td:first-child [data-ref^="saved:"]').count(), POLL)
      .toBe(1);
    await panel.close();
    await dawn.close();
  });
});
