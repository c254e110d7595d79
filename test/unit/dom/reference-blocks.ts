/**
 * The block walk as it was before it read a block's text in one call (`textContent`): kept as
 * the reference the fast path must agree with, text for text and offset for offset.
 */
import type { TextBlock } from '@/lib/dom/blocks';
import { BREAKING_TAGS, type Classifier } from '@/lib/dom/classify';

/** True when a line break or image sits between two adjacent text nodes of one block. */
function brokenBefore(node: Text, block: Node): boolean {
  let current: Node | null = node;
  while (current && current !== block) {
    const previous: Node | null = current.previousSibling;
    if (previous) return previous.nodeType === 1 && BREAKING_TAGS.has((previous as Element).tagName);
    current = current.parentNode;
  }
  return false;
}

const SPACE = /\s/;
export const CAPITAL_WORD_END = /(?:^|\s)\p{Lu}[\p{L}\p{M}.'’-]*\s*$/u;
const CAPITAL_START = /^\s*\p{Lu}/u;

/** Whether a character is white space, as `\s` says: ASCII from the code, the rest by the RegExp. */
function isSpaceAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return SPACE.test(text[at]!);
}

/** Whether a text starts (after any spaces) with a capital letter, ASCII answered without a RegExp. */
function startsWithCapital(text: string): boolean {
  let at = 0;
  while (at < text.length && isSpaceAt(text, at)) at++;
  if (at === text.length) return false;
  const code = text.charCodeAt(at);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return CAPITAL_START.test(text.slice(at, at + 2));
}

/**
 * Whether two adjacent text nodes meet where layout matters: with no space between them
 * ("Ahmed Khan" + "Pakistan has…" would read "KhanPakistan"), or a capitalised word on each
 * side (which would read as one longer name). Most junctions — a link inside a sentence — are
 * neither, so the browser's layout is asked about few of them; and most are told apart by one
 * or two character codes, which matters on a page with tens of thousands of links.
 */
export function sensitiveJunction(before: string, after: string): boolean {
  if (before.length === 0 || after.length === 0) return false;
  if (!isSpaceAt(before, before.length - 1) && !isSpaceAt(after, 0)) return true;
  return startsWithCapital(after) && CAPITAL_WORD_END.test(before.slice(-40));
}

/** Whether an element between two adjacent text nodes of a block is laid out as a block. */
function blockBetween(previous: Text, node: Text, block: Node, classifier: Classifier): boolean {
  const around = new Set<Node>();
  for (let n: Node | null = previous.parentNode; n && n !== block; n = n.parentNode) around.add(n);
  for (let n: Node | null = node.parentNode; n && n !== block; n = n.parentNode) {
    if (around.delete(n)) break; // the common ancestor: neither side's boundary
    if (n.nodeType === 1 && classifier.laidOutAsBlock(n as Element)) return true;
  }
  for (const n of around) {
    if (n.contains(node)) continue;
    if (n.nodeType === 1 && classifier.laidOutAsBlock(n as Element)) return true;
  }
  return false;
}

/**
 * A block of more text nodes than this is yielded in parts, so one enormous container (100,000
 * spans in one div) is read between time checks rather than in one long task. Parts end where a
 * sentence does; past twice the size, at any node (a name split there is the price).
 */
const BLOCK_PART_NODES = 500;
const SENTENCE_END = /[.!?…。؟]["'”’)\]]*\s*$/;

function mayEndPartBefore(builder: BlockBuilder, next: string): boolean {
  const count = builder.nodes.length;
  if (count < BLOCK_PART_NODES) return false;
  if (count >= 2 * BLOCK_PART_NODES) return true;
  return SENTENCE_END.test(builder.parts[builder.parts.length - 1]!) && next.length > 0;
}

class BlockBuilder {
  nodes: Text[] = [];
  starts: number[] = [];
  parts: string[] = [];
  parents: Node[] = [];
  length = 0;
  /** The last node's parent, as the walk read it (each read of the DOM costs a call into the browser). */
  private lastParent: Node | null = null;
  constructor(
    readonly container: Node,
    private readonly classifier: Classifier,
  ) {}

  /** Adds a text node, with its text and parent (read once by the caller: every read crosses into the DOM). */
  add(node: Text, data: string, parent: Node) {
    const count = this.nodes.length;
    if (count > 0) {
      const previous = this.nodes[count - 1]!;
      if (
        brokenBefore(node, this.container) ||
        (this.lastParent !== parent &&
          sensitiveJunction(this.parts[this.parts.length - 1]!, data) &&
          blockBetween(previous, node, this.container, this.classifier))
      ) {
        this.parts.push('\n');
        this.length += 1;
      }
    }
    if (this.lastParent !== parent) this.parents.push(parent);
    this.lastParent = parent;
    this.nodes.push(node);
    this.starts.push(this.length);
    this.parts.push(data);
    this.length += data.length;
  }

  build(): TextBlock {
    const { container, nodes, starts, parents } = this;
    return { container, nodes, starts, text: this.parts.join(''), parents };
  }
}

/**
 * Yielded by `walkBlocks` after every `PAUSE_NODES` text nodes walked, so a caller can look at
 * the clock even where no block ends: passing over the 100,000 spans of a page already read
 * takes longer than a task may.
 */
const PAUSE = Symbol('reference pause');
const PAUSE_NODES = 512;

/**
 * Walks the text under `root` and yields its blocks in document order: runs of text nodes that
 * share a block container (a container whose text is interrupted by a nested block yields one
 * run before and one after it), with a `PAUSE` now and then.
 * A generator, so callers can stop after a time budget and resume; `skip` passes over text nodes
 * already read, ending the run there.
 */
export function* referenceWalk(
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
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (++sinceYield >= PAUSE_NODES) {
      sinceYield = 0;
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
      if (current && current.length > 0) yield current.build();
      current = undefined;
      continue;
    }
    const data = node.data;
    if (!current || current.container !== info.block || mayEndPartBefore(current, data)) {
      if (current && current.length > 0) yield current.build();
      current = new BlockBuilder(info.block, classifier);
    }
    current.add(node, data, parent);
  }
  if (current && current.length > 0) yield current.build();
}

/** The blocks under `root` as the reference walk finds them. */
export function referenceBlocks(root: Node, classifier: Classifier): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const item of referenceWalk(root, classifier)) if (item !== PAUSE) blocks.push(item);
  return blocks;
}
