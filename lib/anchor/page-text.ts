/**
 * The page text that selectors are written against: every text node under the body, in
 * document order, joined without separators (as `textContent` would), leaving out script, style
 * and template contents and Backstory's own UI. Saving and re-anchoring read it the same way,
 * so offsets mean the same thing both times.
 */
const LEFT_OUT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

export interface PageText {
  text: string;
  nodes: Text[];
  /** `starts[i]`: offset of `nodes[i]` in `text`. */
  starts: number[];
}

function leftOut(node: Text, isOwnUi: (el: Element) => boolean, memo: Map<Node, boolean>): boolean {
  const parent = node.parentNode;
  if (!parent) return true;
  const known = memo.get(parent);
  if (known !== undefined) return known;
  let out = false;
  for (let el: Node | null = parent; el && el.nodeType === 1; el = el.parentNode) {
    const tag = (el as Element).tagName.toUpperCase();
    if (LEFT_OUT.has(tag) || isOwnUi(el as Element)) {
      out = true;
      break;
    }
  }
  memo.set(parent, out);
  return out;
}

/** Reads the page text under `root` (by default the body), leaving out Backstory's own UI (`isOwnUi`). */
export function readPageText(
  doc: Document,
  isOwnUi: (el: Element) => boolean = () => false,
  root: Node | null = doc.body,
): PageText {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  if (!root) return { text: '', nodes, starts };
  const memo = new Map<Node, boolean>();
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  let length = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (leftOut(node, isOwnUi, memo)) continue;
    nodes.push(node);
    starts.push(length);
    parts.push(node.data);
    length += node.data.length;
  }
  return { text: parts.join(''), nodes, starts };
}

/** Index of the last node starting at or before `offset`. */
function nodeIndexAt(page: PageText, offset: number, preferEnd: boolean): number {
  let lo = 0;
  let hi = page.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (page.starts[mid]! < offset || (!preferEnd && page.starts[mid] === offset)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A static range for `text[start..end]`, or undefined when the page has no text there. */
export function rangeFor(page: PageText, start: number, end: number): StaticRange | undefined {
  if (page.nodes.length === 0 || end <= start || end > page.text.length) return undefined;
  const a = nodeIndexAt(page, start, false);
  const b = nodeIndexAt(page, end, true);
  return new StaticRange({
    startContainer: page.nodes[a]!,
    startOffset: start - page.starts[a]!,
    endContainer: page.nodes[b]!,
    endOffset: end - page.starts[b]!,
  });
}

/**
 * The page-text offset of a DOM boundary point (a selection's start or end). A point between
 * elements maps to the first page-text node at or after it.
 */
export function offsetOf(page: PageText, container: Node, offset: number): number | undefined {
  if (container.nodeType === 3) {
    const index = page.nodes.indexOf(container as Text);
    if (index >= 0) return page.starts[index]! + Math.min(offset, (container as Text).data.length);
  }
  const boundary = container.nodeType === 3 ? container : (container.childNodes[offset] ?? null);
  // Binary search for the first node not before the boundary.
  let lo = 0;
  let hi = page.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const node = page.nodes[mid]!;
    const before = boundary
      ? (node.compareDocumentPosition(boundary) & 4) /* boundary FOLLOWS node */ !== 0 &&
        !boundary.contains(node)
      : (container.compareDocumentPosition(node) & 16) /* node inside container */ !== 0 ||
        (node.compareDocumentPosition(container) & 4) !== 0;
    if (before) lo = mid + 1;
    else hi = mid;
  }
  return lo < page.nodes.length ? page.starts[lo]! : page.text.length;
}
