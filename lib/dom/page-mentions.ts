/**
 * The mentions Backstory has found on a page, by block: what is drawn, what the pointer is
 * over, how many times each entity appears. Mentions whose link depends on page context are
 * re-decided whenever the context changes. A block read again replaces every earlier block that
 * shared a text node with it, so rescans never leave stale mentions behind. Linked mentions are
 * drawn only while their block is near the viewport (see nearby.ts for why).
 */
import type { PageContext } from '../match/context';
import type { MatchEntity } from '../match/from-kb';
import type { RawMatch } from '../match/matcher';
import { locateInBlock, type TextBlock } from './blocks';
import type { Highlighter } from './highlighter';
import { Nearby } from './nearby';

export interface Mention {
  block: TextBlock;
  /** Offsets into the block's text of what is linked now (the fallback's span when it is in use). */
  start: number;
  end: number;
  alias: number;
  /** The linked entity's index, or -1 while unlinked. */
  entity: number;
  /** The range linked now. */
  range: StaticRange;
  /** The highlight the range is in now, if it is drawn. */
  drawnIn?: Highlight;
  /** The longest match, which may need page context. */
  primary: Span;
  /** A shorter alias at the same start that links by itself, used while the primary cannot. */
  fallback?: Span;
}

interface Span {
  end: number;
  alias: number;
  /** Made when first needed: most fallbacks are never drawn. */
  range?: StaticRange;
}

function rangeIn(block: TextBlock, start: number, end: number): StaticRange {
  const a = locateInBlock(block, start);
  const b = locateInBlock(block, end, true);
  return new StaticRange({
    startContainer: a.node,
    startOffset: a.offset,
    endContainer: b.node,
    endOffset: b.offset,
  });
}

interface BlockRecord {
  block: TextBlock;
  mentions: Mention[];
}

export interface MentionFilter {
  /** Whether mentions of this entity, found through this alias text (read on demand), are shown at all. */
  shows(entity: MatchEntity, aliasText: () => string): boolean;
}

/**
 * Which record a text node's text went into, kept on the node itself under a key private to
 * one `PageMentions`. Expandos live on the extension's own wrapper objects (the page's scripts
 * cannot see them) and cost a property write, where a WeakMap of every text node on a large
 * page costs hashing on each lookup and ephemeron work in every garbage collection.
 */
class NodeRecords {
  private readonly key = Symbol('backstory-record');
  get(node: Text): BlockRecord | undefined {
    return (node as unknown as Record<symbol, BlockRecord | undefined>)[this.key];
  }
  set(node: Text, record: BlockRecord | undefined) {
    (node as unknown as Record<symbol, BlockRecord | undefined>)[this.key] = record;
  }
}

export class PageMentions {
  private records = new Set<BlockRecord>();
  private byNode = new NodeRecords();
  private byContainer = new Map<Node, Set<BlockRecord>>();
  private dependent = new Set<Mention>();
  private readonly nearby = new Nearby((container, near) => this.nearChanged(container, near));

  constructor(
    private readonly entities: readonly MatchEntity[],
    private readonly context: PageContext,
    private readonly highlighter: Highlighter,
    private filter: MentionFilter,
  ) {}

  /**
   * Records a freshly read block and its matches; `onScreen` when the caller saw the block in
   * the viewport (so it is drawn at once). Returns whether page context changed.
   */
  setBlock(block: TextBlock, matches: readonly RawMatch[], onScreen = false): boolean {
    let contextChanged = false;
    for (const node of block.nodes) {
      const old = this.byNode.get(node);
      if (old) contextChanged = this.delete(old) || contextChanged;
    }
    // A block with nothing in it is kept only to know its text was read: not its text.
    const record: BlockRecord = { block: matches.length > 0 ? block : { ...block, text: '' }, mentions: [] };
    if (matches.length > 0) this.nearby.watch(block.container, onScreen);
    for (const m of matches) {
      const primary = { end: m.end, alias: m.alias, range: rangeIn(block, m.start, m.end) };
      const fallback = m.fallback && { end: m.fallback.end, alias: m.fallback.alias };
      const mention: Mention = {
        block,
        start: m.start,
        end: m.end,
        alias: m.alias,
        entity: -1,
        range: primary.range,
        primary,
        fallback,
      };
      if (this.context.count(m.alias, 1) !== undefined) contextChanged = true;
      else {
        this.dependent.add(mention);
        if (fallback && this.context.count(fallback.alias, 1) !== undefined) contextChanged = true;
      }
      this.decide(mention);
      record.mentions.push(mention);
    }
    this.records.add(record);
    let siblings = this.byContainer.get(block.container);
    if (!siblings) this.byContainer.set(block.container, (siblings = new Set()));
    siblings.add(record);
    for (const node of block.nodes) this.byNode.set(node, record);
    return contextChanged;
  }

