/**
 * `npx tsx bench/ab-targets.ts <dir A> <dir B> [loads] [extremes|feed|hover]`: the targets that
 * bench/ab.ts does not cover, for two benchmark builds (each `BACKSTORY_BUILD=bench`) loaded
 * alternately in the same minutes: the longest slice on the three extreme pages, long tasks
 * during the live feed, and hover latency (p95 of each load's hovers). Prints each build's median
 * and B's ratio to A; on a busy machine the ratio is the figure to read.
 */
import type { Page } from 'playwright-core';
import { demoPageHtml } from '../scripts/demo/news-page';
import { scriptedIntegrityPages, staticIntegrityPages } from '../test/e2e/integrity-pages';
import * as measure from './lib/browser-figures';
import {
  longTasksBetween,
  openWithExtension,
  settle,
  startBrowsers,
  type BenchBrowsers,
} from './lib/browsers';
import { liveBlogPage } from './lib/pages';
import { dictionaryOfSize, seedAliases } from './lib/workloads';

const [dirA, dirB, loadsArg, only] = process.argv.slice(2);
if (!dirA || !dirB)
  throw new Error('usage: tsx bench/ab-targets.ts <dir A> <dir B> [loads] [extremes|feed|hover]');
const loads = Number(loadsArg ?? 3);
const EXTREMES = ['big-text-node', 'many-text-nodes', 'deep-nesting'] as const;
const pages = {
  '/feed.html': liveBlogPage(dictionaryOfSize(seedAliases().length)),
  '/demo.html': demoPageHtml(),
  ...staticIntegrityPages(),
  ...scriptedIntegrityPages(),
};
// One build per browser (each with its own server): started one after the other, not at once.
const browsers = { A: await startBrowsers(pages, dirA), B: await startBrowsers(pages, dirB) };

type Figures = Record<string, number>;

/**
 * CPU time of a page's main thread while `work` runs, in ms: unlike the wall-clock figures, it
 * does not grow when other processes take the cores, so A and B compare even on a busy machine.
 */
async function threadCpuMs(page: Page, work: () => Promise<void>): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const read = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    return metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN;
  };
  const before = await read();
  await work();
  const after = await read();
  await cdp.detach();
  return (after - before) * 1000;
}

/** A load of a page until the scan's end: its longest slice, busy time and main-thread CPU time. */
async function scanWithCpu(b: BenchBrowsers, path: string) {
  const page = await b.ext.context.newPage();
  let cpuMs = NaN;
  try {
    cpuMs = await threadCpuMs(page, async () => {
      await page.goto(b.url(path), { waitUntil: 'load', timeout: 180_000 });
      await page.waitForFunction(() => performance.getEntriesByName('backstory:scan-end').length > 0, null, {
        timeout: 300_000,
        polling: 50,
      });
    });
    const detail = (await page.evaluate(
      () => (performance.getEntriesByName('backstory:scan-end')[0] as PerformanceMark).detail,
    )) as { longestMs: number; busyMs: number; yields: number };
    return { ...detail, cpuMs };
  } finally {
    await page.close();
  }
}
/** One load of each measured page with one build: its figures by name. */
async function measureOnce(b: BenchBrowsers): Promise<Figures> {
  const figures: Figures = {};
  if (!only || only === 'extremes')
    for (const name of EXTREMES) {
      const scan = await scanWithCpu(b, `/integrity/${name}.html`);
      figures[`longest_slice_${name}_ms`] = scan.longestMs;
      figures[`busy_${name}_ms`] = scan.busyMs;
      figures[`cpu_to_scan_end_${name}_ms`] = scan.cpuMs;
      figures[`yields_${name}`] = scan.yields;
    }
  if (!only || only === 'feed') Object.assign(figures, await feedWithCpu(b));
  if (!only || only === 'hover') {
    const hovers = await measure.hover(b, '/demo.html', 50);
    figures['hover_p95_ms'] = measure.percentile(hovers, 95);
    figures['hover_p50_ms'] = measure.percentile(hovers, 50);
    // The cold hovers, which set p95: the first card a page opens, and the next one.
    figures['hover_first_ms'] = hovers[0]!;
    figures['hover_second_ms'] = hovers[1]!;
    if (process.env['AB_HOVERS']) console.log(`  ${hovers.map((ms) => ms.toFixed(0)).join(' ')}`);
  }
  return figures;
}

/** The live feed's ten seconds as `measure.feed` runs them, with the main thread's CPU time. */
async function feedWithCpu(b: BenchBrowsers): Promise<Figures> {
  const { page } = await openWithExtension(b, b.url('/feed.html'), 'scan-end');
  try {
    const from = (await page.evaluate('performance.now()')) as number;
    const cpuMs = await threadCpuMs(page, async () => {
      await page.evaluate('window.startFeed()');
      await page.waitForSelector('html[data-feed-done]', { state: 'attached', timeout: 60_000 });
      await page.waitForTimeout(300); // as measure.feed: Backstory reads appended text in the next frame
      await settle(page);
    });
    const to = (await page.evaluate('performance.now()')) as number;
    const tasks = await longTasksBetween(page, from, to);
    return {
      long_tasks_feed: tasks.length,
      longest_task_feed_ms: Math.max(0, ...tasks.map((t) => t.duration)),
      cpu_feed_ms: cpuMs,
    };
  } finally {
    await page.close();
  }
}

const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]!;
try {
  for (const b of Object.values(browsers)) await b.ask('updateSettings', { hoverDelayMs: 0 });
  const results: Record<'A' | 'B', Figures[]> = { A: [], B: [] };
  for (let i = 0; i < loads; i++) {
    const order = i % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const);
    for (const which of order) results[which].push(await measureOnce(browsers[which]));
    console.log(`load ${i + 1}/${loads} done`);
  }
  console.log(`${loads} loads each`);
  for (const field of Object.keys(results.A[0] ?? {})) {
    const [a, b] = (['A', 'B'] as const).map((w) => results[w].map((r) => r[field]!));
    const ratio = median(a!) === 0 ? '' : `  B/A ${(median(b!) / median(a!)).toFixed(2)}`;
    console.log(`  ${field}: A ${median(a!).toFixed(1)}  B ${median(b!).toFixed(1)}${ratio}`);
    console.log(
      `    A: ${a!.map((v) => v.toFixed(1)).join(' ')}  B: ${b!.map((v) => v.toFixed(1)).join(' ')}`,
    );
  }
} finally {
  await browsers.A.close();
  await browsers.B.close();
}
