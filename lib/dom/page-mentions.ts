/**
 * The mentions Backstory has found on a page, by block: what is drawn, what the pointer is over,
 * how many times each entity appears. Mentions whose link depends on page context are re-decided
 * whenever the context changes. A block read again replaces every earlier block that shared a
 * text node with it, so rescans never leave stale mentions behind. Linked mentions are drawn only
 * while their block is near the viewport (nearby.ts), in a long block only the text near it too.
 */
import type { PageContext } from '../match/context';
import type { MatchEntity } from '../match/from-kb';
import type { RawMatch } from '../match/matcher';
import {
  ContainerRecords,
  countsIn,
  keptBlock,
  linkedIn,
  mentionIn,
  NodeRecords,
  type BlockRecord,
  type BlockRecorder,
} from './block-records';
import { blockText, type TextBlock } from './blocks';
import type { Highlighter } from './highlighter';
import { drawableMentions, LONG_BLOCK_CHARS, LongBlocks } from './long-blocks';
import { mentionOf, withInner, type Mention } from './mention';
import { MentionOrder } from './mention-order';
import { recordedRuns } from './mutation-seams';
import { Nearby } from './nearby';
import { FirstMentions } from './first-mentions';

export type { Mention } from './mention';

export interface MentionFilter {
  /** Whether mentions of this entity, found through this alias text (read on demand), are shown at all. */
  shows(entity: MatchEntity, aliasText: () => string): boolean;
  /** Draw only the first mention of each entity per section (every mention still answers hovers). */
  firstOnly?: boolean;
}

export class PageMentions {
  private records = new Set<BlockRecord>();
  private byNode = new NodeRecords();
  readonly runs = recordedRuns(this.byNode, (record) => this.delete(record)); // mutation-seams.ts
  /** Arrays, not sets: a container holds a record or two, and a set costs some 80 bytes more each. */
  private byContainer = new ContainerRecords();
  private dependent = new Set<Mention>();
  private readonly nearby = new Nearby((container, near) => this.nearChanged(container, near));
  /** The order blocks were read in, for decisions that depend on it (mention-order.ts). */
  private readonly order: MentionOrder;
  /** Long blocks' records, drawn by span (long-blocks.ts). */
  private readonly long: LongBlocks;
  /** Which mention of each entity comes first in its section (only when only those are drawn). */
  private readonly firsts = new FirstMentions(
    (mention) => this.undraw(mention),
    (mention) => this.draw(mention),
    (a, b) => this.precedes(a, b),
  );

  constructor(
    private readonly entities: readonly MatchEntity[],
    private readonly context: PageContext,
    private readonly highlighter: Highlighter,
    private filter: MentionFilter,
    doc: Document,
  ) {
    this.firsts.enabled = !!filter.firstOnly;
    this.order = new MentionOrder(context);
    this.long = new LongBlocks(doc, {
      isNear: (container) => this.nearby.isNear(container),
      draw: (mention) => this.draw(mention),
      undraw: (mention) => this.undraw(mention),
    });
  }

  /**
   * Starts recording a freshly read block, replacing what earlier blocks recorded for its text
   * nodes; its matches follow through the recorder. `onScreen` when the caller saw the block in
   * the viewport (so it is drawn at once); `unread` when none of its text nodes can have been read
   * before (the caller's walk passed over those that were).
   */
  open(block: TextBlock, onScreen = false, unread = false): BlockRecorder {
    if (!unread) this.forget(block);
    const long = block.text.length > LONG_BLOCK_CHARS;
    const kept = keptBlock(block, long);
    // `rank` from the start: set later (mention-order.ts), it took a property store per record.
    const record: BlockRecord = { block: kept, mentions: [], rank: undefined };
    if (long) this.long.add(block, record);
    this.records.add(record);
    this.order.added(record);
    const siblings = this.byContainer.get(block.container);
    if (siblings) siblings.push(record);
    else this.byContainer.set(block.container, [record]);
    this.byNode.add(record, block.parents);
    return {
      add: (matches) => this.addMatches(record, matches, onScreen),
      close: () => {
        // Exact size, as in `keptBlock`: the pushes left room to spare.
        if (record.mentions.length > 0) return void (record.mentions = record.mentions.slice());
        // A block with nothing in it is kept only to know its text was read: not its text.
        this.long.delete(block);
        record.span = undefined;
        if (long) record.block = { ...block, text: '' };
      },
    };
  }

  /** Drops what earlier blocks recorded for a block's text nodes (read again, maybe blank now). */
  forget(block: TextBlock) {
    for (const old of this.byNode.holding(block, this.byContainer.get(block.container))) this.delete(old);
  }

  private addMatches(record: BlockRecord, matches: readonly RawMatch[], onScreen: boolean) {
    const block = record.block;
    // Off screen, only once a mention is to be drawn (`draw`): each watched container costs the
    // observer work every frame. A long block's span follows the viewport, so it is watched now.
    if (matches.length > 0 && (onScreen || record.span)) this.nearby.watch(block.container, onScreen);
    for (const m of matches) {
      const top = mentionOf(block, m);
      this.count(top);
      this.decide(top);
      record.mentions.push(top);
    }
  }

  /** Counts a new mention and those inside it in the page context (a plain recursion: this runs per match). */
  private count(mention: Mention) {
    if (this.context.count(mention.decidable, 1) === undefined) {
      this.dependent.add(mention);
      if (mention.fallback) this.context.count(mention.fallback.alias, 1);
    }
    if (mention.inner) for (const inner of mention.inner) this.count(inner);
  }

  /** Whether a text node has been read (`parent`: its parent, when the caller has it). */
  has(node: Text, parent?: Node): boolean {
    return this.byNode.get(node, parent) !== undefined;
  }

