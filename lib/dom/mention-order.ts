/**
 * The page's mentions in document order, for the few decisions that depend on what came before:
 * whose full name comes nearest before a bare surname ("Nawaz Sharif … Sharif"), and which holder
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
}

/** Whether block `a` starts before block `b` in the document. */
function precedes(a: Recorded, b: Recorded): boolean {
  const first = a.block.nodes[0];
  const second = b.block.nodes[0];
  if (!first || !second || first === second) return false;
  return (first.compareDocumentPosition(second) & 4) /* FOLLOWING */ !== 0;
}

export class MentionOrder {
  /** Records in document order. */
  private records: Recorded[] = [];

  constructor(private readonly context: PageContext) {}

  added(record: Recorded) {
    let low = 0;
    let high = this.records.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (precedes(this.records[mid]!, record)) low = mid + 1;
      else high = mid;
    }
    this.records.splice(low, 0, record);
  }

  removed(record: Recorded) {
    const at = this.records.indexOf(record);
    if (at >= 0) this.records.splice(at, 1);
  }

  /** Whether a mention's link depends on what came before it right now. */
  matters(mention: Mention): boolean {
    return this.context.orderMatters(mention.decidable);
  }

  /** What came before a mention, as `PageContext.decideMatch` takes it. */
  of(mention: Mention, record: Recorded): { nearestName?: number | 'bearer' | 'none'; holder?: number } {
    const holders = mention.phrase?.via === 'epithet' ? mention.phrase.holders : undefined;
    const alias = mention.primary.alias;
    const look = (before: Mention): { nearestName?: number | 'bearer'; holder?: number } | undefined => {
      if (holders)
        return before.entity >= 0 && holders.includes(before.entity) ? { holder: before.entity } : undefined;
      if (before.bearer && before.primary.alias === alias) return { nearestName: 'bearer' };
      const person = this.context.fullNameOf(before.primary.alias);
      return person >= 0 && this.context.canMean(alias, person) ? { nearestName: person } : undefined;
    };
    // First what comes before it in its own block, then the blocks before it, nearest first.
    const own = [...withInner(record.mentions)];
    for (let k = own.indexOf(mention) - 1; k >= 0; k--) {
      const found = look(own[k]!);
      if (found) return found;
    }
    const at = this.records.indexOf(record);
    for (let r = (at < 0 ? this.records.length : at) - 1; r >= 0; r--) {
      const list = [...withInner(this.records[r]!.mentions)];
      for (let k = list.length - 1; k >= 0; k--) {
        const found = look(list[k]!);
        if (found) return found;
      }
    }
    return holders ? {} : { nearestName: 'none' };
  }
}
