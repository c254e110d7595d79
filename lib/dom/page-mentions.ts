/**
 * The mentions Backstory has found on a page, by block: what is drawn, what the pointer is
 * over, how many times each entity appears. Mentions whose link depends on page context are
 * re-decided whenever the context changes. A block read again replaces every earlier block that
 * shared a text node with it, so rescans never leave stale mentions behind. Linked mentions are
 * drawn only while their block is near the viewport (see nearby.ts for why), and in a long block
 * only those in the stretch of text near it (viewport-span.ts).
 */
import type { PageContext } from '../match/context';
import type { MatchEntity } from '../match/from-kb';
import type { RawMatch } from '../match/matcher';
import { locateInBlock, type TextBlock } from './blocks';
import type { Highlighter, OwnHighlight } from './highlighter';
import { Nearby } from './nearby';
import { EMPTY_SPAN, indexAtOrAfter, spanNearViewport, ViewportMoves, type TextSpan } from './viewport-span';

/** A block of more text than this (ten screens or so) is drawn only near the viewport. */
const LONG_BLOCK_CHARS = 20_000;
/**
 * Mentions in a text node longer than this are never drawn (they still open their card on
 * hover, and the side panel and keyboard still reach them). With any highlight in a text node of
 * millions of characters, Chromium 156 spends over 100 ms on every frame that changes style
 * while the reader is deep in that node, whatever the highlight's size or place in the node.
 */
const UNDRAWN_NODE_CHARS = 1_000_000;

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

/** One alias found at a mention's start, and its end. */
interface AliasSpan {
  end: number;
  alias: number;
  /**
   * Made when first needed: most mentions of a long page are never drawn, and a 10 MB page
   * would otherwise hold some 300,000 ranges.
   */
  range?: StaticRange;
}

export class Mention {
  /** The linked entity's index, or -1 while unlinked. */
  entity = -1;
  /** The highlight the range is in now, if it is drawn. */
  drawnIn?: OwnHighlight;
  /** What is linked now: the primary, or the fallback while the primary cannot link. */
  linked: AliasSpan;

  constructor(
    readonly block: TextBlock,
    /** Offset into the block's text. */
    readonly start: number,
    /** The longest match, which may need page context. */
    readonly primary: AliasSpan,
    /** A shorter alias at the same start that links by itself, used while the primary cannot. */
    readonly fallback?: AliasSpan,
  ) {
    this.linked = primary;
  }

  /** Offset into the block's text of the end of what is linked now. */
  get end(): number {
    return this.linked.end;
  }

  get alias(): number {
    return this.linked.alias;
  }

  /** The range linked now. */
  get range(): StaticRange {
    return (this.linked.range ??= rangeIn(this.block, this.start, this.linked.end));
  }
}

