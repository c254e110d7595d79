/**
 * `npx tsx bench/ab.ts <dir A> <dir B> [loads] [50kb|1mb]`: two benchmark builds of the extension (each
 * `BACKSTORY_BUILD=bench`) compared on the same pages, loads alternating between them, so a
 * machine whose load drifts (two cores shared with other work) slows both alike. Prints the
 * median scan time, work and heap of each, the main thread's CPU time up to the scan's end and
 * V8's compile time in it (both counted in thread time, so steadier than the wall-clock figures
 * on a busy machine), and B's ratio to A. `AB_AFTER_MS=3000` adds the CPU time and longest task
 * in the 3 s after the scan's end (when "Seen elsewhere" reads and sends the page).
 */
import { chromium, type CDPSession } from 'playwright-core';
import { findChrome, noChromeMessage } from '../scripts/lib/chrome';
import { launchWithExtension, type ExtensionBrowser } from '../scripts/lib/launch';
import { serveStatic } from '../scripts/lib/static-server';
import { heapAfterGc } from './lib/browsers';
import { FLOOR, MARKS, OBSERVERS } from './lib/in-page';
import { newsPage } from './lib/pages';
import { seedAliases } from './lib/workloads';

const [dirA, dirB, loadsArg, only] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: tsx bench/ab.ts <extension dir A> <extension dir B> [loads]');
const loads = Number(loadsArg ?? 7);
const aliases = seedAliases();
const pages = { '/50kb.html': newsPage(50_000, aliases), '/1mb.html': newsPage(1_000_000, aliases) };
const executablePath = findChrome();
if (!executablePath) throw new Error(noChromeMessage());
const server = await serveStatic('/nonexistent', { pages });
const viewport = { width: 1280, height: 900 };
const browsers: Record<'A' | 'B', ExtensionBrowser> = {
  A: await launchWithExtension({ executablePath, extensionDir: dirA, headless: true, viewport }),
  B: await launchWithExtension({ executablePath, extensionDir: dirB, headless: true, viewport }),
};
const plain = await chromium.launch({ executablePath, headless: true });

interface Load {
  scanMs: number;
  busyMs: number;
  heapMb: number;
  /**
   * CPU time of the page's main thread from before navigation to the scan's end (the page's own
   * parsing and layout included, alike for A and B): unlike the wall-clock figures above, it
   * does not grow when other processes take the two cores.
   */
  cpuMs: number;
  /** Of which V8 compiling (the content script is compiled afresh in every page's isolated world). */
  compileMs: number;
  /** Wall clock from the scan's start to its first highlights (the visible part's blocks recorded). */
  firstMs: number;
  /** Wall clock from navigation to the scan's end (settings, matcher and scan). */
  endMs: number;
  /** With `AB_AFTER_MS`: main-thread CPU time in that long after the scan's end ("Seen elsewhere", card warm-up). */
  cpuAfterMs: number;
  /** With `AB_AFTER_MS`: the longest task (> 50 ms) that started after the scan's end, 0 if none. */
  longAfterMs: number;
}

/** `AB_AFTER_MS=3000`: also measure what the page does after its scan, for that long. */
const afterMs = Number(process.env['AB_AFTER_MS'] ?? 0);

/**
 * `AB_SLEEP=1`: stop the extension's service worker before every load, as Chromium does after
 * 30 s idle, so each page wakes it (and it rebuilds what it keeps in memory, the matcher too).
 */
const sleepWorker = process.env['AB_SLEEP'] === '1';

type Metrics = Record<string, number>;
async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

