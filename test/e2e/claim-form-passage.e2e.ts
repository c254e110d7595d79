/**
 * The claim form never covers the passage it quotes: a whole sentence of several lines, marked
 * at the top, middle or foot of a small window (1280 × 720 at 200 % zoom: 640 × 360 CSS px) or a
 * narrow one (400 px wide), stays in view above or below the form once the form has its size.
 * Geometry: no line of the passage meets the form's frame. `BACKSTORY_E2E_SHOTS` names a folder
 * for screenshots.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visibleOwnUi } from '../../scripts/lib/own-ui';
import { claimForm, select } from './claim-page';
import { openControlPage, type ControlPage } from './control-page';
import { startSession, type Session } from './harness';
import { namesDrawn } from './names-drawn';
import { POLL } from '../poll';

const sentence = (i: number) =>
  `Paragraph ${i}: Prime Minister Shehbaz Sharif phoned Iranian President Masoud Pezeshkian on Tuesday, and the two leaders agreed that their foreign ministers would meet in Islamabad before the end of the month.`;
const article = (paragraphs: number) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Passage</title></head><body><article><h1>Talks</h1>
${Array.from({ length: paragraphs }, (_, i) => `<p>${sentence(i)}</p>`).join('\n')}</article></body></html>`;
const MARKED = sentence(6);

let session: Session;
let control: ControlPage;
beforeAll(async () => {
  // On the first page the passage has more after it; the second ends with it, so the page
  // cannot scroll it up clear of a form laid over the foot of the window.
  session = await startSession({ pages: { '/passage.html': article(14), '/last.html': article(7) } });
  control = await openControlPage(session);
});
afterAll(async () => {
  await session?.close();
});

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Each line of the marked passage, in the viewport. */
const passageLines = (page: Page) =>
  page.evaluate((text) => {
    const p = [...document.querySelectorAll('p')].find((el) => el.textContent === text)!;
    const range = document.createRange();
    range.selectNodeContents(p);
    return [...range.getClientRects()].map(({ left, top, right, bottom }) => ({ left, top, right, bottom }));
  }, MARKED);

async function formRect(page: Page): Promise<Rect | undefined> {
  const box = await visibleOwnUi(page, 'iframe.bs-form-frame');
  if (!box) return undefined;
  const [w, h] = [box.width / 2, box.height / 2];
  return { left: box.x - w, top: box.y - h, right: box.x + w, bottom: box.y + h };
}

const meets = (a: Rect, b: Rect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const sizes = [
  ['200 % zoom', 640, 360],
  ['400 px wide', 400, 800],
] as const;
const places = [
  'start of the window',
  'center of the window',
  'end of the window',
  'end of the page',
] as const;

describe('the claim form and the passage it quotes', () => {
  it.each(sizes.flatMap(([name, width, height]) => places.map((at) => [name, width, height, at] as const)))(
    'at %s (%i × %i), the passage at the %s: every line of it stays in view, clear of the form',
    async (name, width, height, at) => {
      const page = await session.context.newPage();
      await page.setViewportSize({ width, height });
      const last = at === 'end of the page';
      const block = last ? 'end' : (at.split(' ')[0] as 'start' | 'center' | 'end');
      await page.goto(new URL(last ? '/last.html' : `/passage.html?at=${block}`, session.server.url).href);
      await namesDrawn(page);
      await page.evaluate(
        ([text, where]) => {
          const p = [...document.querySelectorAll('p')].find((el) => el.textContent === text)!;
          p.scrollIntoView({ block: where });
        },
        [MARKED, block] as const,
      );
      await select(page, MARKED);
      const tabId = await session.tabIdOf(page);
      expect(await control.tab(tabId, 'markSelection', {})).toEqual({ ok: true, value: true });
      const form = await claimForm(page);
      await expect.poll(() => form.getByRole('status').textContent(), POLL).toBe('Saved ✓');
      await expect.poll(async () => (await formRect(page))?.bottom ?? 0, POLL).toBeGreaterThan(0);
      const clear = async () => {
        const [lines, frame] = [await passageLines(page), await formRect(page)];
        if (!frame) return 'no form';
        const covered = lines.filter((line) => meets(line, frame)).length;
        // Less than a pixel over the edge is a line box's rounding, not a line out of view.
        const outside = lines.filter((line) => line.top < -1 || line.bottom > height + 1).length;
        return { covered, outside };
      };
      try {
        await expect.poll(clear, POLL).toEqual({ covered: 0, outside: 0 });
      } finally {
        const dir = process.env['BACKSTORY_E2E_SHOTS'];
        const shot = `${dir}/claim-form-${width}x${height}-${at.replaceAll(' ', '-')}.png`;
        if (dir) await page.screenshot({ path: shot });
        await page.close();
      }
    },
  );
});
