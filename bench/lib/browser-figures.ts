/**
 * One measurement each, in real Chromium: the platform floor, the RegExp and mark.js baselines
 * (plain browser), and Backstory's scan, live-feed behaviour, hover latency and re-anchoring
 * (the built extension, timed from its own User Timing marks).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import {
  heapAfterGc,
  longTasksBetween,
  openPlain,
  openWithExtension,
  readMarks,
  settle,
  type BenchBrowsers,
  type Marks,
} from './browsers';
import { FLOOR, markJsJob, regexJob } from './in-page';
import { waitForContentScript, wireMessage } from '../../scripts/lib/extension-tabs';

const markJsSource = readFileSync(createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'), 'utf8');

/** The floor on a fresh load of the page; with `withHeap`, also the page's heap without Backstory. */
export async function floor(b: BenchBrowsers, path: string): Promise<number>;
export async function floor(
  b: BenchBrowsers,
  path: string,
  withHeap: true,
): Promise<{ ms: number; heap: number }>;
export async function floor(b: BenchBrowsers, path: string, withHeap = false) {
  const page = await openPlain(b, b.url(path));
  const { ms } = (await page.evaluate(FLOOR)) as { ms: number };
  const heap = withHeap ? await heapAfterGc(page) : 0;
  await page.close();
  return withHeap ? { ms, heap } : ms;
}

export interface RegexResult {
  ms: number;
  matchMs: number;
  matches: number;
}

export async function regex(
  b: BenchBrowsers,
  path: string,
  aliases: readonly string[],
): Promise<RegexResult> {
  const page = await openPlain(b, b.url(path));
  const result = (await page.evaluate(regexJob(aliases))) as RegexResult;
  await page.close();
  return result;
}

export interface MarkJsResult {
  ms: number;
  done: number;
  total: number;
  matches: number;
}

export async function markJs(
  b: BenchBrowsers,
  path: string,
  aliases: readonly string[],
  capMs: number,
): Promise<MarkJsResult> {
  const page = await openPlain(b, b.url(path));
  await page.addScriptTag({ content: markJsSource });
  const result = (await page.evaluate(markJsJob(aliases, capMs))) as MarkJsResult;
  await page.close();
  return result;
}

export interface ScanResult {
  /** scan-start to scan-end: walking, matching, recording and drawing, with yields. */
  scanMs: number;
  /** Time actually spent working (the scan's slices, without the yields between them). */
  busyMs: number;
  /** scan-start to the first highlights (the visible part). */
  firstMs: number;
  /** Navigation start to the first highlights. */
  firstSinceNavigationMs: number;
  longTasks: number;
  longestTaskMs: number;
  /** Backstory's longest stretch of work between two yields (the browser's own tasks aside). */
  longestSliceMs: number;
  /** JS heap of the tab after the scan (whole renderer), bytes; only when asked. */
  heap?: number;
}

const only = (marks: Marks, name: string) => {
  const found = marks[name]?.[0];
  if (!found) throw new Error(`Backstory did not record "${name}"`);
  return found;
};

export async function scan(b: BenchBrowsers, path: string, withHeap = false): Promise<ScanResult> {
  const { page, marks } = await openWithExtension(b, b.url(path), 'scan-end');
  const start = only(marks, 'scan-start');
  const first = only(marks, 'first-highlights');
  const end = only(marks, 'scan-end');
  const tasks = await longTasksBetween(page, start.t, end.t);
  const result: ScanResult = {
    scanMs: end.t - start.t,
    busyMs: end.detail?.['busyMs'] ?? NaN,
    firstMs: first.t - start.t,
    firstSinceNavigationMs: first.t,
    longTasks: tasks.length,
    longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
    longestSliceMs: end.detail?.['longestMs'] ?? NaN,
  };
  if (withHeap) result.heap = await heapAfterGc(page);
  await page.close();
  return result;
}

export interface FeedResult {
  longTasks: number;
  longestTaskMs: number;
  /** Mentions Backstory counts once the feed is done (proof it kept up), or -1 without it. */
  mentions: number;
}

/** The live blog's ten seconds of appends, with or without the extension: long tasks meanwhile. */
export async function feed(b: BenchBrowsers, path: string, withExtension: boolean): Promise<FeedResult> {
  let page: Page;
  if (withExtension) page = (await openWithExtension(b, b.url(path), 'scan-end')).page;
  else page = await openPlain(b, b.url(path));
  const from = (await page.evaluate('performance.now()')) as number;
  await page.evaluate('window.startFeed()');
  await page.waitForSelector('html[data-feed-done]', { state: 'attached', timeout: 60_000 });
  // Backstory reads appended text in the next frame: give it a moment to finish.
  await page.waitForTimeout(300);
  await settle(page);
  const to = (await page.evaluate('performance.now()')) as number;
  const tasks = await longTasksBetween(page, from, to);
  const mentions = withExtension ? await mentionCount(b, page) : -1;
  await page.close();
  return { longTasks: tasks.length, longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)), mentions };
}

