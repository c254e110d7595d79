/**
 * Ad hoc: `npx tsx bench/walk-cost-isolated.ts`: `walk-cost.ts`'s ways of reading the 1 MB page's
 * text, run in an isolated world (as the content script is), each on a fresh page.
 */
import { chromium } from 'playwright-core';
import { findChrome } from '../scripts/lib/chrome';
import { serveStatic } from '../scripts/lib/static-server';
import { newsPage } from './lib/pages';
import { seedAliases } from './lib/workloads';

const pages = { '/1mb.html': newsPage(1_000_000, seedAliases()) };
const server = await serveStatic('/nonexistent', { pages });
const browser = await chromium.launch({ executablePath: findChrome()!, headless: true });
const blockOf = `const blockOf = (p) => (p.tagName === 'P' || p.tagName === 'LI' || p.tagName === 'H2' || p.tagName === 'H3' || p.tagName === 'H1' ? p : p.parentNode.tagName === 'P' || p.parentNode.tagName === 'LI' ? p.parentNode : p);`;
const run = (
  flush: string,
) => `(() => { ${blockOf} const w = document.createTreeWalker(document.body, 4); let n = 0; let block = null; let len = 0; let first = null; let last = null; let count = 0; const r = document.createRange();
    const flush = () => { if (!first) return; if (count === 1) { n += first.data.length; return; } ${flush} };
    for (let t = w.nextNode(); t; t = w.nextNode()) { const p = t.parentNode; const b = blockOf(p); if (b !== block) { flush(); first = t; count = 0; len = 0; block = b; } last = t; count++; len += t.length; }
    flush(); return n; })()`;
const WAYS: Record<string, string> = {
  'data per node': `(() => { ${blockOf} const w = document.createTreeWalker(document.body, 4); let n = 0; let parts = []; let block = null;
    for (let t = w.nextNode(); t; t = w.nextNode()) { const p = t.parentNode; const b = blockOf(p); if (b !== block) { n += parts.join('').length; parts = []; block = b; } parts.push(t.data); }
    return n + parts.join('').length; })()`,
  'length per node, textContent per run': run(
    `const s = block.textContent; n += s.length === len ? s.length : -1e9;`,
  ),
  'length per node, range per run': run(
    `r.setStart(first, 0); r.setEnd(last, last.length); const s = r.toString(); n += s.length === len ? s.length : -1e9;`,
  ),
  'length per node only': `(() => { ${blockOf} const w = document.createTreeWalker(document.body, 4); let n = 0; let block = null;
    for (let t = w.nextNode(); t; t = w.nextNode()) { const p = t.parentNode; const b = blockOf(p); if (b !== block) { block = b; } n += t.length; }
    return n; })()`,
};
const times: Record<string, number[]> = {};
for (let i = 0; i < 3; i++)
  for (const [name, way] of Object.entries(WAYS)) {
    const page = await browser.newPage();
    await page.goto(new URL('/1mb.html', server.url).href);
    const cdp = await page.context().newCDPSession(page);
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'probe',
    });
    const { result } = await cdp.send('Runtime.evaluate', {
      contextId: executionContextId,
      returnByValue: true,
      expression: `(() => { const t0 = performance.now(); const n = ${way}; return [performance.now() - t0, n]; })()`,
    });
    const value = result.value as number[];
    (times[name] ??= []).push(value[0]!);
    console.log(name, value[0]!.toFixed(1), value[1]);
    void page.close().catch(() => {});
  }
for (const [name, list] of Object.entries(times))
  console.log(name, list.toSorted((a, b) => a - b)[1]!.toFixed(1), list.map((t) => t.toFixed(0)).join(' '));
await browser.close();
await server.close();
