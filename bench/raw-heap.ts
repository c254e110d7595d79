/** Ad hoc: `tsx bench/raw-heap.ts <extension dir> <out file>`: a heap snapshot after the 1 MB page's scan. */
import { writeFileSync } from 'node:fs';
import { findChrome } from '../scripts/lib/chrome';
import { launchWithExtension } from '../scripts/lib/launch';
import { serveStatic } from '../scripts/lib/static-server';
import { OBSERVERS } from './lib/in-page';
import { newsPage } from './lib/pages';
import { seedAliases } from './lib/workloads';

const [dir, out] = process.argv.slice(2);
const pages = { '/1mb.html': newsPage(1_000_000, seedAliases()) };
const server = await serveStatic('/nonexistent', { pages });
const ext = await launchWithExtension({ executablePath: findChrome()!, extensionDir: dir!, headless: true });
try {
  const page = await ext.context.newPage();
  await page.addInitScript(OBSERVERS);
  await page.goto(new URL('/1mb.html', server.url).href, { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('backstory:scan-end').length > 0, null, {
    timeout: 120_000,
    polling: 50,
  });
  await page.waitForTimeout(1000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e: { chunk: string }) => chunks.push(e.chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  writeFileSync(out!, chunks.join(''));
} finally {
  await ext.close();
  await server.close();
}
