/**
 * The reader's card, as good as Wikipedia's Page Previews: a labelled dialog that Esc closes from
 * anywhere inside it, returning focus where it came from; its best content first, all of it
 * reachable, at 320 px and 200 % zoom (the count on its compare line too); its actions compact, with a menu that keeps to the ARIA
 * pattern; axe-core finds nothing wrong with it, light or dark.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  callOnOwnShadow,
  clickOwnUi,
  focusedOwnUi,
  queryOwnUi,
  visibleOwnUi,
} from '../../scripts/lib/own-ui';
import { POLL, until } from '../poll';
import { accessibilityTree, axeCard } from './axe';
import { cardHeading, cardOpen, hoverName, shownClaims } from './card-page';
import { startSession, wireMessage, type Session } from './harness';
import { shoot } from './shots';

export const cardPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Card test</title></head>
<body><main>
<h1>A test page</h1>
<p><button id="before" type="button">Before</button></p>
<p id="p1">Field Marshal Asim Munir met Donald Trump for lunch. <a id="after" href="#later">A link after</a></p>
<h2>Elsewhere</h2>
<p id="p2">Shehbaz Sharif said Pakistan would wait, and Israel said nothing.</p>
<p id="plain">Plain words for selecting, with nothing in them to explain at all.</p>
<p id="later">The end.</p>
</main></body></html>`;

let session: Session;
let page: Page;

beforeAll(async () => {
  session = await startSession({ pages: { '/card.html': cardPage } });
  page = await session.context.newPage();
  await page.goto(new URL('card.html', session.server.url).href);
  await until(
    async () => (await page.evaluate(() => CSS.highlights.get('backstory-actor')?.size ?? 0)) > 0,
    'the names on the page to be marked',
  );
});
afterAll(async () => {
  await session?.close();
});

/** Closes whatever is open (a menu, then the card) and waits until no card is on show. */
async function closeAll() {
  await page.mouse.move(1, 1);
  await until(async () => {
    if (!(await cardOpen(page))) return true;
    await page.keyboard.press('Escape');
    return false;
  }, 'the card to close');
}

const focusedText = async () => (await focusedOwnUi(page))?.text;

