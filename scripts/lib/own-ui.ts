/**
 * Looking inside Backstory's UI on a page from tests and the demo. The UI lives in a closed
 * shadow root (on a plain `<div>`, lib/dom/ui-host.ts) that page scripts (and Playwright's
 * locators) cannot enter; the DevTools protocol can, and that is what this uses — it reads, and
 * clicks happen with the real mouse, once the control has stood still long enough to count.
 */
import type { CDPSession, Page } from 'playwright-core';

export interface OwnUiElement {
  /** Centre of the element's border box, in viewport coordinates. */
  x: number;
  y: number;
  width: number;
  height: number;
  text: string;
  visible: boolean;
  /** Whether its panel has stood still long enough for a click to count (`data-ready`). */
  ready: boolean;
  attributes: Record<string, string>;
}

/**
 * How long a single call into the page may take before it counts as a hang. Page evaluations and
 * DevTools commands have no deadline of their own: a page that never renders another frame, or a
 * renderer whose main thread never comes back, would hold a test until the runner's own timeout,
 * ten minutes later and with no word of where. This names the call instead.
 */
const CALL_LIMIT_MS = 60_000;

/** Resolves as `call` does, or fails after `CALL_LIMIT_MS` saying what never answered. */
export function bounded<T>(call: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`No answer after ${CALL_LIMIT_MS / 1000} s from ${what}`)),
      CALL_LIMIT_MS,
    );
  });
  return Promise.race([call, limit]).finally(() => clearTimeout(timer));
}

interface DomNode {
  nodeId: number;
  localName?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  shadowRootType?: string;
  contentDocument?: DomNode;
}

/**
 * Elements of the page's own tree (not inside shadow roots) with a closed shadow root; with
 * `frames`, those in its same-process frames' documents too.
 */
function findHosts(node: DomNode, into: DomNode[] = [], frames = false): DomNode[] {
  if (node.shadowRoots?.some((root) => root.shadowRootType === 'closed')) into.push(node);
  for (const child of node.children ?? []) findHosts(child, into, frames);
  if (frames && node.contentDocument) findHosts(node.contentDocument, into, frames);
  return into;
}

const describe = `function () {
  const style = getComputedStyle(this);
  return {
    text: this.textContent ?? '',
    visible: !this.closest('[hidden]') && style.display !== 'none' && style.visibility !== 'hidden' && this.getClientRects().length > 0,
    ready: !!this.closest('[data-ready]'),
    attributes: Object.fromEntries([...this.attributes].map((a) => [a.name, a.value])),
  };
}`;

async function describeNode(cdp: CDPSession, nodeId: number): Promise<OwnUiElement> {
  const { object } = await cdp.send('DOM.resolveNode', { nodeId });
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId!,
    functionDeclaration: describe,
    returnByValue: true,
  });
  const info = result.value as Pick<OwnUiElement, 'text' | 'visible' | 'ready' | 'attributes'>;
  const box = await cdp.send('DOM.getBoxModel', { nodeId }).catch(() => undefined);
  const quad = box?.model.border ?? [0, 0, 0, 0, 0, 0, 0, 0];
  const xs = [quad[0]!, quad[2]!, quad[4]!, quad[6]!];
  const ys = [quad[1]!, quad[3]!, quad[5]!, quad[7]!];
  const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  return {
    ...info,
    x: (left + right) / 2,
    y: (top + bottom) / 2,
    width: right - left,
    height: bottom - top,
    visible: info.visible && right > left,
  };
}

/**
 * Every element matching `selector` inside Backstory's UI on the page: its top frame's, or with
 * `frames`, also that of its same-origin frames (boxes in the top frame's viewport).
 */
export function queryOwnUi(page: Page, selector: string, frames = false): Promise<OwnUiElement[]> {
  return bounded(
    queryOwnUiNow(page, selector, frames),
    `the page, asked for "${selector}" in Backstory's UI`,
  );
}

