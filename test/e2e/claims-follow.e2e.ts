/**
 * Claims follow the page: when a page edits the words under a marked claim in place, the claim
 * is placed again at once — on its words where they still are, or as an orphan in the panel with
 * its highlight gone — never left on other words. And the claim form fits: Save on screen at
 * 400 × 800, at 200 % zoom and for long quotes.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visibleOwnUi } from '../../scripts/lib/own-ui';
import { POLL } from '../poll';
import { axePage, smallText } from './axe';
import { claimForm, claimHighlights, clickMarkClaim, select } from './claim-page';
import { openControlPage, type ControlPage } from './control-page';
import { startSession, type Session } from './harness';

const QUOTE = 'no decision has been taken on any deployment of troops';
const article = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live</title></head><body><article>
<h1>Live: Gaza force</h1>
<p id="update">Officials in Islamabad said ${QUOTE} to Gaza, and that talks would go on.</p>
<p id="other">Asim Munir met officials in Washington to discuss the plan.</p>
<p id="long">${Array.from({ length: 5 }, (_, i) => `Sentence ${i + 1} of a long passage about Pakistan and the plan for Gaza, which goes on for a while so that the quote runs over several lines.`).join(' ')}</p>
</article></body></html>`;

let session: Session;
let control: ControlPage;

beforeAll(async () => {
  session = await startSession({ pages: { '/live.html': article } });
  control = await openControlPage(session);
});
afterAll(async () => {
  await session?.close();
});

async function openLive(): Promise<{ page: Page; tabId: number }> {
  const page = await session.context.newPage();
  await page.goto(new URL('live.html', session.server.url).href);
  // Backstory has read the page (its names are marked) before the reader selects anything.
  await expect
    .poll(() => page.evaluate(() => CSS.highlights.get('backstory-actor')?.size ?? 0), POLL)
    .toBeGreaterThan(0);
  return { page, tabId: await session.tabIdOf(page) };
}

async function mark(page: Page, text: string) {
  await select(page, text);
  await clickMarkClaim(page);
  const form = await claimForm(page);
  await form.getByRole('button', { name: 'Close' }).click();
  await expect.poll(async () => (await visibleOwnUi(page, '.bs-marker')) === undefined, POLL).toBe(true);
}

const placements = async (tabId: number) => {
  const reply = await control.tab<{ placements: { status: string }[] }>(tabId, 'pageClaims', {});
  return reply.ok ? reply.value.placements.map((p) => p.status) : [];
};

describe('claims follow the page', () => {
  it('orphans a claim whose words the page replaces in place, taking its highlight off the new words', async () => {
    const { page, tabId } = await openLive();
    await mark(page, QUOTE);
    await expect.poll(() => claimHighlights(page), POLL).toEqual([QUOTE]);
    const panel = await session.openExtensionPage(`sidepanel.html?tabId=${tabId}&tab=claims`);
    const claimList = panel.getByRole('list', { name: 'Claims on this page' });
    await expect.poll(() => claimList.textContent(), POLL).toContain('found on this page');
    // A live page rewrites the paragraph's text node in place: the same node, other words.
    await page.evaluate(() => {
      const text = document.getElementById('update')!.firstChild as Text;
      text.data = 'Officials in Islamabad said the committee will meet again next week to review the plan.';
    });
    await expect.poll(() => placements(tabId), POLL).toEqual(['orphan']);
    expect(await claimHighlights(page)).toEqual([]);
    await expect.poll(() => claimList.textContent(), POLL).toContain('not found on this page any more');
    await panel.close();
    await page.close();
  });

  it('places a claim again when the page edits a word of it', async () => {
    const { page, tabId } = await openLive();
    const quote = 'Asim Munir met officials in Washington to discuss the plan';
    await mark(page, quote);
    await expect.poll(() => claimHighlights(page), POLL).toContain(quote);
    await page.evaluate(() => {
      const text = document.getElementById('other')!.lastChild as Text;
      text.data = text.data.replace('discuss', 'talk over');
    });
    await expect
      .poll(() => claimHighlights(page), POLL)
      .toContain('Asim Munir met officials in Washington to talk over the plan');
    expect(await placements(tabId)).toContain('anchored');
    await page.close();
  });

  it('follows edits on a paused site too, where only the reader’s claims are drawn', async () => {
    const { page, tabId } = await openLive();
    await expect
      .poll(() => claimHighlights(page), POLL)
      .toContain('Asim Munir met officials in Washington to discuss the plan');
    expect(await control.background('setSitePaused', { site: '127.0.0.1', paused: true })).toMatchObject({
      ok: true,
    });
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.get('backstory-actor')?.size ?? 0), POLL)
      .toBe(0);
    expect((await claimHighlights(page)).length).toBeGreaterThan(0);
    await page.evaluate(() => {
      document.getElementById('other')!.textContent =
        'Nothing of the sort happened in Washington today at all.';
    });
    await expect.poll(() => placements(tabId), POLL).toContain('orphan');
    expect(await claimHighlights(page)).not.toContain('Nothing of the sort happened in Washington today at');
    await control.background('setSitePaused', { site: '127.0.0.1', paused: false });
    await page.close();
  });

  it('tells an open panel when a claim is found again, and asks the page nothing while it stays put', async () => {
    const { page, tabId } = await openLive();
    await mark(page, QUOTE);
    await page.evaluate(() => {
      const text = document.getElementById('update')!.firstChild as Text;
      text.data = 'Officials in Islamabad said the committee will meet again next week to review the plan.';
    });
    await expect.poll(() => placements(tabId), POLL).toContain('orphan');
    const panel = await session.openExtensionPage(`sidepanel.html?tabId=${tabId}&tab=claims`);
    const orphans = panel.locator('.placement-orphan');
    await expect.poll(() => orphans.count(), POLL).toBe(1);
    // From here on, every question the panel sends a tab is counted.
    await panel.evaluate(() => {
      const tabs = (
        globalThis as unknown as { chrome: { tabs: { sendMessage: (...a: unknown[]) => unknown } } }
      ).chrome.tabs;
      const asked: string[] = [];
      (globalThis as unknown as { asked: string[] }).asked = asked;
      const send = tabs.sendMessage;
      tabs.sendMessage = (...args: unknown[]) => {
        asked.push(String((args[1] as { type?: string }).type));
        return send.apply(tabs, args);
      };
    });
    const asked = () => panel.evaluate(() => (globalThis as unknown as { asked: string[] }).asked);
    // The page keeps changing elsewhere (a live blog adds updates, each read for names, the
    // orphan looked for again): its claims stay where they were, so the panel asks nothing.
    const names = async () => {
      const reply = await control.tab<{ entities: { count: number }[] }>(tabId, 'pageMentions', {});
      return reply.ok ? reply.value.entities.reduce((sum, e) => sum + e.count, 0) : 0;
    };
    for (let i = 1; i <= 5; i++) {
      const before = await names();
      await page.evaluate((n) => {
        const update = document.createElement('p');
        update.textContent = `Update ${n}: Asim Munir met officials again.`;
        document.querySelector('article')!.append(update);
      }, i);
      await expect.poll(names, POLL).toBeGreaterThan(before);
    }
    expect(await asked()).toEqual([]);
    // The page puts the claim's words back: the panel, open all along, shows it found, having
    // asked the page once.
    await page.evaluate((quote) => {
      const text = document.getElementById('update')!.firstChild as Text;
      text.data = `Officials in Islamabad said ${quote} to Gaza, and that talks would go on.`;
    }, QUOTE);
    // Orphans are looked for again as the page changes, at most every 2 s: the page keeps
    // changing (a word elsewhere) until the claim is found, as a live page would.
    await expect
      .poll(async () => {
        await page.evaluate(() => document.querySelector('article')!.append(' '));
        return orphans.count();
      }, POLL)
      .toBe(0);
    expect(await panel.locator('.placement-anchored').count()).toBeGreaterThan(0);
    expect(await asked()).toEqual(['pageClaims']);
    await panel.close();
    await page.close();
  });
});

describe('the claim form fits', () => {
  it('keeps Save on screen at 400 × 800 and at 200 % zoom, for a long quote', async () => {
    for (const [width, height] of [
      [400, 800],
      [640, 400], // a 1280 × 800 window at 200 %
    ] as const) {
      const { page } = await openLive();
      await page.setViewportSize({ width, height });
      await page.evaluate(() => document.getElementById('long')!.scrollIntoView({ block: 'end' }));
      await page.evaluate(() => {
        // A quote of several lines: the whole paragraph.
        const range = document.createRange();
        range.selectNodeContents(document.getElementById('long')!);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
      });
      // Ended as a keyboard reader ends a selection: Backstory offers "Mark claim" only after
      // the reader's own keys or pointer.
      await page.keyboard.press('Shift');
      await clickMarkClaim(page);
      const form = await claimForm(page);
      const save = form.getByRole('button', { name: 'Save details' });
      // Where the frame is, and where Save is inside it, in the page's coordinates.
      await expect
        .poll(async () => {
          const box = await save.boundingBox();
          return !!box && box.y >= 0 && box.y + box.height <= height && box.x + box.width <= width;
        }, POLL)
        .toBe(true);
      // And it is not scrolled out of the frame's view: the frame shows it at its centre.
      const hit = await save.evaluate((button) => {
        const box = button.getBoundingClientRect();
        return document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === button;
      });
      expect(hit).toBe(true);
      // The form is an extension page: as readable and accessible as the others.
      expect([...(await smallText(form)), ...(await axePage(form))]).toEqual([]);
      // The quote is cut with a way to read it all, never silently mid-line.
      const toggle = form.getByRole('button', { name: 'Show the whole quote' });
      expect(await toggle.count()).toBe(1);
      await toggle.click();
      expect(await form.getByRole('button', { name: 'Show less' }).getAttribute('aria-expanded')).toBe(
        'true',
      );
      await page.close();
    }
  });
});