describe('keyboard and focus', () => {
  it('is a dialog labelled by the name it explains, in the accessibility tree', async () => {
    await hoverName(page, 'Asim Munir');
    const dialog = (await visibleOwnUi(page, '.bs-popover'))!;
    expect(dialog.attributes['role']).toBe('dialog');
    expect(await accessibilityTree(page)).toContainEqual({ role: 'dialog', name: 'Asim Munir' });
    await closeAll();
  });

  it('closes a pinned card with Esc from inside it and gives focus back', async () => {
    await page.focus('#before');
    await hoverName(page, 'Asim Munir');
    await clickOwnUi(page, '.bs-popover button', 'Pin');
    await expect.poll(focusedText, POLL).toBe('Pinned');
    await page.keyboard.press('Tab');
    await expect
      .poll(async () => (await focusedOwnUi(page))?.attributes['aria-label'], POLL)
      .toBe('More actions');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardOpen(page), POLL).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('before');
  });

  it('closes with Esc after “Where the sources differ” was opened from the keyboard', async () => {
    await page.focus('#before');
    await hoverName(page, 'Asim Munir');
    await clickOwnUi(page, '.bs-popover button', 'Pin');
    await until(async () => {
      if ((await focusedText())?.startsWith('Where the sources differ')) return true;
      await page.keyboard.press('Tab');
      return false;
    }, '“Where the sources differ” to take focus');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await queryOwnUi(page, '.bs-popover details[open]')).length, POLL).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardOpen(page), POLL).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('before');
  });

  it('returns to the mention after a keyboard step: the caret there, focus where it was', async () => {
    const tabId = await session.tabIdOf(page);
    await page.focus('#before');
    await session.sendToTab(tabId, wireMessage('stepMention', { direction: 1 }));
    await expect.poll(() => cardHeading(page), POLL).toBe('Asim Munir');
    // Focus is in the card (inside Backstory's closed shadow root).
    await expect.poll(async () => (await focusedOwnUi(page)) !== undefined, POLL).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardOpen(page), POLL).toBe(false);
    const caret = await page.evaluate(() => {
      const selection = document.getSelection()!;
      return {
        text: selection.anchorNode?.textContent?.slice(selection.anchorOffset, selection.anchorOffset + 24),
      };
    });
    expect(caret.text).toBe('Field Marshal Asim Munir');
    // Text cannot take focus without changing the page: focus is back where it was, so Tab
    // carries on from the page rather than from the browser's toolbar.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('before');
    // Steps go on from where they were.
    await session.sendToTab(tabId, wireMessage('stepMention', { direction: 1 }));
    await expect.poll(() => cardHeading(page), POLL).toBe('Donald Trump');
    await closeAll();
  });

  for (const key of ['Tab', 'Shift+Tab'] as const) {
    it(`closes on ${key} past its ${key === 'Tab' ? 'last' : 'first'} control and returns to the mention, as Esc does`, async () => {
      const tabId = await session.tabIdOf(page);
      await page.focus('#before');
      // Steps go on from the last (earlier tests stepped): step round to Asim Munir's mention.
      for (let n = 0; n < 20 && (await cardHeading(page)) !== 'Asim Munir'; n++) {
        const before = await cardHeading(page);
        await session.sendToTab(tabId, wireMessage('stepMention', { direction: 1 }));
        await expect.poll(() => cardHeading(page), POLL).not.toBe(before);
      }
      expect(await cardHeading(page)).toBe('Asim Munir');
      await expect.poll(async () => (await focusedOwnUi(page)) !== undefined, POLL).toBe(true);
      // Walk the card from the keyboard: each press stays in it until the press that would leave.
      const walked: string[] = [];
      for (let n = 0; n < 60 && (await cardOpen(page)); n++) {
        const on = await focusedOwnUi(page);
        if (!on) break; // focus left the card, which stayed open behind it
        walked.push(on.attributes['aria-label'] ?? on.text);
        await page.keyboard.press(key);
      }
      expect(await cardOpen(page)).toBe(false);
      // Forwards, every control on the way; backwards, the card opens on its first control.
      expect(walked.length).toBeGreaterThan(key === 'Tab' ? 3 : 0);
      // The caret is at the mention and focus where it was, exactly as after Esc.
      const caret = await page.evaluate(() => {
        const selection = document.getSelection()!;
        return selection.anchorNode?.textContent?.slice(selection.anchorOffset, selection.anchorOffset + 24);
      });
      expect(caret).toBe('Field Marshal Asim Munir');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('before');
      await shoot(page, `card-closed-by-${key === 'Tab' ? 'tab' : 'shift-tab'}`);
      // And Tab goes on from the page, not from the browser's toolbar.
      await page.keyboard.press('Tab');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id), POLL).toBe('after');
    });
  }

  it('keeps rarer actions in a menu that follows the ARIA menu pattern', async () => {
    await hoverName(page, 'Asim Munir');
    await clickOwnUi(page, '.bs-popover button[aria-label="More actions"]');
    const role = async () => (await focusedOwnUi(page))?.attributes['role'];
    await expect.poll(role, POLL).toBe('menuitem');
    expect(await focusedText()).toBe('Open in side panel');
    await page.keyboard.press('ArrowDown');
    expect(await focusedText()).toBe('Wrong link: not Asim Munir here');
    await page.keyboard.press('End');
    expect(await focusedText()).toBe('Pause Backstory on this site');
    await page.keyboard.press('ArrowDown');
    expect(await focusedText()).toBe('Open in side panel');
    // Esc closes the menu, not the card, and focus goes back to the menu button.
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await queryOwnUi(page, '.bs-popover [role="menu"]')).length, POLL).toBe(0);
    expect(await cardOpen(page)).toBe(true);
    expect((await focusedOwnUi(page))?.attributes['aria-label']).toBe('More actions');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardOpen(page), POLL).toBe(false);
  });
});

