/**
 * Looking inside Backstory's UI on a page from tests and the demo. The UI lives in a closed
 * shadow root that page scripts (and Playwright's locators) cannot enter; the DevTools protocol
 * can, and that is what this uses — it reads, and clicks happen with the real mouse.
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
  attributes: Record<string, string>;
}

interface DomNode {
  nodeId: number;
  localName?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

function findHosts(node: DomNode, into: DomNode[] = []): DomNode[] {
  if (node.localName === 'backstory-ui' && node.shadowRoots?.length) into.push(node);
  for (const child of node.children ?? []) findHosts(child, into);
  return into;
}

const describe = `function () {
  const style = getComputedStyle(this);
  return {
    text: this.textContent ?? '',
    visible: !this.closest('[hidden]') && style.display !== 'none' && style.visibility !== 'hidden' && this.getClientRects().length > 0,
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
  const info = result.value as Pick<OwnUiElement, 'text' | 'visible' | 'attributes'>;
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

/** Every element matching `selector` inside Backstory's UI on the page (its top frame). */
export async function queryOwnUi(page: Page, selector: string): Promise<OwnUiElement[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const found: OwnUiElement[] = [];
    for (const host of findHosts(root)) {
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
 * Clicks the first visible match with the mouse, as a reader would: the pointer arrives, the page
 * renders a frame with it there (so hover handlers have seen it), and it clicks. Throws if there
 * is none.
 */
export async function clickOwnUi(page: Page, selector: string, text?: string): Promise<void> {
  const target = await visibleOwnUi(page, selector, text);
  if (!target) throw new Error(`Nothing visible matches "${selector}" ${text ?? ''} in Backstory's UI`);
  await page.mouse.move(target.x, target.y, { steps: 2 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  await page.mouse.click(target.x, target.y);
}
