/**
 * Page-level context rules. An alias that needs context (a surname alone, a capital standing
 * for its government) or that several entities share links only when the same page names the
 * entity unambiguously somewhere; otherwise it stays unlinked, because a wrong link is worse
 * than none. Confirmations are counted so they can be withdrawn when text goes away.
 */
import { CONTEXT_CAPITAL, entitiesOf, entityCount, firstEntity, type CompiledDictionary } from './dictionary';

/** Context reasons a related entity can satisfy: capitals, short forms, common words. */
const SUPPORTABLE = CONTEXT_CAPITAL;

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
    return this.dict.aliasContext[alias] === 0 && entityCount(this.dict, alias) === 1;
  }

  /** Records that an unconditional match of `alias` is on the page (or, with -1, is gone). */
  count(alias: number, delta: 1 | -1): number | undefined {
    if (!this.isUnconditional(alias)) return undefined;
    const entity = firstEntity(this.dict, alias);
    const before = this.confirmations.get(entity) ?? 0;
    const next = before + delta;
    if (next > 0) this.confirmations.set(entity, next);
    else this.confirmations.delete(entity);
    // Only an entity's first confirmation or its last withdrawal can change a decision.
    if (before > 0 !== next > 0) this.changed = true;
    return entity;
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
