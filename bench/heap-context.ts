/**
 * `npx tsx bench/heap-context.ts <build dir>... [--loads N]`: the heap added on the 1 MB page
 * (`heap_mb_seed`) measured as `npm run bench` measures it, in the bench's own context, for
 * several benchmark builds (`BACKSTORY_BUILD=bench`), loads alternating between them. Each build
 * gets its own browsers and goes through what run.ts does before and around its heap loads: the
 * hover delay set to 0, 100 claims imported for the article, one unmeasured floor and scan, then
 * per run the 50 KB floor and scan, the 1 MB floor and scan with their heaps
 * (`measure.floor`/`measure.scan`, exactly as run.ts calls them) and the re-anchoring load.
 * `ab.ts` measures a bare browser instead: the heap once differed between the two (#19).
 */
import { IMPORT_PORT } from '../lib/messaging/ports';
import * as measure from './lib/browser-figures';
import { openPlain, startBrowsers, type BenchBrowsers } from './lib/browsers';
import { claimsBundle, PAGE_TEXT } from './lib/claims';
import { newsPage } from './lib/pages';
import { dictionaryOfSize, seedAliases } from './lib/workloads';

const args = process.argv.slice(2);
const loadsAt = args.indexOf('--loads');
const loads = loadsAt >= 0 ? Number(args[loadsAt + 1]) : 5;
const dirs = args.filter((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--loads');
if (dirs.length === 0) throw new Error('usage: tsx bench/heap-context.ts <build dir>... [--loads N]');

const oneK = dictionaryOfSize(seedAliases().length);
const page1mb = newsPage(1_000_000, oneK);
const pages = {
  '/50kb.html': newsPage(50_000, oneK),
  '/1mb.html': page1mb,
  '/claims-1mb.html': page1mb,
};

const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface Load {
  heapMb: number;
  busyMs: number;
  firstMs: number;
  scanMs: number;
}

const browsers: BenchBrowsers[] = [];
try {
  for (const dir of dirs) {
    const b = await startBrowsers(pages, dir);
    browsers.push(b);
    await b.ask('updateSettings', { hoverDelayMs: 0 });
    const original = await openPlain(b, b.url('/claims-1mb.html'));
    const text = (await original.evaluate(PAGE_TEXT)) as string;
    await original.close();
    await b.sendText(IMPORT_PORT, claimsBundle(text, b.url('/claims-1mb.html'), 0), 'apply');
    await measure.floor(b, '/1mb.html');
    await measure.scan(b, '/1mb.html');
  }
  const results: Load[][] = dirs.map(() => []);
  for (let run = 0; run < loads; run++) {
    const order = dirs.map((_, i) => i);
    if (run % 2 === 1) order.reverse();
    for (const i of order) {
      const b = browsers[i]!;
      await measure.floor(b, '/50kb.html');
      await measure.scan(b, '/50kb.html');
      const plain = await measure.floor(b, '/1mb.html', true);
      const scan = await measure.scan(b, '/1mb.html', true);
      results[i]!.push({
        heapMb: (scan.heap! - plain.heap) / 1e6,
        busyMs: scan.busyMs,
        firstMs: scan.firstMs,
        scanMs: scan.scanMs,
      });
      await measure.reanchor(b, '/claims-1mb.html');
      console.log(
        `run ${run + 1}/${loads} ${dirs[i]}: heap added ${results[i]!.at(-1)!.heapMb.toFixed(2)} MB`,
      );
    }
  }
  console.log(`1 MB page, seed KB, ${loads} loads each (medians)`);
  for (const [i, dir] of dirs.entries()) {
    const r = results[i]!;
    const row = (['heapMb', 'busyMs', 'firstMs', 'scanMs'] as const)
      .map((field) => `${field} ${median(r.map((l) => l[field])).toFixed(2)}`)
      .join('  ');
    console.log(`  ${dir}: ${row}`);
    console.log(`    heap: ${r.map((l) => l.heapMb.toFixed(2)).join(' ')}`);
  }
} finally {
  for (const b of browsers) await b.close();
}
