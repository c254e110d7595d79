/**
 * The page's mentions in document order, for the few decisions that depend on what came before:
 * whose full name comes nearest before a bare surname (Shehbaz's or another KB Sharif's), and which holder
 * of an office was named last before a role phrase when the page names several equally often.
 * Blocks are read in no fixed order (the visible part first, changed blocks again), so each
 * record is placed where its block stands when it is read: a binary search of a few node
 * comparisons, not a sort of the whole page at every decision.
 */
import type { PageContext } from '../match/context';
import type { Mention } from './mention';

interface Recorded {
  block: { nodes: readonly Node[] };
  mentions: Mention[];
  /**
   * Where the record stands among those recorded, as a number that only grows in document
   * order (set by `MentionOrder`): two blocks compare by a subtraction instead of a
   * `compareDocumentPosition` that climbs the tree.
   */
  rank?: number;
}

/** Whether block `a` starts before block `b` in the document. */
function precedes(a: Recorded, b: Recorded): boolean {
  const first = a.block.nodes[0];
  const second = b.block.nodes[0];
  if (!first || !second || first === second) return false;
  return (first.compareDocumentPosition(second) & 4) /* FOLLOWING */ !== 0;
}

/** The last mention before `end` in a list (inner ones included), going back, that `look` accepts. */
function findBackward<T>(
  mentions: readonly Mention[],
  end: number,
  look: (m: Mention) => T | undefined,
): T | undefined {
  // Backwards through the order `withInner` gives: a mention's inner ones come after it.
  for (let k = end - 1; k >= 0; k--) {
    const mention = mentions[k]!;
    if (mention.inner) {
      const found = findBackward(mention.inner, mention.inner.length, look);
      if (found) return found;
    }
    const found = look(mention);
    if (found) return found;
  }
  return undefined;
}

/** What came before a mention, as `PageContext.decideMatch` takes it. */
export type Before = { nearestName?: number | 'none'; holder?: number };

/** The mention a mention is inside, outermost (itself when it is inside none). */
function topOf(mention: Mention): Mention {
  let top = mention;
  while (top.parent) top = top.parent;
  return top;
}

/**
 * What `look` accepts nearest before a mention in its own block, in the order `withInner` lists
 * the block's mentions: the earlier mentions beside it (with those inside them), then the
 * mention around it, and so on out to the block's top level (`top`, at `topAt` in `mentions`).
 * Walked in place: listing the block's mentions for every look-back was a generator spread per
 * decision, most of the look-back's time on a fresh page (CPU profile of the 50 KB page).
 */
function ownBefore<T>(
  mention: Mention,
  mentions: readonly Mention[],
  topAt: number,
  look: (m: Mention) => T | undefined,
): T | undefined {
  let inner = mention;
  for (let outer = inner.parent; outer; inner = outer, outer = outer.parent) {
    const found = findBackward(outer.inner!, outer.inner!.indexOf(inner), look) ?? look(outer);
    if (found) return found;
  }
  return findBackward(mentions, topAt, look);
}

export class MentionOrder {
  /** Records in document order. */
  private records: Recorded[] = [];
  /** Where the last record went: a page read top to bottom adds each right after the one before. */
  private lastAt = -1;
  /**
   * Counts the changes that can alter what comes before a mention already recorded: a record
   * placed before the last one, a record dropped, mentions added to a record that is not the
   * last. A page read top to bottom appends only, so it stays put.
   */
  private version = 0;
  /**
   * The look-back's answer for a bare surname, with the `version` it was found at. Re-deciding
   * the page's dependent mentions (`PageMentions.settle`, after every slice that named a new
   * entity) asked again for each, walking back through the page every time.
   */
  private found = new WeakMap<Mention, { version: number; before: Before }>();

  constructor(private readonly context: PageContext) {}

