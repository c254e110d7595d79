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
import { withInner } from './mention';

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

export class MentionOrder {
  /** Records in document order. */
  private records: Recorded[] = [];
  /** Where the last record went: a page read top to bottom adds each right after the one before. */
  private lastAt = -1;

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
  of(mention: Mention, record: Recorded): { nearestName?: number | 'none'; holder?: number } {
    const holders = mention.phrase?.via === 'epithet' ? mention.phrase.holders : undefined;
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
    const look = (before: Mention): { nearestName?: number; holder?: number } | undefined => {
      if (holders)
        return before.entity >= 0 && holders.includes(before.entity) ? { holder: before.entity } : undefined;
      const person = this.context.fullNameOf(before.primary.alias);
      return person >= 0 && canMean(person) ? { nearestName: person } : undefined;
    };
    // First what comes before it in its own block, then the blocks before it, nearest first.
    const own = [...withInner(record.mentions)];
    for (let k = own.indexOf(mention) - 1; k >= 0; k--) {
      const found = look(own[k]!);
      if (found) return found;
    }
    const at = this.indexOf(record);
    for (let r = (at < 0 ? this.records.length : at) - 1; r >= 0; r--) {
      const mentions = this.records[r]!.mentions;
      const found = findBackward(mentions, mentions.length, look);
      if (found) return found;
    }
    return holders ? {} : { nearestName: 'none' };
  }
}
