/**
 * Building one block's text from the text nodes the walk found (blocks.ts). Reading a text
 * node's `data` from the content script's isolated world costs about as much again as walking to
 * the node (each read makes a new string in that world), so a block of many nodes is read in one
 * call: the walk records each node's `length`, and the container's `textContent` is taken when
 * it holds exactly those nodes' text — checked by its length, so any other text in it (a nested
 * block, a skipped part) sends the block back to reading node by node. Line breaks between nodes
 * are then decided on slices of that text, by the same rules as before.
 */
import { BREAKING_TAGS, type Classifier } from './classify';
import { sensitiveJunction } from './junction';

/** A block's text and the text nodes it came from. */
export interface TextBlock {
  /** The block container (element, document or shadow root). */
  container: Node;
  nodes: Text[];
  /** `starts[i]`: offset of `nodes[i]` in `text`. */
  starts: number[];
  text: string;
  /**
   * The nodes' parents as the walk read them, each once per run of nodes it holds: for filing
   * the block's record without reading them again (each read crosses into the DOM). Not kept.
   */
  parents?: Node[];
}

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

/** Every element `brokenBefore` can find, in either spelling of its tag name (see classify.ts). */
const BREAKING_SELECTOR = [...BREAKING_TAGS].join(',');

/**
 * Whether an element between two adjacent text nodes of a block is laid out as a block: one
 * below their common ancestor on either side. The two sides are climbed in turn until one reaches
 * an element the other has passed, so the cost is the distance to that ancestor, not the depth
 * of the nest: a page can put thousands of glued runs under 10,000 nested spans, and climbing
 * the nest (and asking `contains` of each ancestor, itself a climb) at every junction held the
 * page's main thread for minutes (attacker review).
 */
function blockBetween(previous: Text, node: Text, block: Node, classifier: Classifier): boolean {
  const before = new Climb(previous.parentNode, block);
  const after = new Climb(node.parentNode, block);
  let common: Node | undefined;
  while (!common && !(before.done && after.done)) common = before.step(after) ?? after.step(before);
  for (const side of [before, after]) {
    for (const n of side.passed) {
      if (n === common) break;
      if (n.nodeType === 1 && classifier.laidOutAsBlock(n as Element)) return true;
    }
  }
  return false;
}

/** One side of `blockBetween`: the ancestors of a node passed so far, below the block. */
class Climb {
  readonly passed: Node[] = [];
  private readonly seen = new Set<Node>();
  constructor(
    private at: Node | null,
    private readonly block: Node,
  ) {}

  get done(): boolean {
    return !this.at || this.at === this.block;
  }

  /** Climbs one step; returns the element reached if the other side has passed it (the common ancestor). */
  step(other: Climb): Node | undefined {
    const n = this.at;
    if (!n || n === this.block) return undefined;
    this.passed.push(n);
    this.seen.add(n);
    this.at = n.parentNode;
    return other.seen.has(n) ? n : undefined;
  }
}

/**
 * A block of more text nodes than this is yielded in parts, so one enormous container (100,000
 * spans in one div) is read between time checks rather than in one long task. Parts end where a
 * sentence does; past twice the size, at any node (a name split there is the price).
 */