async function queryOwnUiNow(page: Page, selector: string, frames: boolean): Promise<OwnUiElement[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const found: OwnUiElement[] = [];
    for (const host of findHosts(root, [], frames)) {
      for (const shadow of host.shadowRoots ?? []) {
        const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: shadow.nodeId, selector });
        for (const nodeId of nodeIds) found.push(await describeNode(cdp, nodeId));
      }
    }
    return found;
  } finally {
    await cdp.detach();
  }
}

/**
 * Runs a function (given as source, as for `Runtime.callFunctionOn`) in the page's main world with
 * `this` bound to Backstory's closed shadow root, and returns its result (awaited, by value).
 */
export function callOnOwnShadow<T>(page: Page, functionDeclaration: string): Promise<T | undefined> {
  return bounded(
    callOnOwnShadowNow<T>(page, functionDeclaration),
    "the page, running a function in Backstory's UI",
  );
}

async function callOnOwnShadowNow<T>(page: Page, functionDeclaration: string): Promise<T | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const shadow = findHosts(root)[0]?.shadowRoots?.[0];
    if (!shadow) return undefined;
    const { object } = await cdp.send('DOM.resolveNode', { nodeId: shadow.nodeId });
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}

/** What has focus inside Backstory's UI: its text and attributes, or undefined when nothing there does. */
export function focusedOwnUi(
  page: Page,
): Promise<{ tag: string; text: string; attributes: Record<string, string> } | undefined> {
  return callOnOwnShadow(
    page,
    `function () {
      const el = this.activeElement;
      if (!el) return undefined;
      return {
        tag: el.localName,
        text: (el.textContent ?? '').trim(),
        attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
      };
    }`,
  );
}

/** The first visible match (whose text, trimmed, is `text` when given), or undefined. */
export async function visibleOwnUi(
  page: Page,
  selector: string,
  text?: string,
): Promise<OwnUiElement | undefined> {
  return (await queryOwnUi(page, selector)).find(
    (e) => e.visible && (text === undefined || e.text.trim() === text),
  );
}

/**
 * Waits (up to `timeout` ms) until the first visible match has stood still long enough for a
 * click to count, and returns it. Throws if it never does.
 */
export async function readyOwnUi(
  page: Page,
  selector: string,
  text?: string,
  timeout = 60_000,
): Promise<OwnUiElement> {
  const until = Date.now() + timeout;
  for (;;) {
    const target = await visibleOwnUi(page, selector, text);
    if (target?.ready) return target;
    if (Date.now() > until)
      throw new Error(`Nothing visible and ready matches "${selector}" ${text ?? ''} in Backstory's UI`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Clicks the first visible match with the mouse, as a reader would: once it is ready (it has
 * stood still long enough for a click to count), the pointer arrives, the page renders a frame
 * with it there (so hover handlers have seen it), and it clicks. Throws if there is none.
 */
export async function clickOwnUi(page: Page, selector: string, text?: string): Promise<void> {
  const target = await readyOwnUi(page, selector, text);
  await bounded(page.mouse.move(target.x, target.y, { steps: 2 }), 'the page, as the pointer moved');
  await bounded(
    page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve))),
    'the page, for an animation frame',
  );
  await bounded(page.mouse.click(target.x, target.y), 'the page, as the pointer clicked');
}

/**
 * Scrolls the first match (whose text, trimmed, is `text` when given) into view within the
 * boxes that scroll it, as a reader scrolls a long card to its last line. False if none matches.
 */
export async function scrollOwnUiIntoView(page: Page, selector: string, text?: string): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    for (const host of findHosts(root)) {
      for (const shadow of host.shadowRoots ?? []) {
        const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: shadow.nodeId, selector });
        for (const nodeId of nodeIds) {
          const found = await describeNode(cdp, nodeId);
          if (!found.visible || (text !== undefined && found.text.trim() !== text)) continue;
          await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId });
          return true;
        }
      }
    }
    return false;
  } finally {
    await cdp.detach();
  }
}
