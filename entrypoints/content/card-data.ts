/**
 * What the card shows, fetched from the background once and kept: each entity's card, and how
 * many claims the reader saved about it (the compare line). Both are dropped when what they were
 * read from changes. The names a page shows are fetched ahead of any hover, in one message
 * (`prefetch`), so a first hover does not wait for a round trip to the background; the biggest
 * cards are left to the hover (`MAX_CARD_DATA_CHARS`).
 */
import { MAX_CARDS_PER_REQUEST, type CardData as Fetched, type EntityCard } from '@/lib/kb/card';
import { askBackground } from '@/lib/messaging/client';

export class CardData {
  private cards = new Map<string, Promise<EntityCard | string>>();
  private marked = new Map<string, Promise<number>>();
  /** The counts in `marked` that have come, to draw without waiting (`countNow`). */
  private counted = new Map<string, number>();

  /** Cards and counts on their way in a `prefetch` batch that no one has asked for yet, by batch. */
  private comingCards = new Map<string, Promise<unknown>>();
  private comingCounts = new Map<string, Promise<unknown>>();
  /** A card asked for alone while its batch was on its way: the batch uses it if it brings none. */
  private askedAlone = new Map<string, { batch: unknown; alone: Promise<EntityCard | string> }>();

  /**
   * An entity's card, or why it could not be loaded. One still on its way in a `prefetch` batch
   * is also asked for alone, and whichever comes first is shown: a reader pointing at a name as
   * the page finishes does not wait for the whole batch.
   */
  cardFor(id: string): Promise<EntityCard | string> {
    let card = this.cards.get(id);
    if (!card) {
      card = fetchCard(id);
      this.cards.set(id, card);
    } else if (this.comingCards.has(id)) {
      const alone = fetchCard(id);
      this.askedAlone.set(id, { batch: this.comingCards.get(id), alone });
      this.comingCards.delete(id);
      card = Promise.race([card, alone]);
      this.cards.set(id, card);
    }
    return card;
  }

  /** How many claims the reader saved about an entity, for the popover's compare line (as `cardFor`). */
  markedAbout(id: string): Promise<number> {
    let count = this.marked.get(id);
    if (!count || this.comingCounts.delete(id)) {
      count = count ? Promise.race([count, fetchCount(id)]) : fetchCount(id);
      this.keepCount(id, count);
    }
    return count;
  }

  /**
   * The count of claims about an entity if it has come, else undefined. The card is drawn
   * without waiting for it: counting takes the background longer the more claims the reader
   * keeps about the entity, and the page can time when a card opens (SECURITY.md).
   */
  countNow(id: string): number | undefined {
    return this.counted.get(id);
  }

  private keepCount(id: string, count: Promise<number>) {
    this.marked.set(id, count);
    void count.then((n) => {
      if (this.marked.get(id) === count) this.counted.set(id, n);
    });
  }

  /**
   * Fetches, in one message, the cards and claim counts of the first of these entities not fetched
   * yet (at most `MAX_CARDS_PER_REQUEST`); an entity it brings no card for is asked for alone when
   * a hover asks, as if never prefetched. Resolves with the first card it brought, if any.
   */
  async prefetch(ids: Iterable<string>): Promise<EntityCard | undefined> {
    const wanted: string[] = [];
    for (const id of ids) {
      if (wanted.length === MAX_CARDS_PER_REQUEST) break;
      if (!this.cards.has(id) && !wanted.includes(id)) wanted.push(id);
    }
    if (wanted.length === 0) return undefined;
    const batch = askBackground('getCardData', { ids: wanted }).then((r) =>
      r.ok ? new Map(r.value.map((data) => [data.id, data])) : new Map<string, Fetched>(),
    );
    for (const id of wanted) {
      this.comingCards.set(id, batch);
      this.cards.set(
        id,
        batch.then((found) => found.get(id)?.card ?? this.leftOut(id, batch)),
      );
      if (this.marked.has(id)) continue;
      this.comingCounts.set(id, batch);
      this.keepCount(
        id,
        batch.then((found) => found.get(id)?.marked ?? fetchCount(id)),
      );
    }
    const found = await batch;
    for (const id of wanted) {
      // Unless a later batch (after the knowledge base or the claims changed) is bringing it.
      if (this.comingCards.get(id) === batch) this.comingCards.delete(id);
      if (this.comingCounts.get(id) === batch) this.comingCounts.delete(id);
      if (this.askedAlone.get(id)?.batch === batch) this.askedAlone.delete(id);
    }
    return wanted.map((id) => found.get(id)?.card).find((card) => card !== undefined);
  }

  /**
   * A card the batch did not bring (too big for it, or unreadable). Asked for meanwhile, it comes
   * from that request; otherwise it is forgotten, to be fetched when the pointer first rests on the
   * name (inside the hover delay) rather than kept in the page's heap for a hover that may never
   * come. Nothing is fetched for a batch the knowledge base changed under: no one holds its cards.
   */
  private leftOut(id: string, batch: Promise<unknown>): Promise<EntityCard | string> | string {
    const asked = this.askedAlone.get(id);
    if (asked?.batch === batch) return asked.alone;
    if (this.comingCards.get(id) === batch) {
      this.comingCards.delete(id);
      this.cards.delete(id);
    }
    return 'not fetched ahead';
  }

  /** Cards must be fetched again (the knowledge base changed). */
  forgetCards() {
    this.cards.clear();
    this.comingCards.clear();
  }

  /** Claim counts must be fetched again (the reader's claims changed). */
  forgetCounts() {
    this.marked.clear();
    this.counted.clear();
    this.comingCounts.clear();
  }
}

const fetchCard = (id: string): Promise<EntityCard | string> =>
  askBackground('getEntityCard', { id }).then((r) => (r.ok ? r.value : r.error.message));

const fetchCount = (id: string): Promise<number> =>
  askBackground('countClaimsAbout', { entity: id }).then((r) => (r.ok ? r.value : 0));
