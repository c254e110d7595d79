/**
 * What `PageMentions` keeps for each block it has read, and how a text node finds the record
 * its text went into.
 */
import type { RawMatch } from '../match/matcher';
import type { TextBlock } from './blocks';
import { innermostAt, withInner, type Mention } from './mention';
import { indexAtOrAfter, type TextSpan } from './viewport-span';

/**
 * Takes one block's matches as they are found, window by window: a 10 MB block has some
 * 300,000 mentions, more than one task can record.
 */
export interface BlockRecorder {
  /** Records the block's next matches, which start after those already recorded. */
  add(matches: readonly RawMatch[]): void;
  /** Ends the block once all its matches are in. */
  close(): void;
}

export interface BlockRecord {
  block: TextBlock;
  /** Where the block stands in document order (mention-order.ts). */
  rank?: number;
  /** In order of their start, not overlapping; mentions inside them hang off them (`inner`). */
  mentions: Mention[];
  /** Long blocks only: the text near the viewport, the only part whose mentions are drawn. */
  span?: TextSpan;
  /** Long blocks only: the text of nodes too long to draw in (long-blocks.ts). */
  undrawn?: TextSpan[];
  /** Set once the record is dropped, for lookups that still find it (`NodeRecords`). */
  gone?: true;
}

/**
 * Which record a text node's text went into, found through the node's parent: each parent
 * element keeps the record (or, when its text nodes went into several, the records) under a key
 * private to one `PageMentions`. An expando on every text node cost each of them a property
 * store of its own (some 20 bytes, 0.42 MB of heap on the 1 MB page, heap snapshot); a
 * paragraph's or a link's text nodes share their parent, and the parent's wrapper exists anyway
 * (the walk reads it). A WeakMap of every text node costs more still (measured: 0.53 MB).
 */
export class NodeRecords {
  private readonly key = Symbol('backstory-records');
  /** The record and index last found: walks and re-reads ask for a record's nodes in order. */
  private lastRecord: BlockRecord | undefined;
  private lastIndex = -1;

  private entry(parent: Node): BlockRecord | BlockRecord[] | undefined {
    return (parent as unknown as Record<symbol, BlockRecord | BlockRecord[] | undefined>)[this.key];
  }

  private setEntry(parent: Node, entry: BlockRecord | BlockRecord[] | undefined) {
    (parent as unknown as Record<symbol, BlockRecord | BlockRecord[] | undefined>)[this.key] = entry;
  }

  /** The live record holding a text node (`parent` when the caller has read it already). */
  get(node: Text, parent: Node | null = node.parentNode): BlockRecord | undefined {
    const entry = parent && this.entry(parent);
    if (!entry) return undefined;
    if (!Array.isArray(entry)) return this.holds(entry, node) ? entry : undefined;
    for (const record of entry) if (this.holds(record, node)) return record;
    return undefined;
  }

  /** Whether a live record holds `node` and goes on before it (`side` 'start') or after it ('end'). */
  runsPast(node: Text, side: 'start' | 'end'): boolean {
    const nodes = this.get(node)?.block.nodes;
    return !!nodes && (side === 'start' ? nodes[0] : nodes[nodes.length - 1]) !== node;
  }

  private holds(record: BlockRecord, node: Text): boolean {
    if (record.gone) return false;
    const nodes = record.block.nodes;
    if (record === this.lastRecord && nodes[this.lastIndex + 1] === node) {
      this.lastIndex++;
      return true;
    }
    const index = nodes.indexOf(node);
    if (index < 0) return false;
    this.lastRecord = record;
    this.lastIndex = index;
    return true;
  }

  /**
   * The records holding any of a block's text nodes. A node the page has moved to a new parent
   * (wrapping its text in a span) no longer leads to its record: that is looked for among the
   * records of the block's container (`siblings`).
   */
  holding(block: TextBlock, siblings: readonly BlockRecord[] | undefined): Set<BlockRecord> {
    const found = new Set<BlockRecord>();
    let unknown = false;
    for (const node of block.nodes) {
      const record = this.get(node);
      if (record) found.add(record);
      else unknown = true;
    }
    if (unknown) for (const record of sharingNodes(siblings, block)) found.add(record);
    return found;
  }

  /** Files a new record under the parents of its text nodes (`parents`: as the walk read them). */
  add(record: BlockRecord, parents: readonly Node[] = parentsOf(record.block.nodes)) {
    for (const parent of parents) {
      const entry = this.entry(parent);
      if (!entry || (!Array.isArray(entry) && entry.gone)) this.setEntry(parent, record);
      else if (!Array.isArray(entry)) {
        if (entry !== record) this.setEntry(parent, [entry, record]);
      } else {
        const live = entry.filter((r) => !r.gone);
        if (!live.includes(record)) live.push(record);
        this.setEntry(parent, live);
      }
    }
  }

