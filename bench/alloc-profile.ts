/**
 * `npx tsx bench/alloc-profile.ts <profiling build dir> [50kb|1mb] [loads]`: what Backstory
 * allocates from navigation to the scan's end, by source module and function — V8's sampling
 * heap profiler with the objects the young and old collections freed kept in, so the figure is
 * bytes allocated, not bytes left. Written to ask whether recording mentions in typed arrays
 * (issue #19) would spare the collector much: it tells garbage made per function, which a heap
 * snapshot (bench/raw-heap.ts, what survives) cannot.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { findChrome, noChromeMessage } from '../scripts/lib/chrome';
import { launchWithExtension } from '../scripts/lib/launch';
import { serveStatic } from '../scripts/lib/static-server';
import { OBSERVERS } from './lib/in-page';
import { newsPage } from './lib/pages';
import { seedAliases } from './lib/workloads';

interface SamplingNode {
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  selfSize: number;
  children: SamplingNode[];
}

const [dir, which = '50kb', loadsArg] = process.argv.slice(2);
if (!dir) throw new Error('usage: tsx bench/alloc-profile.ts <profiling build dir> [50kb|1mb] [loads]');
const loads = Number(loadsArg ?? 3);
const script = join(dir, 'content-scripts', 'content.js');
const traceMap = new TraceMap(readFileSync(`${script}.map`, 'utf8'));
const aliases = seedAliases();
const pages = { '/50kb.html': newsPage(50_000, aliases), '/1mb.html': newsPage(1_000_000, aliases) };
const executablePath = findChrome();
if (!executablePath) throw new Error(noChromeMessage());
const server = await serveStatic('/nonexistent', { pages });
const ext = await launchWithExtension({ executablePath, extensionDir: dir, headless: true });

/** "function (module.ts)" for a content-script frame; null for anything else. */
function nameOf({ callFrame: frame }: SamplingNode): string | null {
  if (!frame.url.endsWith('/content-scripts/content.js')) return null;
  const position = originalPositionFor(traceMap, {
    line: frame.lineNumber + 1,
    column: Math.max(0, frame.columnNumber),
  });
  return `${frame.functionName || '(anonymous)'} (${(position.source ?? '?').split('/').at(-1)})`;
}

const byFunction: Record<string, number> = {};
const byModule: Record<string, number> = {};
let total = 0;
/** Bytes a sample's node allocated go to its nearest Backstory frame (a native's to its caller). */
function charge(node: SamplingNode, owner: string | null) {
  const name = nameOf(node) ?? owner;
  if (name && node.selfSize > 0) {
    byFunction[name] = (byFunction[name] ?? 0) + node.selfSize;
    const module = name.slice(name.lastIndexOf('('));
    byModule[module] = (byModule[module] ?? 0) + node.selfSize;
    total += node.selfSize;
  }
  for (const child of node.children) charge(child, name);
}

try {
  for (let i = -1; i < loads; i++) {
    const page = await ext.context.newPage();
    await page.addInitScript(OBSERVERS);
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.startSampling', {
      samplingInterval: 1024,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
    await page.goto(new URL(`/${which}.html`, server.url).href, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('backstory:scan-end').length > 0, null, {
      timeout: 120_000,
      polling: 50,
    });
    const { profile } = (await cdp.send('HeapProfiler.stopSampling')) as { profile: { head: SamplingNode } };
    await page.close();
    if (i >= 0) charge(profile.head, null); // the first load only warms the browser and the background
  }
} finally {
  await ext.close();
  await server.close();
}
const kb = (bytes: number) => `${(bytes / loads / 1024).toFixed(0).padStart(7)} KB`;
console.log(`/${which}.html, ${loads} loads: Backstory allocated ${kb(total)} a load (mean)`);
for (const [module, bytes] of Object.entries(byModule)
  .toSorted((a, b) => b[1] - a[1])
  .slice(0, 20))
  console.log(`  module ${kb(bytes)}  ${module}`);
for (const [fn, bytes] of Object.entries(byFunction)
  .toSorted((a, b) => b[1] - a[1])
  .slice(0, 40))
  console.log(`  own    ${kb(bytes)}  ${fn}`);
