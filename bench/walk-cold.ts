/**
 * The block walk alone, cold, as a page's content script runs it (issue #19):
 * `npx tsx bench/walk-cold.ts bundle <out.js>` bundles this checkout's walk
 * (`bench/lib/walk-cold-entry.ts`); `npx tsx bench/walk-cold.ts <a.js> <b.js> [runs] [50kb|1mb]`
 * runs A, B and A again, in turn, each on a fresh page in a fresh isolated world after the page's
 * first frame, and prints the medians of the main thread's CPU time (`ThreadTime`) over the
 * walk: B/A with the A/A ratio beside it, which is the noise. Build A from main's checkout and B
 * from yours. `bench/ab.ts` times the whole extension; this leaves out everything but the walk.
 */
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { findChrome, noChromeMessage } from '../scripts/lib/chrome';
import { serveStatic } from '../scripts/lib/static-server';
import { newsPage } from './lib/pages';
import { seedAliases } from './lib/workloads';

const [first, second, runsArg, size] = process.argv.slice(2);
if (first === 'bundle') {
  if (!second) throw new Error('usage: tsx bench/walk-cold.ts bundle <out.js>');
  await build({
    entryPoints: [new URL('./lib/walk-cold-entry.ts', import.meta.url).pathname],
    bundle: true,
    format: 'iife',
    outfile: second,
    logLevel: 'warning',
  });
  process.exit(0);
}
if (!first || !second) throw new Error('usage: tsx bench/walk-cold.ts <a.js> <b.js> [runs] [50kb|1mb]');
const scripts = [first, second, first].map((file) => readFileSync(file, 'utf8'));
const executablePath = findChrome();
if (!executablePath) throw new Error(noChromeMessage());
const server = await serveStatic('/nonexistent', {
  pages: { '/p.html': newsPage(size === '1mb' ? 1_000_000 : 50_000, seedAliases()) },
});
const browser = await chromium.launch({ executablePath, headless: true });
const cpu: number[][] = [[], [], []];
let shape = '';
try {
  for (let run = 0; run < Number(runsArg ?? 15); run++)
    for (const [which, script] of scripts.entries()) {
      const page = await browser.newPage();
      await page.goto(new URL('/p.html', server.url).href);
      const cdp = await page.context().newCDPSession(page);
      const { frameTree } = await cdp.send('Page.getFrameTree');
      const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
        frameId: frameTree.frame.id,
        worldName: `walk-${run}-${which}`,
      });
      await cdp.send('Runtime.evaluate', { contextId: executionContextId, expression: script });
      // After the first frame, as the scanner waits for it: the walk does not pay for layout.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      const threadMs = async () =>
        (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')!.value * 1000;
      const before = await threadMs();
      const { result } = await cdp.send('Runtime.evaluate', {
        contextId: executionContextId,
        returnByValue: true,
        expression: 'runWalk()',
      });
      cpu[which]!.push((await threadMs()) - before);
      shape = JSON.stringify({ ...(result.value as object), ms: undefined });
      await page.close();
    }
} finally {
  await browser.close();
  await server.close();
}
const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]!;
const [a, b, again] = cpu.map(median) as [number, number, number];
console.log(`walk of ${size ?? '50kb'} (${shape}), ${cpu[0]!.length} runs each, CPU medians:`);
console.log(`  A ${a.toFixed(2)} ms, B ${b.toFixed(2)} ms, A again ${again.toFixed(2)} ms`);
console.log(
  `  B/A ${(b / a).toFixed(3)} (B against both A runs ${(b / median([...cpu[0]!, ...cpu[2]!])).toFixed(3)}); A/A ${(again / a).toFixed(3)}`,
);
