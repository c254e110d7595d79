/**
 * The order mentions were read in, for the few decisions that depend on what came before: whose
 * full name comes nearest before a bare surname ("Nawaz Sharif … Sharif"), and which holder of an
 * office was named last before a role phrase when the page names several equally often. Blocks
 * are read in document order (the visible part first, then the rest from the top), so reading
 * order stands in for document order without measuring the page; a block read again (it changed)
 * counts as read last.
 */
import type { PageContext } from '../match/context';
import type { Mention } from './mention';
import { withInner } from './mention';

interface Recorded {
  mentions: Mention[];
}

export class MentionOrder {
  /** Records in the order they were read; deleted ones are dropped lazily. */
  private read: Recorded[] = [];
  private position = new Map<Recorded, number>();

  constructor(private readonly context: PageContext) {}

  added(record: Recorded) {
    this.position.set(record, this.read.length);
    this.read.push(record);
  }

  removed(record: Recorded) {
    this.position.delete(record);
    // Compact now and then, so a long-lived page does not keep every block it ever read.
    if (this.read.length > 64 && this.position.size < this.read.length / 2) {
      this.read = this.read.filter((r) => this.position.has(r));
      this.read.forEach((r, i) => this.position.set(r, i));
    }
  }

  /** Whether a mention's link depends on what came before it right now. */
  matters(mention: Mention): boolean {
    return this.context.orderMatters(mention.decidable);
  }

  /** What came before a mention, as `PageContext.decideMatch` takes it. */
  of(
    mention: Mention,
    record: Recorded,
  ): { nearestName?: number | 'bearer' | 'none'; holder?: number } {
    const holders = mention.phrase?.via === 'epithet' ? mention.phrase.holders : undefined;
    const alias = mention.primary.alias;
    const look = (before: Mention): { nearestName?: number | 'bearer'; holder?: number } | undefined => {
      if (holders) return before.entity >= 0 && holders.includes(before.entity) ? { holder: before.entity } : undefined;
      if (before.bearer && before.primary.alias === alias) return { nearestName: 'bearer' };
      const person = this.context.fullNameOf(before.primary.alias);
      return person >= 0 && this.context.canMean(alias, person) ? { nearestName: person } : undefined;
    };
    // First what comes before it in its own block, then the blocks read before it, nearest first.
    const own = [...withInner(record.mentions)];
    for (let k = own.indexOf(mention) - 1; k >= 0; k--) {
      const found = look(own[k]!);
      if (found) return found;
    }
    for (let r = (this.position.get(record) ?? this.read.length) - 1; r >= 0; r--) {
      const earlier = this.read[r]!;
      if (!this.position.has(earlier)) continue;
      const list = [...withInner(earlier.mentions)];
      for (let k = list.length - 1; k >= 0; k--) {
        const found = look(list[k]!);
        if (found) return found;
      }
    }
    return holders ? {} : { nearestName: 'none' };
  }
}