  /**
   * Takes a record out of its nodes' parents. A node since moved or removed no longer leads to
   * its old parent: the record is marked gone, so what is still filed there is passed over (and
   * dropped when that parent is filed under again).
   */
  remove(record: BlockRecord) {
    record.gone = true;
    if (this.lastRecord === record) this.lastRecord = undefined;
    let last: Node | null = null;
    for (const node of record.block.nodes) {
      const parent = node.parentNode;
      if (!parent || parent === last) continue;
      last = parent;
      const entry = this.entry(parent);
      if (entry === record) this.setEntry(parent, undefined);
      else if (Array.isArray(entry)) {
        const live = entry.filter((r) => r !== record && !r.gone);
        this.setEntry(parent, live.length === 0 ? undefined : live.length === 1 ? live[0] : live);
      }
    }
  }
}

/**
 * The records of each block container, kept on the container under a private key (a Map's
 * subset of the API). Most containers are also their text's parent, whose property store
 * (`NodeRecords`) has room for a second key, where a Map of the 1 MB page's thousands of
 * containers took 57 KB (heap snapshot).
 */
export class ContainerRecords {
  private readonly key = Symbol('backstory-container');
  get(container: Node): BlockRecord[] | undefined {
    return (container as unknown as Record<symbol, BlockRecord[] | undefined>)[this.key];
  }
  set(container: Node, records: BlockRecord[]) {
    (container as unknown as Record<symbol, BlockRecord[] | undefined>)[this.key] = records;
  }
  delete(container: Node) {
    (container as unknown as Record<symbol, BlockRecord[] | undefined>)[this.key] = undefined;
  }
}

function parentsOf(nodes: readonly Text[]): Node[] {
  const parents: Node[] = [];
  for (const node of nodes) {
    const parent = node.parentNode;
    if (parent && parent !== parents[parents.length - 1]) parents.push(parent);
  }
  return parents;
}

/**
 * Of a container's records, those holding one of a block's text nodes. Not asked of a container
 * read in many parts (100,000 spans in one div): each part would search all the others.
 */
function sharingNodes(records: readonly BlockRecord[] | undefined, block: TextBlock): BlockRecord[] {
  if (!records || records.length > 8) return [];
  const nodes = new Set(block.nodes);
  return records.filter((record) => record.block.nodes.some((node) => nodes.has(node)));
}

/**
 * What a record keeps of a freshly read block. Short blocks are kept without their text (read
 * from the nodes when needed, blocks.ts): only a long block's text is looked at again, to draw
 * the part near the viewport. Their arrays are kept as exact copies: grown by pushes, they hold
 * room for about twice their nodes, some 40 bytes more each on thousands of blocks (heap
 * snapshot of the 1 MB page).
 */
export function keptBlock(block: TextBlock, long: boolean): TextBlock {
  if (long) return block;
  return { container: block.container, nodes: block.nodes.slice(), starts: block.starts.slice(), text: '' };
}

/** Every linked mention in the records, inner ones included, in document order. */
export function linkedIn(records: Iterable<BlockRecord>): Mention[] {
  const all: Mention[] = [];
  for (const record of records) for (const m of withInner(record.mentions)) if (m.entity >= 0) all.push(m);
  return all.toSorted((a, b) => {
    if (a.block === b.block) return a.start - b.start;
    const position = a.block.nodes[0]!.compareDocumentPosition(b.block.nodes[0]!);
    return position & 4 /* FOLLOWING */ ? -1 : position & 2 /* PRECEDING */ ? 1 : 0;
  });
}

/** How many linked mentions each entity has in the records, inner ones included. */
export function countsIn(records: Iterable<BlockRecord>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const record of records) {
    for (const m of withInner(record.mentions))
      if (m.entity >= 0) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  }
  return counts;
}

/** The mention of a record at a point in one of its text nodes: the innermost there, if any. */
export function mentionIn(record: BlockRecord, node: Text, offset: number): Mention | undefined {
  const index = record.block.nodes.indexOf(node);
  if (index < 0) return undefined;
  const at = record.block.starts[index]! + offset;
  // The last mention starting at or before the point (top-level mentions do not overlap).
  const mention = record.mentions[indexAtOrAfter(record.mentions, at + 1) - 1];
  return mention && innermostAt(mention, at);
}