interface BlockRecord {
  block: TextBlock;
  /** In order of their start, not overlapping. */
  mentions: Mention[];
  /** Long blocks only: the text near the viewport, the only part whose mentions are drawn. */
  span?: TextSpan;
  /** Long blocks only: the text of nodes too long to draw in (see `UNDRAWN_NODE_CHARS`). */
  undrawn?: TextSpan[];
}

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
  /** Long blocks' records, by block, for drawing by span. */
  private long = new Map<TextBlock, BlockRecord>();
  private readonly nearby = new Nearby((container, near) => this.nearChanged(container, near));
  /** Follows scrolling once the page has a long block: ordinary pages get no listener. */
  private viewport: ViewportMoves | undefined;

  constructor(
    private readonly entities: readonly MatchEntity[],
    private readonly context: PageContext,
    private readonly highlighter: Highlighter,
    private filter: MentionFilter,
    private readonly doc: Document,
  ) {}

  /** Records a freshly read block and all its matches (see `open`). */
  setBlock(block: TextBlock, matches: readonly RawMatch[], onScreen = false) {
    const recorder = this.open(block, onScreen);
    recorder.add(matches);
    recorder.close();
  }

  /**
   * Starts recording a freshly read block, replacing what earlier blocks recorded for its text
   * nodes; its matches follow through the recorder. `onScreen` when the caller saw the block in
   * the viewport (so it is drawn at once).
   */
  open(block: TextBlock, onScreen = false): BlockRecorder {
    for (const node of block.nodes) {
      const old = this.byNode.get(node);
      if (old) this.delete(old);
    }
    const record: BlockRecord = { block, mentions: [] };
    if (block.text.length > LONG_BLOCK_CHARS) {
      record.span = EMPTY_SPAN;
      record.undrawn = tooLongToDraw(block);
      this.long.set(block, record);
      const view = this.doc.defaultView;
      if (view) this.viewport ??= new ViewportMoves(view, () => this.followViewport());
      this.viewport?.schedule();
    }
    this.records.add(record);
    let siblings = this.byContainer.get(block.container);
    if (!siblings) this.byContainer.set(block.container, (siblings = new Set()));
    siblings.add(record);
    for (const node of block.nodes) this.byNode.set(node, record);
    return {
      add: (matches) => this.addMatches(record, matches, onScreen),
      close: () => {
        if (record.mentions.length > 0) return;
        // A block with nothing in it is kept only to know its text was read: not its text.
        this.long.delete(block);
        record.span = undefined;
        record.block = { ...block, text: '' };
      },
    };
  }

  private addMatches(record: BlockRecord, matches: readonly RawMatch[], onScreen: boolean) {
    const block = record.block;
    if (matches.length > 0) this.nearby.watch(block.container, onScreen);
    for (const m of matches) {
      const fallback = m.fallback && { end: m.fallback.end, alias: m.fallback.alias };
      const mention = new Mention(block, m.start, { end: m.end, alias: m.alias }, fallback);
      if (this.context.count(m.alias, 1) === undefined) {
        this.dependent.add(mention);
        if (fallback) this.context.count(fallback.alias, 1);
      }
      this.decide(mention);
      record.mentions.push(mention);
    }
  }

  /** Whether a text node has been read. */
  has(node: Text): boolean {
    return this.byNode.get(node) !== undefined;
  }

  private delete(record: BlockRecord) {
    if (!this.records.delete(record)) return;
    if (record.span) this.long.delete(record.block);
    const siblings = this.byContainer.get(record.block.container);
    siblings?.delete(record);
    if (siblings?.size === 0) {
      this.byContainer.delete(record.block.container);
      this.nearby.forget(record.block.container);
    }
    for (const mention of record.mentions) {
      this.undraw(mention);
      this.dependent.delete(mention);
      if (this.context.count(mention.primary.alias, -1) === undefined && mention.fallback)
        this.context.count(mention.fallback.alias, -1);
    }
    for (const node of record.block.nodes)
      if (this.byNode.get(node) === record) this.byNode.set(node, undefined);
  }

  /**
   * Re-decides the mentions that depend on page context if it changed since the last call (an
   * entity named on the page for the first time, or no longer). Returns whether it had.
   */
  settle(): boolean {
    if (!this.context.takeChange()) return false;
    for (const mention of this.dependent) this.decide(mention);
    return true;
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
    let span = mention.primary;
    let entity = this.context.decide(span.alias);
    if (entity < 0 && mention.fallback) {
      span = mention.fallback;
      entity = this.context.decide(span.alias);
    }
    const shown =
      entity >= 0 &&
      this.filter.shows(this.entities[entity]!, () => mention.block.text.slice(mention.start, span.end));
    const next = shown ? entity : -1;
    if (next === mention.entity && span === mention.linked) return;
    this.undraw(mention);
    mention.entity = next;
    mention.linked = span;
    this.draw(mention);
  }

  /** Puts a linked mention in its highlight if its text is near the viewport. */
  private draw(mention: Mention) {
    if (mention.entity < 0 || mention.drawnIn || !this.nearby.isNear(mention.block.container)) return;
    const long = this.long.get(mention.block);
    if (long && (!inSpan(long.span!, mention) || long.undrawn!.some((span) => inSpan(span, mention)))) return;
    const highlight =
      this.entities[mention.entity]!.kind === 'event' ? this.highlighter.event : this.highlighter.actor;
    highlight.add(mention.range);
    mention.drawnIn = highlight;
  }

  private undraw(mention: Mention) {
    if (!mention.drawnIn) return;
    mention.drawnIn.delete(mention.range);
    mention.drawnIn = undefined;
  }

  private nearChanged(container: Node, near: boolean) {
    for (const record of this.byContainer.get(container) ?? []) {
      for (const mention of record.span ? inSpanOf(record) : record.mentions) {
        if (near) this.draw(mention);
        else this.undraw(mention);
      }
      if (near && record.span) this.viewport?.schedule();
    }
  }

  /** Moves each long block's drawn span to follow the viewport. */
  private followViewport() {
    for (const record of this.long.values()) {
      if (!this.nearby.isNear(record.block.container)) continue;
      const before = record.span!;
      const after = spanNearViewport(this.doc, record.block);
      if (after.start === before.start && after.end === before.end) continue;
      for (const mention of inSpanOf(record)) if (!inSpan(after, mention)) this.undraw(mention);
      record.span = after;
      for (const mention of inSpanOf(record)) this.draw(mention);
    }
  }

  /** The linked mention at a point in the text, if any. */
  at(node: Text, offset: number): Mention | undefined {
    const record = this.byNode.get(node);
    if (!record) return undefined;
    const index = record.block.nodes.indexOf(node);
    if (index < 0) return undefined;
    const at = record.block.starts[index]! + offset;
    // The last mention starting at or before the point (mentions are in order, not overlapping).
    const mention = record.mentions[indexAtOrAfter(record.mentions, at + 1) - 1];
    return mention && mention.entity >= 0 && at < mention.end ? mention : undefined;
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

  /** Drops blocks whose text left the document. */
  prune() {
    for (const record of this.records) {
      if (!record.block.nodes.some((node) => node.isConnected)) this.delete(record);
    }
  }

  clear() {
    for (const record of this.records) this.delete(record);
    this.context.clear();
  }

  /** Stops following the viewport (when Backstory stops on the page). */
  dispose() {
    this.clear();
    this.nearby.disconnect();
    this.viewport?.disconnect();
  }

  get blockCount(): number {
    return this.records.size;
  }
}

function tooLongToDraw(block: TextBlock): TextSpan[] {
  const spans: TextSpan[] = [];
  block.nodes.forEach((node, i) => {
    if (node.data.length > UNDRAWN_NODE_CHARS)
      spans.push({ start: block.starts[i]!, end: block.starts[i]! + node.data.length });
  });
  return spans;
}

function inSpan(span: TextSpan, mention: Mention): boolean {
  return mention.start >= span.start && mention.start < span.end;
}

/** The mentions of a long block's record that lie in its span now. */
function* inSpanOf(record: BlockRecord): Generator<Mention> {
  const { mentions, span } = record;
  for (let i = indexAtOrAfter(mentions, span!.start); i < mentions.length; i++) {
    if (mentions[i]!.start >= span!.end) return;
    yield mentions[i]!;
  }
}
