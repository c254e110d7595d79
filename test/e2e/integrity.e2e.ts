/**
 * Backstory leaves every page as it found it. On each fixture page and on the stress pages of
 * integrity-pages.ts, detection must not change a single page node, must not throw (in any
 * JavaScript world: an uncaught error in the content script counts), and must cut its work into
 * slices: it looks at the clock after a bounded amount of work, and on the extreme pages it does
 * yield. How many milliseconds a slice takes depends on the machine and is a figure of
 * `npm run bench` (`longest_slice_*_ms`), not a test.
 *
 * - On pages without scripts, a MutationObserver installed before anything else runs may see
 *   one change at most: Backstory's own host element added to <html>.
 * - Pages that change themselves are loaded in a second browser without Backstory too, and must
 *   end with the same DOM (form values and open shadow roots included).
 */
import { readdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChrome } from '../../scripts/lib/chrome';
import { fixturesDir, startSession, type Session } from './harness';
import { scriptedIntegrityPages, staticIntegrityPages } from './integrity-pages';
import { POLL, SCAN_POLL } from '../poll';

const CSP = "default-src 'self'";
const generatedStatic = staticIntegrityPages();
const generatedScripted = scriptedIntegrityPages();
const SCRIPTED_FIXTURES = new Set(['live-blog.html', 'spa.html', 'shadow.html', 'strict-csp.html']);
const fixtures = readdirSync(fixturesDir).filter((f) => f.endsWith('.html'));

let session: Session;
let plain: Browser;

beforeAll(async () => {
  const serve = {
    pages: { ...generatedStatic, ...generatedScripted },
    headers: { '/strict-csp.html': { 'content-security-policy': CSP } },
  };
  // The benchmark's build: these tests read the scanner's report (its `scan-end` mark).
  session = await startSession(serve, { instrumented: true });
  // Every mention drawn: these tests check what is found and where it is drawn (the quiet
  // default, the first mention per section, is tested in reader-quiet.e2e.ts).
  await session.updateSettings({ highlightScope: 'all' });
  plain = await chromium.launch({
    executablePath: findChrome()!,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
});
afterAll(async () => {
  await session?.close();
  await plain?.close();
});

interface Watch {
  page: Page;
  /** Uncaught errors and unhandled rejections from every world of the page, extension's included. */
  errors: string[];
}

/** Installed before any page script: records every change to the page once it is parsed. */
function recordFromStart() {
  const w = window as unknown as { integrity: { mutations: string[] } };
  w.integrity = { mutations: [] };
  const describeNode = (n: Node) => (n instanceof Element ? n.localName : n.nodeName);
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      const nodes = [...r.addedNodes, ...r.removedNodes].map(describeNode).join(',');
      w.integrity.mutations.push(`${r.type} on ${describeNode(r.target)}: ${r.attributeName ?? nodes}`);
    }
  });
  // From the end of parsing (content scripts run later, at document_idle), so the parser's own
  // insertions are not counted.
  document.addEventListener('DOMContentLoaded', () =>
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true }),
  );
}

async function openWatched(path: string): Promise<Watch> {
  const page = await session.context.newPage();
  const errors: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) =>
    errors.push(exceptionDetails.exception?.description ?? exceptionDetails.text),
  );
  await cdp.send('Runtime.enable');
  await page.addInitScript(recordFromStart);
  await page.goto(new URL(path, session.server.url).href);
  return { page, errors };
}

/** Waits until Backstory has finished its first full scan of the page. */
async function scanned(page: Page) {
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('backstory:scan-end').length), SCAN_POLL)
    .toBeGreaterThan(0);
}

interface ScanReport {
  /** How many times the scan yielded to the browser. */
  yields: number;
  /** The most work (characters read) the scanner did between two looks at the clock. */
  largestStep: number;
}

/**
 * The most work allowed between two looks at the clock: about one matching window (32 KB) of a
 * long block and what a block adds. Reading a 10 MB text node at once would be 10 million.
 */
const MAX_STEP = 2 * 32_768;
/** Pages so large that no machine reads them within one 8 ms slice: the scan must yield. */
const MUST_YIELD = new Set(['integrity/big-text-node.html', 'integrity/many-text-nodes.html']);

/** What Backstory's scanner reports of its first full scan (its `scan-end` mark). */
function scanReport(page: Page): Promise<ScanReport> {
  return page.evaluate(
    () => (performance.getEntriesByName('backstory:scan-end')[0] as PerformanceMark).detail as ScanReport,
  );
}