  added(record: Recorded) {
    const records = this.records;
    const hint = this.lastAt + 1;
    let at: number;
    if (
      hint <= records.length &&
      (hint === 0 || precedes(records[hint - 1]!, record)) &&
      (hint === records.length || !precedes(records[hint]!, record))
    ) {
      at = hint;
    } else {
      let low = 0;
      let high = records.length;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (precedes(records[mid]!, record)) low = mid + 1;
        else high = mid;
      }
      at = low;
    }
    records.splice(at, 0, record);
    this.lastAt = at;
    if (at !== records.length - 1) this.version++;
    const before = at > 0 ? records[at - 1]!.rank! : undefined;
    const after = at + 1 < records.length ? records[at + 1]!.rank! : undefined;
    if (before === undefined) record.rank = after === undefined ? 0 : after - 1;
    else if (after === undefined) record.rank = before + 1;
    else {
      const middle = (before + after) / 2;
      if (middle > before && middle < after) record.rank = middle;
      // Out of room between two neighbours (after some fifty insertions in one place): renumber.
      else for (let i = 0; i < records.length; i++) records[i]!.rank = i;
    }
  }

  removed(record: Recorded) {
    const at = this.indexOf(record);
    if (at < 0) return;
    this.records.splice(at, 1);
    if (at <= this.lastAt) this.lastAt--;
    this.version++;
  }

  /** Notes that mentions were added to a record (a long block's later windows). */
  grew(record: Recorded) {
    if (this.records[this.records.length - 1] !== record) this.version++;
  }

  /** Whether record `a` comes before record `b` in the document (both recorded). */
  static before(a: Recorded, b: Recorded): boolean {
    return a.rank !== undefined && b.rank !== undefined ? a.rank < b.rank : precedes(a, b);
  }

  /** A recorded record's index, found by its rank. */
  private indexOf(record: Recorded): number {
    const records = this.records;
    const rank = record.rank;
    if (rank === undefined) return records.indexOf(record);
    let low = 0;
    let high = records.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (records[mid]!.rank! < rank) low = mid + 1;
      else high = mid;
    }
    return records[low] === record ? low : records.indexOf(record);
  }

  /** Whether a mention's link depends on what came before it right now. */
  matters(mention: Mention): boolean {
    return this.context.orderMatters(mention.decidable);
  }

  /** What came before a mention, as `PageContext.decideMatch` takes it. */
  of(mention: Mention, record: Recorded): Before {
    const holders = mention.phrase?.via === 'epithet' ? mention.phrase.holders : undefined;
    // A holder is looked for by the entity earlier mentions link to now, which changes with
    // them: only a surname's answer (from aliases alone) is kept.
    const kept = holders ? undefined : this.found.get(mention);
    if (kept && kept.version === this.version) return kept.before;
    const alias = mention.primary.alias;
    // The walk back may pass hundreds of full names, mostly of the same few people.
    const meant = new Map<number, boolean>();
    const canMean = (person: number) => {
      let yes = meant.get(person);
      if (yes === undefined) meant.set(person, (yes = this.context.canMean(alias, person)));
      return yes;
    };
    // Another bearer of the surname ("Melania Trump") is not looked for: the matcher leaves a bare
    // surname after one in its own block unlinked, and beyond that block the page's person is meant.
    const look = (before: Mention): Before | undefined => {
      if (holders)
        return before.entity >= 0 && holders.includes(before.entity) ? { holder: before.entity } : undefined;
      const person = this.context.fullNameOf(before.primary.alias);
      return person >= 0 && canMean(person) ? { nearestName: person } : undefined;
    };
    // First what comes before it in its own block, then the blocks before it, nearest first.
    const top = topOf(mention);
    const topAt = record.mentions.indexOf(top);
    let found = topAt >= 0 ? ownBefore(mention, record.mentions, topAt, look) : undefined;
    if (!found) {
      const at = this.indexOf(record);
      for (let r = (at < 0 ? this.records.length : at) - 1; r >= 0 && !found; r--) {
        const mentions = this.records[r]!.mentions;
        found = findBackward(mentions, mentions.length, look);
      }
    }
    const before = found ?? (holders ? {} : { nearestName: 'none' as const });
    // Not kept while the mention is not yet among its record's (being decided as it is recorded):
    // its own block was not looked at.
    if (!holders && topAt >= 0) this.found.set(mention, { version: this.version, before });
    return before;
  }
}
