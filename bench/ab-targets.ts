/**
 * `npx tsx bench/ab-targets.ts <dir A> <dir B> [loads] [extremes|feed|hover]`: the targets that
 * bench/ab.ts does not cover, for two benchmark builds (each `BACKSTORY_BUILD=bench`) loaded
 * alternately in the same minutes: the longest slice on the three extreme pages, long tasks
 * during the live feed, and hover latency (p95 of each load's hovers). Prints each build's median
 * and B's ratio to A; on a busy machine the ratio is the figure to read.
 */
import { demoPageHtml } from '../scripts/demo/news-page';
import { scriptedIntegrityPages, staticIntegrityPages } from '../test/e2e/integrity-pages';
import * as measure from './lib/browser-figures';
import { startBrowsers, type BenchBrowsers } from './lib/browsers';
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
/** One load of each measured page with one build: its figures by name. */
async function measureOnce(b: BenchBrowsers): Promise<Figures> {
  const figures: Figures = {};
  if (!only || only === 'extremes')
    for (const name of EXTREMES) {
      const scan = await measure.scan(b, `/integrity/${name}.html`);
      figures[`longest_slice_${name}_ms`] = scan.longestSliceMs;
      figures[`busy_${name}_ms`] = scan.busyMs;
    }
  if (!only || only === 'feed') {
    const feed = await measure.feed(b, '/feed.html', true);
    figures['long_tasks_feed'] = feed.longTasks;
    figures['longest_task_feed_ms'] = feed.longestTaskMs;
    figures['feed_mentions_found'] = feed.mentions;
  }
  if (!only || only === 'hover') {
    const hovers = await measure.hover(b, '/demo.html', 50);
    figures['hover_p95_ms'] = measure.percentile(hovers, 95);
    figures['hover_p50_ms'] = measure.percentile(hovers, 50);
  }
  return figures;
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