/** The DOM as a string: elements, attributes, text, form values, open shadow roots; not ours. */
function serializeDom(page: Page): Promise<string> {
  return page.evaluate(() => {
    const out: string[] = [];
    // Iterative: 10,000 levels of recursion overflow the page's stack.
    const stack: [Node, number][] = [[document.documentElement, 0]];
    while (stack.length > 0) {
      const [node, depth] = stack.pop()!;
      if (node instanceof Element) {
        // Backstory's own host (a manual-popover <div> on <html>), should it have shown something.
        if (node.parentNode === document.documentElement && node.getAttribute('popover') === 'manual')
          continue;
        const attributes = [...node.attributes].map((a) => `${a.name}=${a.value}`).join(' ');
        const value = 'value' in node ? ` value=${String((node as HTMLInputElement).value)}` : '';
        out.push(`${depth}<${node.localName} ${attributes}${value}>`);
      } else if (node.nodeType === Node.TEXT_NODE) out.push(`${depth}#${(node as Text).data}`);
      const children = [...node.childNodes].toReversed().map((c): [Node, number] => [c, depth + 1]);
      stack.push(...children);
      if (node instanceof Element && node.shadowRoot) stack.push([node.shadowRoot, depth + 1]);
    }
    return out.join('\n');
  });
}

async function checkQuiet(watch: Watch, path: string) {
  expect(watch.errors).toEqual([]);
  const report = await scanReport(watch.page);
  expect(report.largestStep).toBeLessThanOrEqual(MAX_STEP);
  expect(report.yields).toBeGreaterThanOrEqual(MUST_YIELD.has(path) ? 1 : 0);
}

describe('page integrity', () => {
  const staticPages = [
    ...fixtures.filter((f) => !SCRIPTED_FIXTURES.has(f)),
    ...Object.keys(generatedStatic).map((p) => p.slice(1)),
  ];
  for (const path of staticPages) {
    it(`leaves ${path} untouched but for its own host, without errors, its work cut into slices`, async () => {
      const watch = await openWatched(path);
      await scanned(watch.page);
      const mutations = await watch.page.evaluate(
        () => (window as unknown as { integrity: { mutations: string[] } }).integrity.mutations,
      );
      // Backstory's host is added only once it shows something (a popover, Mark claim): here, never.
      expect(mutations).toEqual([]);
      await checkQuiet(watch, path);
      await watch.page.close();
    });
  }

  const scriptedPages = [...SCRIPTED_FIXTURES, ...Object.keys(generatedScripted).map((p) => p.slice(1))];
  for (const path of scriptedPages) {
    it(`ends ${path} with the DOM it has without Backstory, without errors, its work cut into slices`, async () => {
      const settled = (page: Page) =>
        path === 'live-blog.html'
          ? page.waitForSelector('html[data-live-done]', POLL)
          : path.startsWith('integrity/')
            ? page.waitForSelector('html[data-settled]', POLL)
            : page.waitForLoadState('load');
      const watch = await openWatched(path);
      const baseline = await plain.newPage();
      baseline.setDefaultNavigationTimeout(120_000);
      await baseline.goto(new URL(path, session.server.url).href);
      await Promise.all([settled(watch.page), settled(baseline)]);
      await scanned(watch.page);
      expect(await serializeDom(watch.page)).toEqual(await serializeDom(baseline));
      await checkQuiet(watch, path);
      await baseline.close();
      await watch.page.close();
    });
  }

  it('never reads form fields or the editor, and what is typed there lands as typed', async () => {
    const watch = await openWatched('integrity/forms.html');
    await scanned(watch.page);
    const highlighted = await watch.page.evaluate(() =>
      [...(CSS.highlights.get('backstory-actor') ?? [])].map(
        (r) => r.startContainer.parentElement!.localName,
      ),
    );
    // Only the paragraph's "Shehbaz Sharif": no input, textarea, select, button or editor text.
    expect(highlighted).toEqual(['p']);
    await watch.page.click('#editor p');
    await watch.page.keyboard.press('End');
    await watch.page.keyboard.type(' Then Ishaq Dar spoke.');
    await watch.page.fill('#name', 'Benjamin Netanyahu');
    expect(await watch.page.textContent('#editor')).toBe(
      'Draft: Asim Munir met Donald Trump. Then Ishaq Dar spoke.',
    );
    expect(await watch.page.inputValue('#name')).toBe('Benjamin Netanyahu');
    expect(watch.errors).toEqual([]);
    await watch.page.close();
  });

  it('finds names among emoji and surrogate pairs at their exact places', async () => {
    const watch = await openWatched('integrity/emoji.html');
    await scanned(watch.page);
    const texts = await watch.page.evaluate(() =>
      [...(CSS.highlights.get('backstory-actor') ?? [])].map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      }),
    );
    // Compatibility folding reads mathematical letters as plain ones; each range covers exactly
    // the name, so offsets stay right past emoji, flags, ZWJ sequences and a lone surrogate.
    expect(texts).toEqual(['Asim Munir', '𝐃𝐨𝐧𝐚𝐥𝐝 Trump', 'Donald Trump', '𝒜sim Munir', 'Shehbaz Sharif']);
    await watch.page.close();
  });
});