export const BLOCK_PART_NODES = 500;
const SENTENCE_END = /[.!?…。؟]["'”’)\]]*\s*$/;

/** Whether a part of a long block may end before a next node of `nextLength` characters. */
export function mayEndPartBefore(builder: BlockBuilder, nextLength: number): boolean {
  const count = builder.nodes.length;
  if (count < BLOCK_PART_NODES) return false;
  if (count >= 2 * BLOCK_PART_NODES) return true;
  return SENTENCE_END.test(builder.nodes[count - 1]!.data) && nextLength > 0;
}

export class BlockBuilder {
  readonly nodes: Text[] = [];
  private readonly lengths: number[] = [];
  /** Indexes of the nodes whose parent is not the previous node's (where words may be glued). */
  private readonly turns: number[] = [];
  private readonly parents: Node[] = [];
  private lastParent: Node | null = null;
  private firstData = '';
  /**
   * The text of the first nodes, read before the walk gave the page a turn (`settle`): a page
   * that moves or rewrites them meanwhile must not change what they said when they were walked.
   */
  private readonly settled: string[] = [];

  /**
   * `before`: the text node the walk passed just before this block's first (or null): when the
   * container holds it, the container's text is more than this block's.
   */
  constructor(
    readonly container: Node,
    private readonly classifier: Classifier,
    private readonly before: Text | null,
  ) {}

  /** Adds the first text node, with its text (a block of one node is read as before). */
  start(node: Text, data: string, parent: Node) {
    this.firstData = data;
    this.add(node, data.length, parent);
  }

  /** Adds a further text node by its length and parent (each read of the DOM costs a call into the browser). */
  add(node: Text, length: number, parent: Node) {
    if (this.lastParent !== parent) {
      if (this.nodes.length > 0) this.turns.push(this.nodes.length);
      this.parents.push(parent);
      this.lastParent = parent;
    }
    this.nodes.push(node);
    this.lengths.push(length);
  }

  /**
   * The walk is about to give the page a turn, in the middle of this block: its nodes so far are
   * read now, while they still hold what the walk found, and the block is not read whole at its
   * end (its container's text then may no longer be theirs, whatever its length says).
   */
  settle() {
    for (let i = this.settled.length; i < this.nodes.length; i++)
      this.settled.push(i === 0 ? this.firstData : this.nodes[i]!.data);
  }

  /**
   * The block, or undefined when it has no text. `next`: the text node that ended it (null at
   * the end of the walk), which a container read in one call must not hold either.
   */
  build(next: Text | null): TextBlock | undefined {
    const { container, nodes, parents } = this;
    const whole = nodes.length > 1 && this.settled.length === 0 && this.holdsOnlyThis(next);
    let raw = nodes.length === 1 ? this.firstData : whole ? (container.textContent ?? '') : '';
    if (raw.length !== sum(this.lengths)) {
      // Node by node: the settled ones as they were read, the rest (walked since the page last
      // had a turn) now; offsets from what was read, not from the lengths recorded.
      const parts = this.settled.slice();
      if (parts.length === 0) parts.push(this.firstData);
      for (let i = parts.length; i < nodes.length; i++) parts.push(nodes[i]!.data);
      parts.forEach((part, i) => (this.lengths[i] = part.length));
      raw = parts.join('');
    }
    const rawStarts: number[] = [];
    let total = 0;
    for (const length of this.lengths) {
      rawStarts.push(total);
      total += length;
    }
    const breaks = this.breaks(raw, rawStarts, whole);
    if (breaks.length === 0) {
      return raw.length > 0 ? { container, nodes, starts: rawStarts, text: raw, parents } : undefined;
    }
    const pieces: string[] = [];
    const starts = rawStarts.slice();
    let from = 0;
    breaks.forEach((index, i) => {
      pieces.push(raw.slice(from, rawStarts[index]), '\n');
      from = rawStarts[index]!;
      for (let j = index; j < (breaks[i + 1] ?? nodes.length); j++) starts[j]! += i + 1;
    });
    pieces.push(raw.slice(from));
    return { container, nodes, starts, text: pieces.join(''), parents };
  }

  /**
   * Whether the container holds this block's nodes and no text node besides: none before it in
   * the walk and none after it. Without the second, a container interrupted by nested blocks (or
   * a deep nest of them) would have its whole text read once per part, for nothing. The first
   * matters because the classifier's answers outlive the page's turns within a scan job: a page
   * can move a walked span out of its container, so that the block's later nodes lie outside it
   * while the container holds hidden text of their length. Nodes walked in one stretch are in
   * document order and a container's text is one run of it, so the first and last node inside
   * it means all are.
   */
  private holdsOnlyThis(next: Text | null): boolean {
    const { container, before, nodes } = this;
    if (container.nodeType !== 1 && container.nodeType !== 11) return false;
    if (!container.contains(nodes[0]!) || !container.contains(nodes.at(-1)!)) return false;
    return !(before && container.contains(before)) && !(next && container.contains(next));
  }

  /** Indexes of the nodes a line break goes before. */
  private breaks(raw: string, rawStarts: readonly number[], whole: boolean): number[] {
    const { nodes, lengths, container, classifier } = this;
    const breaks: number[] = [];
    // In a container read whole, one query answers for every node whether a line break can come
    // before it; else (a part of a container) each is asked, as the walk always did.
    const mayBreak =
      nodes.length > 1 && (!whole || (container as ParentNode).querySelector(BREAKING_SELECTOR) !== null);
    let turn = 0;
    for (let i = 1; i < nodes.length; i++) {
      const turned = this.turns[turn] === i;
      if (turned) turn++;
      const node = nodes[i]!;
      if (mayBreak && brokenBefore(node, container)) breaks.push(i);
      else if (
        turned &&
        sensitiveJunction(raw, rawStarts[i - 1]!, rawStarts[i]!, rawStarts[i]! + lengths[i]!) &&
        blockBetween(nodes[i - 1]!, node, container, classifier)
      )
        breaks.push(i);
    }
    return breaks;
  }
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
