import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickOwnUi, visibleOwnUi } from '../../scripts/lib/own-ui';
import { claimForm, claimHighlights, listClaims, saveDetails, select } from './claim-page';
import { startSession, wireMessage, type Session } from './harness';
import { POLL } from '../poll';
import { namesDrawn } from './names-drawn';

const article = (second: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Munir in Washington</title><link rel="canonical" href="/munir-washington?utm_source=rss">
<meta property="og:site_name" content="News Example"><meta name="author" content="A. Reporter">
<meta property="article:published_time" content="2025-06-20T09:00:00Z"></head><body><article>
<h1>Munir in Washington</h1>
<p>Pakistan’s army chief, Field Marshal Asim Munir, was greeted warmly at the Pentagon by top brass.</p>
${second}
<p>Critics in Islamabad said the timing could not have been worse for the government of Shehbaz Sharif.</p>
</article></body></html>`;
const original =
  '<p>He was rewarded with a private lunch meeting with President Donald Trump, an unusual honour for a foreign general.</p>';
const QUOTE = 'a private lunch meeting with President Donald Trump';

const other = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Second outlet</title></head><body>
<p>Asim Munir met Donald Trump for lunch at the White House, officials said, in a rare honour.</p></body></html>`;

const pages: Record<string, string> = { '/claim-page.html': article(original), '/other-outlet.html': other };
let session: Session;

beforeAll(async () => {
  session = await startSession({ pages });
});
afterAll(async () => {
  await session?.close();
});

async function open(path: string) {
  const page = await session.context.newPage();
  await page.goto(new URL(path, session.server.url).href);
  await namesDrawn(page);
  return page;
}

describe('marking claims', () => {
  it('marks a selection with one click, then keeps the note, tags and label', async () => {
    const page = await open('claim-page.html');
    await select(page, QUOTE);
    await expect
      .poll(async () => (await visibleOwnUi(page, '.bs-mark-button'))?.attributes['aria-label'], POLL)
      .toMatch(/^Mark claim/);
    await clickOwnUi(page, '.bs-mark-button');
    const marker = await claimForm(page);
    await expect.poll(() => marker.getByRole('status').textContent(), POLL).toBe('Saved ✓');
    // The actors found in the selection are linked automatically.
    expect(await marker.getByRole('button', { name: 'Unlink Donald Trump' }).count()).toBe(1);
    await marker.getByLabel('Note').fill('Compare with the MEI account.');
    await marker.getByLabel('Tags (comma-separated)').fill('lunch, washington');
    await marker.getByLabel('Evidence').check();
    await saveDetails(marker);
    await expect.poll(() => marker.getByRole('status').textContent(), POLL).toBe('Saved ✓');
    expect(await claimHighlights(page)).toEqual([QUOTE]);

    const [claim] = await listClaims(session);
    expect(claim).toMatchObject({
      // The canonical address, on the page's own origin, without its tracking parameter.
      url: new URL('/munir-washington', session.server.url).href,
      note: 'Compare with the MEI account.',
      tags: ['lunch', 'washington'],
      label: 'evidence',
      page: { siteName: 'News Example', authors: ['A. Reporter'] },
    });
    expect(claim!.seenUrl).toContain('/claim-page.html');
    expect(claim!.entities).toContain('donald-trump');
    await page.close();
  });

  it('finds the claim again on reload, and after a word of the page changed', async () => {
    const page = await open('claim-page.html');
    await expect.poll(() => claimHighlights(page), POLL).toEqual([QUOTE]);
    pages['/claim-page.html'] = article(
      original.replace('a private lunch meeting', 'a private luncheon meeting'),
    );
    await page.reload();
    await expect
      .poll(() => claimHighlights(page), POLL)
      .toEqual(['a private luncheon meeting with President Donald Trump']);
    await page.close();
  });

  it('lists a claim whose passage was removed as an orphan and draws nothing', async () => {
    pages['/claim-page.html'] = article(
      '<p>The visit drew criticism from opposition parties in parliament.</p>',
    );
    const page = await open('claim-page.html');
    const tabId = await session.tabIdOf(page);
    await expect
      .poll(async () => {
        const reply = (await session.sendToTab(tabId, wireMessage('pageClaims', {}))) as {
          res: { value: { placements: { status: string }[] } };
        };
        return reply.res.value.placements.map((p) => p.status);
      }, POLL)
      .toEqual(['orphan']);
    expect(await claimHighlights(page)).toEqual([]);
    const panel = await session.openExtensionPage(`sidepanel.html?tabId=${tabId}&tab=claims`);
    await expect
      .poll(() => panel.getByRole('list', { name: 'Claims on this page' }).textContent(), POLL)
      .toContain('not found on this page any more');
    await panel.close();
    pages['/claim-page.html'] = article(original);
    await page.close();
  });

  it('marks the selection from the context menu and keyboard path too', async () => {
    const page = await open('other-outlet.html');
    await select(page, 'met Donald Trump for lunch at the White House');
    const tabId = await session.tabIdOf(page);
    const reply = (await session.sendToTab(tabId, wireMessage('markSelection', {}))) as {
      res: { value: boolean };
    };
    expect(reply.res.value).toBe(true);
    const form = await claimForm(page);
    await expect.poll(() => form.getByRole('status').textContent(), POLL).toBe('Saved ✓');
    expect(await claimHighlights(page)).toEqual(['met Donald Trump for lunch at the White House']);
    const manifest = await session.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.permissions).toContain('contextMenus');
    expect(Object.keys(manifest.commands ?? {})).toContain('mark-claim');
    await page.close();
  });

  it('shows claims from two pages beside the knowledge base in the compare view', async () => {
    const panel = await session.openExtensionPage('sidepanel.html?tab=claims&compare=donald-trump');
    const table = panel.getByRole('table');
    const yours = table.locator('tr[data-row] td:first-child [data-ref^="saved:"]');
    await expect.poll(() => yours.count(), POLL).toBe(2);
    const text = (await yours.allTextContents()).join(' ').replace(/\[[^\]:]*: ([^\]]*)\]/g, '$1');
    expect(text).toContain(QUOTE);
    expect(text).toContain('met Donald Trump for lunch at the White House');
    expect(await table.locator('td:nth-child(2) [data-ref^="kb:"]').count()).toBeGreaterThan(5);
    // Pairs are described in words, with the number on hover, and can be recorded.
    const pair = table.locator('tr.pair-footer').first();
    await expect.poll(() => pair.count(), POLL).toBe(1);
    expect(await pair.locator('.similarity').getAttribute('title')).toMatch(/^similarity \d\.\d\d$/);
    await pair.getByRole('button', { name: 'Agree' }).click();
    await expect
      .poll(
        () =>
          table
            .locator('tr.pair-footer')
            .first()
            .getByRole('button', { name: 'Agree' })
            .getAttribute('aria-pressed'),
        POLL,
      )
      .toBe('true');
    await panel.close();
  });

  it('searches, filters, edits and deletes with undo in the side panel', async () => {
    const panel = await session.openExtensionPage('sidepanel.html?tab=claims');
    await panel.getByRole('button', { name: 'All claims' }).click();
    const list = panel.getByRole('list', { name: 'All claims' });
    await expect.poll(() => list.getByRole('listitem').count(), POLL).toBe(2);
    await panel.getByRole('searchbox', { name: 'Search your claims' }).fill('White House');
    await expect.poll(() => list.getByRole('listitem').count(), POLL).toBe(1);
    await panel.getByRole('searchbox', { name: 'Search your claims' }).fill('');
    await panel.getByLabel('Label').selectOption('evidence');
    await expect.poll(() => list.getByRole('listitem').count(), POLL).toBe(1);
    await panel.getByLabel('Label').selectOption('');
    await expect.poll(() => list.getByRole('listitem').count(), POLL).toBe(2);

    const first = list.getByRole('listitem').first();
    await first.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => list.getByRole('listitem').count(), POLL).toBe(1);
    await panel.getByRole('button', { name: 'Undo delete' }).click();
    await expect.poll(() => list.getByRole('listitem').count(), POLL).toBe(2);
    await panel.close();
  });

  it('keeps a note being typed on a card while the reader switches to this page and back', async () => {
    const panel = await session.openExtensionPage('sidepanel.html?tab=claims');
    await panel.getByRole('button', { name: 'All claims' }).click();
    const list = panel.getByRole('list', { name: 'All claims' });
    await expect.poll(() => list.getByRole('listitem').count(), POLL).toBe(2);
    const card = list.getByRole('listitem').first();
    await card.getByRole('button', { name: 'Edit' }).click();
    await card.getByRole('textbox', { name: 'Note' }).fill('Typed, not saved yet');
    await panel.getByRole('button', { name: 'This page' }).click();
    await expect.poll(() => list.count(), POLL).toBe(0);
    await panel.getByRole('button', { name: 'All claims' }).click();
    await expect
      .poll(() => list.getByRole('textbox', { name: 'Note' }).inputValue(), POLL)
      .toBe('Typed, not saved yet');
    // Cancelled, and the changes dropped when asked, the edit is over: Edit opens on what is saved.
    await list.getByRole('button', { name: 'Cancel' }).click();
    await list.getByRole('button', { name: 'Drop changes' }).click();
    await list.getByRole('listitem').first().getByRole('button', { name: 'Edit' }).click();
    await expect
      .poll(() => list.getByRole('textbox', { name: 'Note' }).inputValue(), POLL)
      .not.toBe('Typed, not saved yet');
    await list.getByRole('button', { name: 'Cancel' }).click();
    await panel.close();
  });

  it('opens a claim’s page from the side panel and flashes the claim once the page has placed it', async () => {
    // Records, every frame, what the page's flash highlight holds: the flash lasts a moment.
    await session.context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { flashed: string[] }).flashed = seen;
      const look = () => {
        for (const staticRange of CSS.highlights.get('backstory-flash') ?? []) {
          const range = document.createRange();
          range.setStart(staticRange.startContainer, staticRange.startOffset);
          range.setEnd(staticRange.endContainer, staticRange.endOffset);
          seen.push(range.toString());
        }
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    const panel = await session.openExtensionPage('sidepanel.html?tab=claims');
    await panel.getByRole('button', { name: 'All claims' }).click();
    const list = panel.getByRole('list', { name: 'All claims' });
    const item = list.getByRole('listitem').filter({ hasText: 'met Donald Trump for lunch' });
    await expect.poll(() => item.count(), POLL).toBe(1);
    const opened = session.context.waitForEvent('page', {
      predicate: (p) => p.url().includes('/other-outlet.html'),
      timeout: POLL.timeout,
    });
    await item.getByRole('button', { name: 'Go to it' }).click();
    const page = await opened;
    expect(page.url()).toContain('#:~:text=');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { flashed?: string[] }).flashed ?? []), POLL)
      .toContainEqual(expect.stringContaining('met Donald Trump for lunch'));
    await page.close();
    await panel.close();
  });
});