/** How many mentions the content script in `page` has found, as the side panel would ask. */
async function mentionCount(b: BenchBrowsers, page: Page): Promise<number> {
  const tabId = await waitForContentScript(b.ext.worker, page.url());
  const reply = (await b.ext.worker.evaluate(
    ([id, message]) => chrome.tabs.sendMessage(id, message, { frameId: 0 }),
    [tabId, wireMessage('pageMentions', {})] as const,
  )) as { res: { value: { entities: { count: number }[] } } };
  return reply.res.value.entities.reduce((sum, e) => sum + e.count, 0);
}

/**
 * Pointer move to the frame that paints the popover, over `count` mentions: the pointer jumps
 * onto a highlighted name (Esc closes the previous popover first), and the time runs from the
 * pointermove event to Backstory's `popover-shown` mark. Hover delay must be 0 (the bench sets it).
 */
export async function hover(
  b: BenchBrowsers,
  path: string,
  count: number,
  /** Runs each hover (the move and the wait for the popover): bench/hover-profile.ts profiles them. */
  around: (page: Page, index: number, hover: () => Promise<void>) => Promise<void> = (_p, _i, h) => h(),
): Promise<number[]> {
  const { page } = await openWithExtension(b, b.url(path), 'scan-end');
  const latencies: number[] = [];
  let used = new Set<string>();
  for (let attempts = 0; latencies.length < count && attempts < count * 4; attempts++) {
    const target = (await page.evaluate(
      (taken) => {
        const seen = new Set(taken);
        for (const name of ['backstory-actor', 'backstory-event']) {
          for (const range of CSS.highlights.get(name) ?? []) {
            const live = document.createRange();
            live.setStart(range.startContainer, range.startOffset);
            live.setEnd(range.endContainer, range.endOffset);
            const box = live.getClientRects()[0];
            if (!box || box.top < 60 || box.bottom > innerHeight - 300) continue;
            const key = `${Math.round(box.left + scrollX)}:${Math.round(box.top + scrollY)}`;
            if (seen.has(key)) continue;
            return { key, x: box.left + box.width / 2, y: box.top + box.height / 2 };
          }
        }
        return null;
      },
      [...used],
    )) as { key: string; x: number; y: number } | null;
    if (!target) {
      // Nothing new on screen: scroll on (or start over at the top).
      const atEnd = (await page.evaluate(
        'scrollY + innerHeight >= document.documentElement.scrollHeight - 2',
      )) as boolean;
      if (atEnd) {
        await page.evaluate('scrollTo(0, 0)');
        used = new Set();
      } else await page.mouse.wheel(0, 500);
      await settle(page);
      continue;
    }
    used.add(target.key);
    await page.keyboard.press('Escape');
    const before = ((await readMarks(page))['popover-shown'] ?? []).length;
    let shown = false;
    await around(page, latencies.length, async () => {
      await page.mouse.move(target.x, target.y);
      shown = await page
        .waitForFunction((n) => performance.getEntriesByName('backstory:popover-shown').length > n, before, {
          timeout: 5_000,
          polling: 'raf',
        })
        .then(() => true)
        .catch(() => false);
    });
    if (!shown) continue;
    const [moves, marks] = await Promise.all([
      page.evaluate('window.__bench.moves') as Promise<number[]>,
      readMarks(page),
    ]);
    // The first paint after the move: the card draws again when the claim count comes in
    // (card.tsx), and that later mark is not when the reader first saw it.
    const paint = marks['popover-shown']![before]!.t;
    const move = moves.findLast((t) => t <= paint);
    if (move !== undefined) latencies.push(paint - move);
  }
  await page.close();
  if (latencies.length < count)
    throw new Error(`Only ${latencies.length} of ${count} hovers opened a popover`);
  return latencies;
}

export interface ReanchorResult {
  ms: number;
  busyMs: number;
  claims: number;
  longTasks: number;
}

/** A page with saved claims: Backstory finds them again; reanchor-start to reanchor-end. */
export async function reanchor(b: BenchBrowsers, path: string): Promise<ReanchorResult> {
  const { page, marks } = await openWithExtension(b, b.url(path), 'reanchor-end');
  const start = only(marks, 'reanchor-start');
  const end = only(marks, 'reanchor-end');
  const tasks = await longTasksBetween(page, start.t, end.t);
  await page.close();
  return {
    ms: end.t - start.t,
    busyMs: end.detail?.['busyMs'] ?? NaN,
    claims: end.detail?.['claims'] ?? 0,
    longTasks: tasks.length,
  };
}

export const percentile = (values: readonly number[], p: number) => {
  const sorted = values.toSorted((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