  private delete(record: BlockRecord) {
    if (!this.records.delete(record)) return;
    this.order.removed(record);
    if (record.span) this.long.delete(record.block);
    const siblings = this.byContainer.get(record.block.container);
    siblings?.splice(siblings.indexOf(record), 1);
    if (siblings?.length === 0) {
      this.byContainer.delete(record.block.container);
      this.nearby.forget(record.block.container);
    }
    for (const mention of withInner(record.mentions)) {
      this.undraw(mention);
      this.firsts.remove(mention);
      this.dependent.delete(mention);
      if (this.context.count(mention.decidable, -1) === undefined && mention.fallback)
        this.context.count(mention.fallback.alias, -1);
    }
    this.byNode.remove(record);
  }

  /** Re-decides context-dependent mentions if the context changed since the last call; whether it had. */
  settle(): boolean {
    if (!this.context.takeChange()) return false;
    for (const mention of this.dependent) this.decide(mention);
    return true;
  }

  /** Applies a new filter (settings changed) to every mention. */
  refilter(filter: MentionFilter) {
    const regroup = !!filter.firstOnly !== !!this.filter.firstOnly;
    this.filter = filter;
    if (regroup) {
      // Which mentions count as drawn changes for every entity: start the groups afresh.
      for (const record of this.records)
        for (const mention of withInner(record.mentions)) {
          this.undraw(mention);
          mention.section = undefined;
        }
      this.firsts.reset(!!filter.firstOnly);
      for (const record of this.records)
        for (const mention of withInner(record.mentions)) this.firsts.add(mention);
    }
    for (const record of this.records) for (const mention of record.mentions) this.decide(mention, regroup);
  }

  /**
   * Links a mention to what the page context allows now: the longest alias (or the phrase),
   * else the shorter self-sufficient one at the same start ("US" in "the US president" while
   * nothing on the page says which president), else, inside an event, what the event vouches
   * for; else nothing. The mentions inside it are decided again after it.
   */
  private decide(mention: Mention, redraw = false) {
    let span = mention.primary;
    let entity = this.context.decideMatch(mention.decidable);
    if (entity < 0 && this.order.matters(mention))
      entity = this.context.decideMatch(mention.decidable, this.order.of(mention, this.recordOf(mention)));
    if (entity < 0 && mention.fallback) {
      span = mention.fallback;
      entity = this.context.decide(span.alias);
    }
    const parent = mention.parent?.entity ?? -1;
    if (entity < 0 && !mention.bearer && parent >= 0 && this.entities[parent]!.kind === 'event')
      entity = this.context.vouched(mention.primary.alias, parent);
    const shown =
      entity >= 0 &&
      entity !== parent &&
      this.filter.shows(this.entities[entity]!, () => blockText(mention.block, mention.start, span.end));
    const next = shown ? entity : -1;
    if (next !== mention.entity || span !== mention.linked) {
      this.undraw(mention);
      this.firsts.remove(mention);
      mention.entity = next;
      mention.linked = span;
      this.firsts.add(mention);
      this.draw(mention);
    } else if (redraw) this.draw(mention);
    // No empty array and iterator for the mentions (nearly all) with nothing inside.
    if (mention.inner) for (const inner of mention.inner) this.decide(inner, redraw);
  }

  /** Draws a linked mention near the viewport; else watches its container (`nearChanged` draws it). */
  private draw(mention: Mention) {
    if (mention.entity < 0 || mention.drawnIn || !this.firsts.drawable(mention)) return;
    if (!this.long.drawable(mention)) return;
    const container = mention.block.container;
    if (!this.nearby.isNear(container)) return this.nearby.watch(container, false);
    const { event, actor } = this.highlighter;
    const highlight = this.entities[mention.entity]!.kind === 'event' ? event : actor;
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
      for (const mention of withInner(drawableMentions(record))) {
        if (near) this.draw(mention);
        else this.undraw(mention);
      }
      if (near && record.span) this.long.schedule();
    }
  }

  /** The linked mention at a point in the text: the innermost ("US" inside "US strikes on Iran"), else the one around it. */
  at(node: Text, offset: number): Mention | undefined {
    const record = this.byNode.get(node);
    return record && mentionIn(record, node, offset);
  }

  /** Whether mention `a` comes before mention `b`: by offset in one block, else by block order. */
  private precedes(a: Mention, b: Mention): boolean {
    const first = this.byNode.get(a.block.nodes[0]!);
    const second = this.byNode.get(b.block.nodes[0]!);
    if (a.block === b.block || (first && first === second)) return a.start < b.start;
    if (first && second) return MentionOrder.before(first, second);
    const position = a.block.nodes[0]!.compareDocumentPosition(b.block.nodes[0]!);
    return (position & 4) /* FOLLOWING */ !== 0;
  }

  /** The record a mention belongs to. */
  private recordOf(mention: Mention): BlockRecord {
    return this.byNode.get(mention.block.nodes[0]!)!;
  }

  /** Every linked mention, inner ones included, in document order. */
  linked(): Mention[] {
    return linkedIn(this.records);
  }

  /** How many linked mentions each entity has, inner ones included. */
  counts(): Map<number, number> {
    return countsIn(this.records);
  }

  /** Drops blocks whose text left the document. */
  prune() {
    for (const record of this.records)
      if (!record.block.nodes.some((node) => node.isConnected)) this.delete(record);
  }

  clear() {
    // Forgotten first: every mention is about to go, and none should be drawn in its place.
    this.firsts.reset(this.firsts.enabled);
    for (const record of this.records) this.delete(record);
    this.context.clear();
  }

  /** Stops following the viewport (when Backstory stops on the page). */
  dispose() {
    this.clear();
    this.nearby.disconnect();
    this.long.disconnect();
  }

  get blockCount(): number {
    return this.records.size;
  }
}
