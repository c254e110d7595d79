/**
 * The page's mentions in document order, for the few decisions that depend on it: whose full
 * name comes nearest before a bare surname ("Nawaz Sharif … Sharif"), and which holder of an
 * office was named last before a role phrase when the page names several equally often. Built
 * only when such a decision comes up, and kept until a block is read again.
 */
import type { PageContext } from '../match/context';
import type { TextBlock } from './blocks';
import { withInner, type Mention } from './mention';

interface Recorded {
  block: TextBlock;
  mentions: Mention[];
}

/** Orders two blocks as they stand in the document. */
function byDocument(a: Recorded, b: Recorded): number {
  if (a.block === b.block) return 0;
  const first = a.block.nodes[0];
  const second = b.block.nodes[0];
  if (!first || !second) return 0;
  const position = first.compareDocumentPosition(second);
  return position & 4 /* FOLLOWING */ ? -1 : position & 2 /* PRECEDING */ ? 1 : 0;
}

export class MentionOrder {
  private cache: Mention[] | undefined;

  constructor(
    private readonly records: () => Iterable<Recorded>,
    private readonly context: PageContext,
  ) {}

  /** Forgets the order (a block was read, or went away). */
  reset() {
    this.cache = undefined;
  }

  /** Every mention, inner ones right after the one they are in, in document order. */
  all(): Mention[] {
    if (!this.cache) {
      const records = [...this.records()].filter((r) => r.mentions.length > 0).toSorted(byDocument);
      this.cache = records.flatMap((r) => [...withInner(r.mentions)]);
    }
    return this.cache;
  }

  /** Whether a mention's link may depend on what comes before it on the page. */
  matters(mention: Mention): boolean {
    if (mention.phrase?.via === 'epithet') return true;
    return mention.open === true && this.context.needsOrder(mention.primary.alias);
  }

  /** What came before a mention, as `PageContext.decideMatch` takes it. */
  of(mention: Mention): { nearestName?: number | 'bearer' | 'none'; holder?: number } {
    const all = this.all();
    const at = all.indexOf(mention);
    const holders = mention.phrase?.via === 'epithet' ? mention.phrase.holders : undefined;
    for (let k = at - 1; k >= 0; k--) {
      const before = all[k]!;
      if (holders) {
        if (before.entity >= 0 && holders.includes(before.entity)) return { holder: before.entity };
        continue;
      }
      if (before.bearer && before.primary.alias === mention.primary.alias) return { nearestName: 'bearer' };
      const person = this.context.fullNameOf(before.primary.alias);
      if (person >= 0 && this.context.canMean(mention.primary.alias, person)) return { nearestName: person };
    }
    return holders ? {} : { nearestName: 'none' };
  }
}
