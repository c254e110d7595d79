/**
 * What the card shows, fetched from the background once and kept: each entity's card, and how
 * many claims the reader saved about it (the compare line). Both are dropped when what they were
 * read from changes.
 */
import type { EntityCard } from '@/lib/kb/card';
import { askBackground } from '@/lib/messaging/client';

export class CardData {
  private cards = new Map<string, Promise<EntityCard | string>>();
  private marked = new Map<string, Promise<number>>();

  /** An entity's card, or why it could not be loaded. */
  cardFor(id: string): Promise<EntityCard | string> {
    let card = this.cards.get(id);
    if (!card) {
      card = askBackground('getEntityCard', { id }).then((r) => (r.ok ? r.value : r.error.message));
      this.cards.set(id, card);
    }
    return card;
  }

  /** How many claims the reader saved about an entity, for the popover's compare line. */
  markedAbout(id: string): Promise<number> {
    let count = this.marked.get(id);
    if (!count) {
      count = askBackground('countClaimsAbout', { entity: id }).then((r) => (r.ok ? r.value : 0));
      this.marked.set(id, count);
    }
    return count;
  }

  /** Cards must be fetched again (the knowledge base changed). */
  forgetCards() {
    this.cards.clear();
  }

  /** Claim counts must be fetched again (the reader's claims changed). */
  forgetCounts() {
    this.marked.clear();
  }
}
