/**
 * Node helpers for the scanner (scanner.ts): walking on past a subtree, where a block sits on
 * screen, and which changed nodes to read again.
 */
import type { TextBlock } from './blocks';

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

/** Drops nodes contained in other nodes of the set. */
export function outermost(nodes: Set<Node>): Node[] {
  const list = [...nodes];
  return list.filter((node) => !list.some((other) => other !== node && other.contains(node)));
}
