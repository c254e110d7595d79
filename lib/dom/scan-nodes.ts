/**
 * Node helpers for the scanner (scanner.ts): walking on past a subtree, where a block sits on
 * screen, and which changed nodes to read again.
 */
import type { TextBlock } from './blocks';
import type { Classifier } from './classify';

/** The next node in document order that is not inside `node`, without leaving `limit`. */
export function nextSiblingOrUp(node: Node, limit: Node | null): Node | null {
  let current: Node | null = node;
  while (current && current !== limit) {
    if (current.nextSibling) return current.nextSibling;
    current = current.parentNode;
  }
  return null;
}

/** The top of a block's container on screen, when the container is an element. */
export function rectTop(block: TextBlock): number | undefined {
  const container = block.container;
  if (container.nodeType !== 1) return undefined;
  return (container as Element).getBoundingClientRect().top;
}

/** Drops nodes contained in other nodes of the set (by their ancestors: a frame may add a thousand). */
export function outermost(nodes: Set<Node>): Node[] {
  return [...nodes].filter((node) => {
    for (let up = node.parentNode; up; up = up.parentNode) if (nodes.has(up)) return false;
    return true;
  });
}

/** The node at the top of the viewport, to start the first pass from. */
export function visibleStart(doc: Document, root: Element): Node | undefined {
  const view = doc.defaultView;
  if (!view || view.innerHeight === 0) return undefined;
  const hit = doc.elementFromPoint(view.innerWidth / 2, Math.min(40, view.innerHeight / 4));
  if (!hit || !root.contains(hit)) return undefined;
  return hit;
}

/** Whether a mutation only added or removed Backstory's own UI host (no text worth reading again). */
export function onlyOwnUi(record: MutationRecord, isOwnUi: (el: Element) => boolean): boolean {
  const own = (node: Node) => node.nodeType === 1 && isOwnUi(node as Element);
  const changed = [...record.addedNodes, ...record.removedNodes];
  return changed.length > 0 && changed.every(own);
}

const BLANK = /^\s*$/;

/** Whether a text is white space only (as `\s` says), ASCII answered from the codes. */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) continue;
    return code >= 0x80 && BLANK.test(text);
  }
  return true;
}

/**
 * What to read again after changes to `roots`: the block each change sits in, and (for added
 * subtrees) the blocks inside it, none inside another.
 */
export function changedContainers(roots: readonly Node[], classifier: Classifier): Node[] {
  const containers = new Set<Node>();
  for (const node of roots) {
    if (!node.isConnected) continue;
    const parent = node.nodeType === 1 ? node : node.parentNode;
    if (!parent) continue;
    const info = classifier.infoOf(parent);
    if (info.skip) continue;
    containers.add(info.block);
    if (node.nodeType === 1) containers.add(node);
  }
  return outermost(containers);
}
