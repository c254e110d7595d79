/**
 * How claims read where room is short and across views: the card's "Compare your claims about …"
 * line whole at 400 px, a select's chosen text whole in a 400 px side panel at 200 % zoom (200 CSS
 * px), one date format (the reader's locale) in the claims list and the compare view, and a quote
 * shown without the spaces its selection took in at its edges (the stored quote keeps them).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeQuote } from '../../lib/anchor/selectors';
import type { SavedClaim } from '../../lib/claims/schema';
import { callOnOwnShadow } from '../../scripts/lib/own-ui';
import { hoverName } from './card-page';
import { openControlPage } from './control-page';
import { startSession, type Session } from './harness';
import { openAllClaims, savedClaim, storeClaims } from './saved-claims';
import { namesDrawn } from './names-drawn';
import { POLL, until } from '../poll';
import { shoot } from './shots';

const LONG = 'center-for-international-strategic-studies';
const article = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Narrow</title></head>
<body><article><p>Analysts at the Center for International Strategic Studies in Islamabad were cautious.</p></article></body></html>`;
const pageText = 'Field Marshal Asim Munir was rewarded with a private lunch, a first for Pakistan ';
/** The quote as selected, with the space after its last word. */
const quote = 'a private lunch, a first for Pakistan ';
const start = pageText.indexOf(quote);

/** The unit tests' claim, with this test's quote and a long-named actor. */
const claim = savedClaim({
  id: '0b7d3a52-3c1e-4f6a-9a51-6d2f5e1c9b07',
  seenUrl: 'https://news.example/world/munir-lunch',
  page: { title: 'Munir lunches with Trump', siteName: 'News Example', authors: [], published: '2025-06-19' },
  selectors: describeQuote(pageText, start, start + quote.length),
  entities: ['asim-munir', LONG],
  note: '',
  tags: [],
});

let session: Session;

beforeAll(async () => {
  session = await startSession({ pages: { '/narrow.html': article } });
  await storeClaims(session, [claim]);
});
afterAll(async () => {
  await session?.close();
});

async function allClaims(width: number, height: number): Promise<Page> {
  return openAllClaims(session, { viewport: { width, height } });
}

