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
}

/**
 * Which record a text node's text went into, kept on the node itself under a key private to
 * one `PageMentions`. Expandos live on the extension's own wrapper objects (the page's scripts
 * cannot see them) and cost a property write, where a WeakMap of every text node on a large
 * page costs hashing on each lookup and ephemeron work in every garbage collection.
 */
export class NodeRecords {
  private readonly key = Symbol('backstory-record');
  get(node: Text): BlockRecord | undefined {
    return (node as unknown as Record<symbol, BlockRecord | undefined>)[this.key];
  }
  set(node: Text, record: BlockRecord | undefined) {
    (node as unknown as Record<symbol, BlockRecord | undefined>)[this.key] = record;
  }
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
