/**
 * Page-level context rules. An alias that needs context (a surname alone, a capital standing
 * for its government) or that several entities share links only when the same page names the
 * entity unambiguously somewhere; otherwise it stays unlinked, because a wrong link is worse
 * than none. A bare surname after someone else of that surname in its block ("Nawaz Sharif …
 * Sharif") links to nobody (the matcher decides that). An event named in other words links
 * once the page names its core participants; a role phrase, once the page names exactly one of
 * its holders. Confirmations are counted so they can be withdrawn when text goes away.
 */
import {
  CONTEXT_CAPITAL,
  FLAG_SURNAME,
  entitiesOf,
  entityCount,
  firstEntity,
  type CompiledDictionary,
} from './dictionary';
import { decideEvent } from './event-score';
import type { PhraseLink } from './phrase-link';

/** Context reasons a related entity can satisfy: capitals, short forms, common words. */
const SUPPORTABLE = CONTEXT_CAPITAL;

/** What deciding a mention needs (a `RawMatch`, or the content script's record of one). */
export interface Decidable {
  alias: number;
  phrase?: PhraseLink;
  bearer?: true;
  open?: true;
}

export class PageContext {
  private confirmations = new Map<number, number>();
  /** Whether an entity became confirmed or stopped being so since `takeChange` last looked. */
  private changed = false;

  /** `support[e]`: entities whose presence also vouches for entity `e` (see `MatchEntity.support`). */
  constructor(
    private readonly dict: CompiledDictionary,
    private readonly support: readonly (readonly number[])[] = [],
  ) {}

  /** True when a match of `alias` links by itself and vouches for its entity. */
  isUnconditional(alias: number): boolean {
    return alias >= 0 && this.dict.aliasContext[alias] === 0 && entityCount(this.dict, alias) === 1;
  }

  /**
   * Records that a match is on the page (or, with -1, is gone). Returns the entity it vouches
   * for, or undefined when it vouches for none (it then depends on context itself).
   */
  count(m: Decidable | number, delta: 1 | -1): number | undefined {
    const match = typeof m === 'number' ? { alias: m } : m;
    if (match.bearer || match.phrase || !this.isUnconditional(match.alias)) return undefined;
    const entity = firstEntity(this.dict, match.alias);
    this.bump(this.confirmations, entity, delta);
    return entity;
  }

  private bump(map: Map<number, number>, key: number, delta: 1 | -1) {
    const before = map.get(key) ?? 0;
    const next = before + delta;
    if (next > 0) map.set(key, next);
    else map.delete(key);
    // Only a first confirmation or a last withdrawal can change a decision.
    if (before > 0 !== next > 0) this.changed = true;
  }

  /** Whether any decision may have changed since the last call. */
  takeChange(): boolean {
    const changed = this.changed;
    this.changed = false;
    return changed;
  }

  isConfirmed(entity: number): boolean {
    return this.confirmations.has(entity);
  }

  /**
   * A name inside an event's mention that needs context ("Congress" in "Trump's address to a
   * joint session of Congress") links when the event does and is tied to it (a participant, its
   * place): that entity, or -1.
   */
  vouched(alias: number, event: number): number {
    if (alias < 0 || event < 0 || entityCount(this.dict, alias) !== 1) return -1;
    const entity = firstEntity(this.dict, alias);
    return (this.support[event] ?? []).includes(entity) ? entity : -1;
  }

  /** The person a full name names (not a bare surname), for the family rule; -1 otherwise. */
  fullNameOf(alias: number): number {
    return this.isUnconditional(alias) && !(this.dict.aliasFlags[alias]! & FLAG_SURNAME)
      ? firstEntity(this.dict, alias)
      : -1;
  }

  /** Whether `alias` can mean `entity`. */
  canMean(alias: number, entity: number): boolean {
    return alias >= 0 && entitiesOf(this.dict, alias).includes(entity);
  }

  /**
   * Whether a mention's link depends on the page's order right now: a bare surname that several
   * KB people named on the page share, or a role phrase whose holders the page names equally often.
   */
  orderMatters(m: Decidable): boolean {
    if (m.phrase?.via === 'epithet') {
      let top = 0;
      let tied = 0;
      for (const e of m.phrase.holders) {
        const n = this.confirmations.get(e) ?? 0;
        if (n > top) [top, tied] = [n, 1];
        else if (n === top && n > 0) tied++;
      }
      return tied > 1;
    }
    if (!m.open) return false;
    let named = 0;
    for (const e of entitiesOf(this.dict, m.alias)) if (this.confirmations.has(e)) named++;
    return named > 1;
  }

  /**
   * The entity a mention links to now, or -1 while the page gives no (or contrary) context.
   * The caller knows the page's order. For a bare surname with no full name before it in its
   * block, `order.nearestName` is the KB person whose full name comes nearest before it on the
   * page, or none. Another bearer of the surname ("Melania Trump … Trump") counts only in its own
   * block, where the matcher already leaves the surname unlinked: beyond it, on the pages the
   * corpus holds, a bare "Trump" is the president again. For a role phrase, `order.holder` is the holder named most
   * recently before it, which decides between holders the page names equally often.
   */
  decideMatch(m: Decidable, order: { nearestName?: number | 'none'; holder?: number } = {}): number {
    if (m.bearer) return -1;
    const phrase = m.phrase;
    if (phrase?.via === 'cue') {
      return decideEvent(phrase.candidates, (e) => this.confirmations.has(e));
    }
    if (phrase?.via === 'epithet') return this.salient(phrase.holders, order.holder);
    if (m.open) {
      const nearest = order.nearestName;
      if (typeof nearest === 'number') {
        const meant = entitiesOf(this.dict, m.alias).includes(nearest) && this.confirmations.has(nearest);
        if (meant) return nearest;
      }
    }
    return this.decide(m.alias);
  }

  /** The holder the page names most often; between equals, the one named last before (`recent`). */
  private salient(holders: readonly number[], recent?: number): number {
    let best = -1;
    let count = 0;
    let tied = false;
    for (const e of holders) {
      const n = this.confirmations.get(e) ?? 0;
      if (n === 0) continue;
      if (n > count) {
        best = e;
        count = n;
        tied = false;
      } else if (n === count) tied = true;
    }
    if (!tied) return best;
    return recent !== undefined && (this.confirmations.get(recent) ?? 0) === count ? recent : -1;
  }

  /** The entity a match of `alias` links to now, or -1 while the page gives no context. */
  decide(alias: number): number {
    if (entityCount(this.dict, alias) === 1) {
      const entity = firstEntity(this.dict, alias);
      const reason = this.dict.aliasContext[alias]!;
      if (reason === 0 || this.confirmations.has(entity)) return entity;
      // A capital or a short form also links when the page names something closely tied to the
      // entity (Washington beside Trump); a bare surname never does (another Munir may be meant).
      const supported =
        reason >= SUPPORTABLE && (this.support[entity] ?? []).some((e) => this.confirmations.has(e));
      return supported ? entity : -1;
    }
    let chosen = -1;
    for (const entity of entitiesOf(this.dict, alias)) {
      if (!this.confirmations.has(entity)) continue;
      if (chosen !== -1) return -1; // two candidates both named on the page: still ambiguous
      chosen = entity;
    }
    return chosen;
  }

  clear() {
    this.changed ||= this.confirmations.size > 0;
    this.confirmations.clear();
  }
}
