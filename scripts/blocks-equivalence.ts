/**
 * `npx tsx scripts/blocks-equivalence.ts FILE_OR_DIR...`: issue #19's one-call block reading
 * (lib/dom/block-builder.ts) checked in Chromium, with its layout and `textContent`: on each saved
 * page, every block the scan's walk yields against the node-by-node walk it replaced
 * (test/unit/dom/reference-blocks.ts), by container, nodes, offsets and text. Prints the pages,
 * blocks and differences; exits non-zero on any difference.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { findChrome, noChromeMessage } from './lib/chrome';

const args = process.argv.slice(2);
if (args.length === 0) throw new Error('usage: tsx scripts/blocks-equivalence.ts FILE_OR_DIR...');
const files = args.flatMap((arg) =>
  statSync(arg).isDirectory()
    ? readdirSync(arg)
        .filter((name) => name.endsWith('.html'))
        .map((name) => resolve(arg, name))
    : [resolve(arg)],
);
const entry = `
import { readBlocks } from './lib/dom/blocks';
import { computedDisplay, createClassifier } from './lib/dom/classify';
import { referenceBlocks } from './test/unit/dom/reference-blocks';
globalThis.compareBlocks = () => {
  const root = document.body ?? document.documentElement;
  const classifier = () => createClassifier(() => false, computedDisplay(window));
  const fast = [...readBlocks(root, classifier())];
  const reference = referenceBlocks(root, classifier());
  const differences = [];
  const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
  for (let i = 0; i < Math.max(fast.length, reference.length); i++) {
    const f = fast[i];
    const r = reference[i];
    if (!f || !r || f.container !== r.container || f.text !== r.text || !same(f.nodes, r.nodes) ||
        !same(f.starts, r.starts) || !same(f.parents ?? [], r.parents ?? []))
      differences.push({ index: i, fast: f?.text.slice(0, 80), reference: r?.text.slice(0, 80) });
  }
  return { blocks: reference.length, differences: differences.slice(0, 5), count: differences.length };
};`;
const bundle = await build({
  stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
  bundle: true,
  write: false,
  format: 'iife',
});
const script = bundle.outputFiles[0]!.text;
const executablePath = findChrome();
if (!executablePath) throw new Error(noChromeMessage());
const browser = await chromium.launch({ executablePath, headless: true });
const page = await browser.newPage({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
let blocks = 0;
let differing = 0;
for (const file of files) {
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  // Evaluated by Playwright in its own world: the page's own scripts are off.
  const result = await page.evaluate(`(() => { ${script}; return compareBlocks(); })()`);
  const {
    blocks: count,
    count: differences,
    differences: first,
  } = result as {
    blocks: number;
    count: number;
    differences: unknown[];
  };
  blocks += count;
  if (differences > 0) {
    differing += differences;
    console.log(join(file), differences, JSON.stringify(first));
  }
}
console.log(`${files.length} pages, ${blocks} blocks, ${differing} differ`);
await browser.close();
process.exit(differing > 0 ? 1 : 0);