describe('content', () => {
  it('shows the summary, one role line and the two most relevant claims first, and the rest on request', async () => {
    await hoverName(page, 'Asim Munir');
    expect((await visibleOwnUi(page, '.bs-popover .bs-role'))?.text).toBe(
      'Chief of Army Staff, Pakistan Army · as of 13 October 2025',
    );
    expect(await shownClaims(page)).toBe(2);
    const more = (await visibleOwnUi(page, '.bs-popover .bs-more'))!;
    const hidden = Number(/^Show (\d+) more claims$/.exec(more.text)?.[1]);
    expect(hidden).toBeGreaterThan(5);
    // Nothing is hidden in an inner scroll area on first view.
    const overflow = await callOnOwnShadow<number>(
      page,
      `function () { const b = this.querySelector('.bs-popover-body'); return b.scrollHeight - b.clientHeight; }`,
    );
    expect(overflow).toBeLessThanOrEqual(1);
    // Claims about how a source words his title are not among the first.
    const first = (await queryOwnUi(page, '.bs-popover .bs-claims:not(.bs-wording) .bs-claim-text')).map(
      (c) => c.text,
    );
    expect(first.join(' ')).not.toMatch(/calls Asim Munir|spelling|Trum/);
    await clickOwnUi(page, '.bs-popover .bs-more');
    await expect.poll(() => shownClaims(page), POLL).toBe(2 + hidden);
    // Sources are named as readers know them.
    const sources = (await queryOwnUi(page, '.bs-popover .bs-source')).map((s) => s.text);
    expect(sources).toContain('Middle East Institute — analysis by Marvin G. Weinbaum, Naade Ali, undated');
    expect(sources.join(' ')).not.toMatch(/seed|\.txt/i);
    await closeAll();
  });

  it('says a role once: no organisation repeated after a title that names it', async () => {
    await hoverName(page, 'Shehbaz Sharif');
    expect((await visibleOwnUi(page, '.bs-popover .bs-role'))?.text).toMatch(
      /^Prime Minister of Pakistan · as of /,
    );
    await closeAll();
  });

  it('fits 320 px wide and 200 % zoom, every control on screen', async () => {
    for (const [width, height] of [
      [320, 640],
      [640, 450], // a 1280 × 900 window at 200 %
    ] as const) {
      await page.setViewportSize({ width, height });
      await hoverName(page, 'Donald Trump');
      const card = (await visibleOwnUi(page, '.bs-popover'))!;
      expect(card.x - card.width / 2).toBeGreaterThanOrEqual(0);
      expect(card.x + card.width / 2).toBeLessThanOrEqual(width);
      expect(card.y - card.height / 2).toBeGreaterThanOrEqual(0);
      expect(card.y + card.height / 2).toBeLessThanOrEqual(height);
      const close = (await visibleOwnUi(page, '.bs-popover button[aria-label="Close"]'))!;
      expect(close.x + close.width / 2).toBeLessThanOrEqual(width);
      expect(close.y - close.height / 2).toBeGreaterThanOrEqual(0);
      await closeAll();
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('shows the compare line’s count whole at 320 px and 200 % zoom, and reads it out', async () => {
    const cut: string[] = [];
    for (const [width, height] of [
      [320, 640],
      [640, 450], // a 1280 × 900 window at 200 %
    ] as const) {
      await page.setViewportSize({ width, height });
      await hoverName(page, 'Asim Munir');
      // The count is generated content: only the box's overflow says whether any of it is cut.
      const overflow = await callOnOwnShadow<number>(
        page,
        `function () { const b = this.querySelector('.bs-marked button'); return b.scrollWidth - b.clientWidth; }`,
      );
      if (overflow === undefined || overflow > 0) cut.push(`${width} × ${height}: ${overflow} px cut`);
      expect(await accessibilityTree(page)).toContainEqual({
        role: 'button',
        name: 'Compare your claims about Asim Munir · none yet',
      });
      await closeAll();
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(cut).toEqual([]);
  });
});

describe('axe-core', () => {
  it('finds nothing wrong with the open card, its menu and its folded parts, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await hoverName(page, 'Asim Munir');
      expect(await axeCard(page)).toEqual([]);
      await clickOwnUi(page, '.bs-popover .bs-more');
      await callOnOwnShadow(
        page,
        `function () { for (const d of this.querySelectorAll('details')) d.open = true; }`,
      );
      expect(await axeCard(page)).toEqual([]);
      await clickOwnUi(page, '.bs-popover button[aria-label="More actions"]');
      await expect
        .poll(async () => (await queryOwnUi(page, '.bs-popover [role="menu"]')).length, POLL)
        .toBe(1);
      expect(await axeCard(page)).toEqual([]);
      await closeAll();
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });
});