async function load(which: 'A' | 'B', path: string): Promise<Load> {
  const page = await browsers[which].context.newPage();
  await page.addInitScript(OBSERVERS);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  if (sleepWorker) {
    const worker = browsers[which].context
      .serviceWorkers()
      .find((w) => w.url().startsWith('chrome-extension://'));
    const closed = worker
      ? new Promise<void>((resolve) => worker.once('close', () => resolve()))
      : Promise.resolve();
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 5000))]);
    await cdp.send('ServiceWorker.disable');
  }
  const before = await metrics(cdp);
  await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('backstory:scan-end').length > 0, null, {
    timeout: 180_000,
    polling: 50,
  });
  const after = await metrics(cdp);
  if (afterMs > 0) await new Promise((resolve) => setTimeout(resolve, afterMs));
  const later = afterMs > 0 ? await metrics(cdp) : after;
  const longTasks = (await page.evaluate('window.__bench.longTasks')) as {
    start: number;
    duration: number;
  }[];
  const marks = (await page.evaluate(MARKS)) as Record<string, { t: number; detail: { busyMs: number } }[]>;
  const heap = await heapAfterGc(page);
  await cdp.detach();
  await page.close();
  const end = marks['scan-end']![0]!;
  const delta = (name: string) => ((after[name] ?? NaN) - (before[name] ?? 0)) * 1000;
  return {
    scanMs: end.t - marks['scan-start']![0]!.t,
    busyMs: end.detail.busyMs,
    heapMb: heap / 1e6,
    cpuMs: delta('ThreadTime'),
    compileMs: delta('V8CompileDuration'),
    firstMs: marks['first-highlights']![0]!.t - marks['scan-start']![0]!.t,
    endMs: end.t,
    cpuAfterMs: ((later['ThreadTime'] ?? NaN) - (after['ThreadTime'] ?? 0)) * 1000,
    longAfterMs: Math.max(0, ...longTasks.filter((t) => t.start >= end.t).map((t) => t.duration)),
  };
}

async function floor(path: string): Promise<{ ms: number; heapMb: number }> {
  const page = await plain.newPage({ viewport });
  await page.addInitScript(OBSERVERS);
  await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
  const { ms } = (await page.evaluate(FLOOR)) as { ms: number };
  const heap = await heapAfterGc(page);
  await page.close();
  return { ms, heapMb: heap / 1e6 };
}

const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]!;
try {
  for (const which of ['A', 'B'] as const) await load(which, '/1mb.html'); // warm-up, unmeasured
  for (const path of Object.keys(pages).filter((p) => !only || p === `/${only}.html`)) {
    const results: Record<'A' | 'B', Load[]> = { A: [], B: [] };
    const floors: { ms: number; heapMb: number }[] = [];
    for (let i = 0; i < loads; i++) {
      floors.push(await floor(path));
      const order = i % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const);
      for (const which of order) results[which].push(await load(which, path));
    }
    const floorMs = median(floors.map((f) => f.ms));
    const floorHeap = median(floors.map((f) => f.heapMb));
    console.log(`${path} (${loads} loads each, floor ${floorMs.toFixed(1)} ms)`);
    const fields: (keyof Load)[] = ['scanMs', 'busyMs', 'heapMb', 'cpuMs', 'compileMs', 'firstMs', 'endMs'];
    if (afterMs > 0) fields.push('cpuAfterMs', 'longAfterMs');
    for (const field of fields) {
      const a = median(results.A.map((r) => r[field]));
      const b = median(results.B.map((r) => r[field]));
      const extra =
        field === 'heapMb'
          ? ` (added: A ${(a - floorHeap).toFixed(2)}, B ${(b - floorHeap).toFixed(2)})`
          : '';
      console.log(`  ${field}: A ${a.toFixed(2)}  B ${b.toFixed(2)}  B/A ${(b / a).toFixed(2)}${extra}`);
      if (process.env['AB_RAW'])
        for (const which of ['A', 'B'] as const)
          console.log(`    ${which}: ${results[which].map((r) => r[field].toFixed(1)).join(' ')}`);
    }
    console.log(
      `  scan ÷ floor: A ${(median(results.A.map((r) => r.scanMs)) / floorMs).toFixed(2)}, B ${(median(results.B.map((r) => r.scanMs)) / floorMs).toFixed(2)}`,
    );
  }
} finally {
  await browsers.A.close();
  await browsers.B.close();
  await plain.close();
  await server.close();
}
