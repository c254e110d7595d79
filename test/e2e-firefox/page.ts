/**
 * Reading a web page in Firefox: Backstory's highlights from the page's own world, and its UI
 * inside the closed shadow root, which page scripts cannot enter but WebDriver BiDi can
 * (`includeShadowTree: 'all'` hands out a reference to the closed root).
 */
import type { Page } from 'puppeteer-core';
import type { FirefoxSession } from './harness';

/** The texts of the ranges in a highlight (`backstory-actor`, `backstory-flash`, …). */
export function highlighted(page: Page, name: string): Promise<string[]> {
  return page.evaluate((highlight) => {
    const set = CSS.highlights.get(highlight);
    return [...(set ?? [])].map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString();
    });
  }, name);
}

/** The centre of the first occurrence of `text` in the page, in viewport coordinates. */
export async function pointOf(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const box = range.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }
    return undefined;
  }, text);
  if (!point) throw new Error(`"${text}" is not on the page`);
  return point;
}

export interface OwnUiElement {
  text: string;
  visible: boolean;
  role: string | null;
  /** Centre of its box, in viewport coordinates. */
  x: number;
  y: number;
  /** Whether it has focus (it is its shadow root's active element). */
  focused: boolean;
}

interface Remote {
  type: string;
  result?: { value?: unknown };
  exceptionDetails?: { text: string };
}

/** Elements matching `selector` inside Backstory's UI host(s) on the page. */
export async function queryOwnUi(
  session: FirefoxSession,
  page: Page,
  selector: string,
): Promise<OwnUiElement[]> {
  const target = { context: session.contextOf(page) };
  const hosts = (
    await session.bidi.send('script.evaluate', {
      // Backstory's host is a plain <div> with a closed shadow root, a child of <html> (or of an
      // open modal dialog); only elements with a shadow root are kept below.
      expression: `[...document.documentElement.children, ...document.querySelectorAll('dialog > div')]`,
      target,
      awaitPromise: false,
      serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
    })
  ).result as Remote;
  const nodes = (hosts.result?.value ?? []) as { value?: { shadowRoot?: { sharedId: string } } }[];
  const roots = nodes.flatMap((n) =>
    n.value?.shadowRoot ? [{ sharedId: n.value.shadowRoot.sharedId }] : [],
  );
  if (roots.length === 0) return [];
  const found = (
    await session.bidi.send('script.callFunction', {
      functionDeclaration: `(selector, ...roots) => JSON.stringify(roots.flatMap((root) =>
        [...root.querySelectorAll(selector)].map((el) => {
          const style = getComputedStyle(el);
          const box = el.getBoundingClientRect();
          return {
            text: el.textContent ?? '',
            visible: !el.closest('[hidden]') && style.display !== 'none' && style.visibility !== 'hidden' && el.getClientRects().length > 0,
            role: el.getAttribute('role'),
            x: box.x + box.width / 2,
            y: box.y + box.height / 2,
            focused: root.activeElement === el,
          };
        })))`,
      arguments: [{ type: 'string', value: selector }, ...roots],
      target,
      awaitPromise: false,
    })
  ).result as Remote;
  if (found.type !== 'success')
    throw new Error(`Reading Backstory's UI failed: ${found.exceptionDetails?.text}`);
  return JSON.parse(String(found.result?.value)) as OwnUiElement[];
}

interface Tree {
  context: string;
  url: string;
  children?: Tree[] | null;
}

/**
 * Evaluates `expression` in the claim form's frame on `page` (a moz-extension page Puppeteer does
 * not list), as JSON; null when there is no form or the expression throws.
 */
export async function inFormFrame<T>(
  session: FirefoxSession,
  page: Page,
  expression: string,
): Promise<T | null> {
  const tree = (await session.bidi.send('browsingContext.getTree', { root: session.contextOf(page) })) as {
    result: { contexts: Tree[] };
  };
  const find = (nodes: Tree[]): Tree | undefined =>
    nodes.map((n) => (n.url.includes('claim-form.html') ? n : find(n.children ?? []))).find(Boolean);
  const form = find(tree.result.contexts);
  if (!form) return null;
  const reply = (await session.bidi.send('script.evaluate', {
    expression: `JSON.stringify((${expression}) ?? null)`,
    target: { context: form.context },
    awaitPromise: false,
  })) as { result: { type: string; result?: { value?: string } } };
  return reply.result.type === 'success' ? (JSON.parse(String(reply.result.result?.value)) as T) : null;
}

/** Selects the whole paragraph of `page` whose text includes `text` (what a reader marks). */
export async function selectParagraph(page: Page, text: string): Promise<void> {
  await page.evaluate((wanted) => {
    const p = [...document.querySelectorAll('p')].find((x) => x.textContent!.includes(wanted))!;
    const range = document.createRange();
    range.selectNodeContents(p);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, text);
}