  /** Whether a text node has been read. */
  has(node: Text): boolean {
    return this.byNode.get(node) !== undefined;
  }

  private delete(record: BlockRecord): boolean {
    if (!this.records.delete(record)) return false;
    let contextChanged = false;
    const siblings = this.byContainer.get(record.block.container);
    siblings?.delete(record);
    if (siblings?.size === 0) {
      this.byContainer.delete(record.block.container);
      this.nearby.forget(record.block.container);
    }
    for (const mention of record.mentions) {
      this.undraw(mention);
      this.dependent.delete(mention);
      if (this.context.count(mention.primary.alias, -1) !== undefined) contextChanged = true;
      else if (mention.fallback && this.context.count(mention.fallback.alias, -1) !== undefined)
        contextChanged = true;
    }
    for (const node of record.block.nodes)
      if (this.byNode.get(node) === record) this.byNode.set(node, undefined);
    return contextChanged;
  }

  /** Re-decides mentions that depend on page context (after it changed). */
  redecide() {
    for (const mention of this.dependent) this.decide(mention);
  }

  /** Applies a new filter (settings changed) to every mention. */
  refilter(filter: MentionFilter) {
    this.filter = filter;
    for (const record of this.records) for (const mention of record.mentions) this.decide(mention);
  }

  /**
   * Links a mention to what the page context allows now: the longest alias, else the shorter
   * self-sufficient one at the same start ("US" in "the US president" while nothing on the page
   * says which president), else nothing.
   */
  private decide(mention: Mention) {
    let span: Span = mention.primary;
    let entity = this.context.decide(span.alias);
    if (entity < 0 && mention.fallback) {
      span = mention.fallback;
      entity = this.context.decide(span.alias);
    }
    const shown =
      entity >= 0 &&
      this.filter.shows(this.entities[entity]!, () => mention.block.text.slice(mention.start, span.end));
    const next = shown ? entity : -1;
    if (next === mention.entity && span.alias === mention.alias) return;
    this.undraw(mention);
    mention.entity = next;
    mention.alias = span.alias;
    mention.end = span.end;
    mention.range = span.range ??= rangeIn(mention.block, mention.start, span.end);
    this.draw(mention);
  }

  /** Puts a linked mention in its highlight if its block is near the viewport. */
  private draw(mention: Mention) {
    if (mention.entity < 0 || mention.drawnIn || !this.nearby.isNear(mention.block.container)) return;
    const highlight =
      this.entities[mention.entity]!.kind === 'event' ? this.highlighter.event : this.highlighter.actor;
    highlight.add(mention.range);
    mention.drawnIn = highlight;
  }

  private undraw(mention: Mention) {
    mention.drawnIn?.delete(mention.range);
    mention.drawnIn = undefined;
  }

  private nearChanged(container: Node, near: boolean) {
    for (const record of this.byContainer.get(container) ?? [])
      for (const mention of record.mentions) {
        if (near) this.draw(mention);
        else this.undraw(mention);
      }
  }

  /** The linked mention at a point in the text, if any. */
  at(node: Text, offset: number): Mention | undefined {
    const record = this.byNode.get(node);
    if (!record) return undefined;
    const index = record.block.nodes.indexOf(node);
    if (index < 0) return undefined;
    const at = record.block.starts[index]! + offset;
    return record.mentions.find((m) => m.entity >= 0 && m.start <= at && at < m.end);
  }

  /** Every linked mention, in document order. */
  linked(): Mention[] {
    const all: Mention[] = [];
    for (const record of this.records) for (const m of record.mentions) if (m.entity >= 0) all.push(m);
    return all.toSorted((a, b) => {
      if (a.block === b.block) return a.start - b.start;
      const position = a.block.nodes[0]!.compareDocumentPosition(b.block.nodes[0]!);
      return position & 4 /* FOLLOWING */ ? -1 : position & 2 /* PRECEDING */ ? 1 : 0;
    });
  }

  /** How many linked mentions each entity has. */
  counts(): Map<number, number> {
    const counts = new Map<number, number>();
    for (const record of this.records) {
      for (const m of record.mentions)
        if (m.entity >= 0) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    }
    return counts;
  }

  /** Drops blocks whose text left the document. Returns whether page context changed. */
  prune(): boolean {
    let changed = false;
    for (const record of this.records) {
      if (!record.block.nodes.some((node) => node.isConnected)) changed = this.delete(record) || changed;
    }
    return changed;
  }

  clear() {
    for (const record of this.records) this.delete(record);
    this.context.clear();
  }

  /** Stops following the viewport (when Backstory stops on the page). */
  dispose() {
    this.clear();
    this.nearby.disconnect();
  }

  get blockCount(): number {
    return this.records.size;
  }
}