describe('claims where room is short', () => {
  it('keeps the card\'s "Compare your claims about …" line whole at 400 px', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 400, height: 800 });
    await page.goto(new URL('narrow.html', session.server.url).href);
    await namesDrawn(page);
    await hoverName(page, 'Center for International Strategic Studies');
    const measure = () =>
      callOnOwnShadow<{ cut: boolean; inside: boolean; count: string } | null>(
        page,
        `function () {
          const line = this.querySelector('.bs-marked .bs-action');
          const name = line?.querySelector('span');
          if (!line || !name) return null;
          const card = this.querySelector('.bs-popover').getBoundingClientRect();
          const box = name.getBoundingClientRect();
          return {
            cut: name.scrollWidth > name.clientWidth + 1,
            inside: box.left >= card.left && box.right <= card.right,
            count: line.dataset.count,
          };
        }`,
      );
    await expect.poll(async () => (await measure())?.count, POLL).toBe('1 marked');
    expect(await measure()).toEqual({ cut: false, inside: true, count: '1 marked' });
    await page.close();
  });

  it("keeps the line's count with the name's last word, never alone on a line, at 400 px and 200 % zoom", async () => {
    const page = await session.context.newPage();
    const placed: string[] = [];
    for (const [width, height] of [
      [400, 800],
      [640, 360], // a 1280 × 720 window at 200 %
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(new URL('narrow.html', session.server.url).href);
      await namesDrawn(page);
      await hoverName(page, 'Center for International Strategic Studies');
      // The count is generated content: where it sits shows in the line's box, against the
      // name's last letter (a newcomer saw "· none yet" alone on a last line, 7 December 2026).
      const measure = () =>
        callOnOwnShadow<{ lines: number; below: number; lineHeight: number; count: string } | null>(
          page,
          `function () {
            const line = this.querySelector('.bs-marked .bs-action');
            const name = line?.querySelector('span');
            const text = name?.lastChild;
            if (!line || !text || !text.length) return null;
            const range = document.createRange();
            range.setStart(text, text.length - 1);
            range.setEnd(text, text.length);
            const last = range.getBoundingClientRect();
            const whole = document.createRange();
            whole.selectNodeContents(name);
            const lines = new Set([...whole.getClientRects()].map((r) => Math.round(r.bottom))).size;
            return {
              lines,
              below: line.getBoundingClientRect().bottom - last.bottom,
              lineHeight: parseFloat(getComputedStyle(line).lineHeight) || 16,
              count: line.dataset.count,
            };
          }`,
        );
      await expect.poll(async () => (await measure())?.count, POLL).toBe('1 marked');
      const m = (await measure())!;
      // The name does wrap here, so the count had a last line to share or not.
      expect(m.lines).toBeGreaterThanOrEqual(2);
      if (m.below > m.lineHeight / 2)
        placed.push(`${width} × ${height}: the count ${m.below} px below the name`);
      await shoot(page, `card-compare-line-from-${width}`);
    }
    await page.close();
    expect(placed).toEqual([]);
  });

  it("shows a select's chosen text whole in a 400 px panel at 200 % zoom", async () => {
    const panel = await allClaims(200, 400);
    await panel.getByLabel('Actor or event').selectOption(LONG);
    await until(async () => (await panel.locator('li.claim').count()) === 1, 'the filtered list');
    // A chosen text wider than its select must take more lines, not be cut at the select's edge.
    const cut = await panel.evaluate(() => {
      const context = document.createElement('canvas').getContext('2d')!;
      return [...document.querySelectorAll('select')].flatMap((select) => {
        const style = getComputedStyle(select);
        context.font = style.font;
        const text = select.selectedOptions[0]?.textContent ?? '';
        const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        const line = parseFloat(style.lineHeight) || 1.2 * parseFloat(style.fontSize);
        const oneLine = select.clientHeight < 2 * line;
        return context.measureText(text).width > room && oneLine ? [text] : [];
      });
    });
    expect(cut).toEqual([]);
    await panel.close();
  });
});

describe('claims across views', () => {
  it('writes dates one way, in the reader’s locale, in the claims list and the compare view', async () => {
    const panel = await allClaims(400, 800);
    const published = await panel.evaluate(() =>
      new Intl.DateTimeFormat(undefined, {
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        timeZone: 'UTC',
      }).format(Date.UTC(2025, 5, 19)),
    );
    const marked = await panel.evaluate(() =>
      new Intl.DateTimeFormat(undefined, {
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        timeZone: 'UTC',
      }).format(Date.UTC(2025, 5, 20)),
    );
    expect(await panel.locator('li.claim .claim-source').textContent()).toContain(
      ` · ${published} · marked ${marked}`,
    );
    await panel.getByRole('button', { name: 'Compare' }).last().click();
    const mine = panel.locator('tr[data-row] [data-ref^="saved:"] .muted');
    await until(async () => (await mine.count()) === 1, 'the claim in the compare view');
    expect(await mine.textContent()).toContain(` · ${published}`);
    await panel.close();
  });

  it('shows a quote without the spaces at its edges, and keeps them stored', async () => {
    const panel = await allClaims(400, 800);
    expect(await panel.locator('li.claim blockquote').textContent()).toBe(
      '“a private lunch, a first for Pakistan”',
    );
    await panel.getByRole('button', { name: 'Compare' }).last().click();
    const mine = panel.locator('tr[data-row] [data-ref^="saved:"] .compare-quote');
    await until(async () => (await mine.count()) === 1, 'the claim in the compare view');
    expect(await mine.textContent()).toMatch(/^“a private lunch, .*Pakistan”$/);
    const control = await openControlPage(session);
    const stored = (await control.storedClaims()) as SavedClaim[];
    expect(stored.find((c) => c.id === claim.id)?.selectors.quote.exact).toBe(quote);
    await control.page.close();
    await panel.close();
  });
});
