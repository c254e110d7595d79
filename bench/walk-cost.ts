/**
 * Ad hoc: `npx tsx bench/walk-cost.ts`: what reading a page's text node by node costs in Chromium
 * (no extension, each way on a fresh page so every read is a first touch, as in a content
 * script's fresh world), against reading each paragraph's text in one call, on the 1 MB page.
 */
import { chromium } from 'playwright-core';
import { findChrome } from '../scripts/lib/chrome';
import { serveStatic } from '../scripts/lib/static-server';
import { newsPage } from './lib/pages';
import { seedAliases } from './lib/workloads';

const pages = { '/1mb.html': newsPage(1_000_000, seedAliases()) };
const server = await serveStatic('/nonexistent', { pages });
const browser = await chromium.launch({ executablePath: findChrome()!, headless: true });
const WAYS: Record<string, string> = {
  'walk, parentNode, data': `(() => { const w = document.createTreeWalker(document.body, 4); let n = 0;
    for (let t = w.nextNode(); t; t = w.nextNode()) if (t.parentNode) n += t.data.length; return n; })()`,
  'walk, parentNode, length': `(() => { const w = document.createTreeWalker(document.body, 4); let n = 0;
    for (let t = w.nextNode(); t; t = w.nextNode()) if (t.parentNode) n += t.length; return n; })()`,
  'walk, parentNode, length, range per parent run': `(() => { const w = document.createTreeWalker(document.body, 4); let n = 0;
    const r = document.createRange(); let first = null, last = null, block = null;
    const flush = () => { if (first) { r.setStart(first, 0); r.setEnd(last, last.length); n += r.toString().length; } };
    for (let t = w.nextNode(); t; t = w.nextNode()) { const p = t.parentNode; const b = p.tagName === 'P' || p.parentNode.tagName === 'P' ? (p.tagName === 'P' ? p : p.parentNode) : p;
      if (b !== block) { flush(); first = t; block = b; } last = t; n += t.length; }
    flush(); return n; })()`,
  'walk, parentNode, length, textContent per p': `(() => { const w = document.createTreeWalker(document.body, 4); let n = 0;
    for (let t = w.nextNode(); t; t = w.nextNode()) if (t.parentNode) n += t.length;
    const ps = document.getElementsByTagName('p'); for (let i = 0; i < ps.length; i++) n += ps[i].textContent.length; return n; })()`,
};
const times: Record<string, number[]> = {};
for (let i = 0; i < 7; i++)
  for (const [name, way] of Object.entries(WAYS)) {
    const page = await browser.newPage();
    await page.goto(new URL('/1mb.html', server.url).href);
    const ms = await page.evaluate(
      `(() => { const t0 = performance.now(); const n = ${way}; return [performance.now() - t0, n]; })()`,
    );
    (times[name] ??= []).push((ms as number[])[0]!);
    await page.close();
  }
for (const [name, list] of Object.entries(times))
  console.log(name, list.toSorted((a, b) => a - b)[3]!.toFixed(1), list.map((t) => t.toFixed(0)).join(' '));
await browser.close();
await server.close();
