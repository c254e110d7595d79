/**
 * Reading a page's text as blocks: one walk over text nodes in document order, grouping the
 * text of each block (a paragraph, a heading, a list item) so matching sees whole phrases.
 */
import { BlockBuilder, BLOCK_PART_NODES, mayEndPartBefore, type TextBlock } from './block-builder';
import type { Classifier } from './classify';

export { BLOCK_PART_NODES };
export type { TextBlock };

/**
 * Yielded by `walkBlocks` after every `PAUSE_NODES` text nodes walked, so a caller can look at
 * the clock even where no block ends: passing over the 100,000 spans of a page already read
 * takes longer than a task may.
 */
export const PAUSE = Symbol('walkBlocks pause');
const PAUSE_NODES = 512;

/**
 * Walks the text under `root` and yields its blocks in document order: runs of text nodes that
 * share a block container (a container whose text is interrupted by a nested block yields one
 * run before and one after it), with a `PAUSE` now and then.
 * A generator, so callers can stop after a time budget and resume; `skip` passes over text nodes
 * already read, ending the run there.
 */
export function* walkBlocks(
  root: Node,
  classifier: Classifier,
  skip?: (node: Text, parent: Node) => boolean,
): Generator<TextBlock | typeof PAUSE, void, undefined> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let current: BlockBuilder | undefined;
  let lastParent: Node | null = null;
  let lastInfo: ReturnType<Classifier['infoOf']> | undefined;
  let otherParent: Node | null = null;
  let otherInfo: ReturnType<Classifier['infoOf']> | undefined;
  let sinceYield = 0;
  let previous: Text | null = null;
  for (
    let node = walker.nextNode() as Text | null;
    node;
    previous = node, node = walker.nextNode() as Text | null
  ) {
    if (++sinceYield >= PAUSE_NODES) {
      sinceYield = 0;
      // The page may change the DOM while the caller pauses: the open block keeps what it read.
      current?.settle();
      yield PAUSE;
    }
    const parent = node.parentNode;
    if (!parent) continue;
    // Consecutive text nodes usually share a parent, or alternate between a paragraph and a link
    // in it: skip the lookup then.
    let info: ReturnType<Classifier['infoOf']>;
    if (parent === lastParent && lastInfo) info = lastInfo;
    else {
      info = parent === otherParent && otherInfo ? otherInfo : classifier.infoOf(parent);
      otherParent = lastParent;
      otherInfo = lastInfo;
      lastParent = parent;
      lastInfo = info;
    }
    if (info.skip) continue;
    if (skip?.(node, parent)) {
      const block = current?.build(node);
      if (block) yield block;
      current = undefined;
      continue;
    }
    // A node that goes on the block is read by its length only: the block's text comes in one
    // call once it ends (block-builder.ts).
    if (current && current.container === info.block) {
      const length = node.length;
      if (!mayEndPartBefore(current, length)) {
        current.add(node, length, parent);
        continue;
      }
    }
    const block = current?.build(node);
    if (block) yield block;
    current = new BlockBuilder(info.block, classifier, previous);
    current.start(node, node.data, parent);
  }
  const block = current?.build(null);
  if (block) yield block;
}

/** The blocks under `root`, as `walkBlocks` finds them, for callers that never pause. */
export function* readBlocks(
  root: Node,
  classifier: Classifier,
  skip?: (node: Text, parent: Node) => boolean,
): Generator<TextBlock, void, undefined> {
  for (const item of walkBlocks(root, classifier, skip)) if (item !== PAUSE) yield item;
}

/**
 * Part of a block's text. A recorded block keeps its nodes but not its text (a 1 MB page's text
 * is 2 MB of heap held for the few hover actions that read it): then it is read from the nodes,
 * with a line break where the block had one between two of them.
 */
export function blockText(block: TextBlock, start: number, end: number): string {
  if (block.text) return block.text.slice(start, end);
  const { nodes, starts } = block;
  let text = '';
  let at = start;
  for (let i = locateIndex(starts, start, false); i < nodes.length && at < end; i++) {
    const from = starts[i]!;
    const data = nodes[i]!.data;
    if (from + data.length <= at) continue;
    if (from > at) {
      text += '\n'.repeat(Math.min(from, end) - at);
      at = Math.min(from, end);
    }
    const to = Math.min(from + data.length, end);
    if (to > at) text += data.slice(at - from, to - from);
    at = Math.max(at, to);
  }
  return text;
}

/** The index of the node an offset of a block's text is in (see `locateInBlock`). */
function locateIndex(starts: readonly number[], offset: number, preferEnd: boolean): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! < offset || (!preferEnd && starts[mid] === offset)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The node and offset within it for an offset into a block's text. */
export function locateInBlock(
  block: TextBlock,
  offset: number,
  preferEnd = false,
): { node: Text; offset: number } {
  const { starts, nodes } = block;
  const lo = locateIndex(starts, offset, preferEnd);
  const node = nodes[lo]!;
  return { node, offset: Math.min(offset - starts[lo]!, node.data.length) };
}
