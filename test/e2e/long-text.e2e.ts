/**
 * Pages with one enormous text node (a live blog or a log dumped into one element): Backstory
 * draws only the mentions near the viewport and follows scrolling, and in a node of millions of
 * characters draws none (Chromium then pays over 100 ms a frame for any highlight in it), while
 * hovering a name there still opens its card.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visibleOwnUi } from '../../scripts/lib/own-ui';
import { startSession, type Session } from './harness';
import { staticIntegrityPages } from './integrity-pages';
import { POLL, SCAN_POLL } from '../poll';

const SENTENCE = 'Field Marshal Asim Munir met President Donald Trump at the White House. ';
/** About 300 KB in one text node: long enough to be drawn by parts, short enough to draw. */
const SENTENCES = 4_000;
const LONG_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>One long text node</title></head><body><p>${SENTENCE.repeat(SENTENCES)}</p></body></html>`;
const BIG = '/integrity/big-text-node.html';
/**
 * The page as one 10 MB text node whatever the parser does: Chromium 150's splits long text into
 * nodes of 65,536 characters (156's keeps one), and those are short enough to be drawn.
 */
const BIG_PAGE = staticIntegrityPages()[BIG]!.replace(
  '</body>',
  '<script>document.querySelector("p").normalize()</script></body>',
);

let session: Session;

beforeAll(async () => {
  // The benchmark's build: these tests read the scanner's report (its `scan-end` mark).
  session = await startSession(
    { pages: { '/long/one-node.html': LONG_PAGE, [BIG]: BIG_PAGE } },
    { instrumented: true },
  );
  // Every mention drawn: these tests check what is found and where it is drawn (the quiet
  // default, the first mention per section, is tested in reader-quiet.e2e.ts).
  await session.updateSettings({ highlightScope: 'all' });
});
afterAll(async () => {
  await session?.close();
});

async function scanned(page: Page) {
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('backstory:scan-end').length), SCAN_POLL)
    .toBeGreaterThan(0);
}

/** The vertical positions, in screens from the viewport's top, of every drawn actor mention. */
function drawnScreens(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const live = document.createRange();
    return [...(CSS.highlights.get('backstory-actor') ?? [])].map((range) => {
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      return live.getBoundingClientRect().top / innerHeight;
    });
  });
}

/** Whether the drawn mentions cover the viewport and stay within a few screens of it. */
async function drawnAroundViewport(page: Page) {
  const screens = await drawnScreens(page);
  return {
    onScreen: screens.some((s) => s >= 0 && s < 1),
    farthest: Math.max(...screens.map((s) => (s < 0 ? -s : s - 1))),
  };
}

describe('one long text node', () => {
  it('draws only the mentions within two screens of the viewport, and follows scrolling', async () => {
    const page = await session.openFixture('long/one-node.html');
    await scanned(page);
    await expect.poll(() => drawnAroundViewport(page), POLL).toMatchObject({ onScreen: true });
    // Two actors a sentence, so twice as many mentions as sentences: a small part of them drawn.
    expect((await drawnScreens(page)).length).toBeLessThan(SENTENCES / 2);
    expect((await drawnAroundViewport(page)).farthest).toBeLessThan(2.5);

    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect.poll(() => drawnAroundViewport(page), POLL).toMatchObject({ onScreen: true });
    expect((await drawnAroundViewport(page)).farthest).toBeLessThan(2.5);
    expect((await drawnScreens(page)).length).toBeLessThan(SENTENCES / 2);
    await page.close();
  });

  it('reads a 10 MB text node in short slices, draws nothing in it, and still opens a card there', async () => {
    const page = await session.openFixture(BIG.slice(1));
    await scanned(page);
    const report = await page.evaluate(
      () =>
        (performance.getEntriesByName('backstory:scan-end')[0] as PerformanceMark).detail as {
          yields: number;
          largestStep: number;
        },
    );
    // Split into slices, each looking at the clock after at most about one 32 KB window; how long
    // a slice takes is a figure of the benchmark, not a test.
    expect(report.yields).toBeGreaterThan(0);
    expect(report.largestStep).toBeLessThanOrEqual(2 * 32_768);
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight * 0.4));
    // Where "Asim Munir" is nearest the middle of the screen.
    const point = await page.evaluate(() => {
      const caret = document.caretPositionFromPoint(innerWidth / 2, innerHeight / 2)!;
      const text = caret.offsetNode as Text;
      const at = text.data.indexOf('Asim Munir', caret.offset);
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 'Asim Munir'.length);
      const box = range.getBoundingClientRect();
      return { left: box.left + 2, x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
    // Approach along the name itself: every line of this page holds other names, and on a busy
    // machine a path across them can open their card first, which then covers this one (CI run q-1).
    await page.mouse.move(point.left, point.y);
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await expect
      .poll(async () => (await visibleOwnUi(page, '.bs-popover h2'))?.text, POLL)
      .toBe('Asim Munir');
    expect(await drawnScreens(page)).toEqual([]);
    await page.close();
  });
});
