/**
 * Turns knowledge-base entities into the matcher's alias list. An entity's label always
 * matches as written (and, for one-word labels, in capitals: "PAKISTAN" in a headline), unless
 * the entity lists an alias with the same text, whose rules then win ("Gulf" needing context).
 * Confusables become blockers, so "Nawaz Sharif" is consumed whole and never yields "Sharif".
 */
import { foldAlias } from '../kb/alias-key';
import type { Entity, EntityKind } from '../kb/schema';
import type { AliasSpec } from './dictionary';

/** What the content script needs to know about each entity a match can point at. */
export interface MatchEntity {
  id: string;
  label: string;
  kind: EntityKind;
  /**
   * Indices of entities closely tied to this one (related, participants, place, role
   * organisations, in either direction). A weak alias such as a capital or a short form links
   * when the page names one of them; a bare surname still needs the person named in full.
   */
  support: number[];
}

export interface MatcherSource {
  entities: MatchEntity[];
  aliases: AliasSpec[];
}

export function aliasSpecsFromEntities(list: readonly Entity[]): MatcherSource {
  const entities: MatchEntity[] = [];
  const aliases: AliasSpec[] = [];
  const blockers = new Set<string>();
  const indexOf = new Map(list.map((entity, index) => [entity.id, index]));
  const support = list.map(() => new Set<number>());
  const tie = (a: number, b: string | null) => {
    const other = b === null ? undefined : indexOf.get(b);
    if (other === undefined || other === a) return;
    support[a]!.add(other);
    support[other]!.add(a);
  };
  list.forEach((entity, index) => {
    entity.related.forEach((r) => tie(index, r.target));
    entity.roles.forEach((r) => tie(index, r.organisation));
    if (entity.kind === 'event') {
      entity.participants.forEach((p) => tie(index, p));
      tie(index, entity.place);
    }
  });
  list.forEach((entity, index) => {
    entities.push({ id: entity.id, label: entity.label, kind: entity.kind, support: [...support[index]!] });
    const own = new Set(entity.aliases.map((a) => foldAlias(a.text)));
    if (!own.has(foldAlias(entity.label))) {
      aliases.push({ text: entity.label, entity: index, caseSensitive: true, needsContext: null });
      if (!/[\s\d-]/.test(entity.label) && entity.label !== entity.label.toUpperCase()) {
        aliases.push({
          text: entity.label.toUpperCase(),
          entity: index,
          caseSensitive: true,
          needsContext: null,
        });
      }
    }
    for (const alias of entity.aliases) {
      aliases.push({
        text: alias.text,
        entity: index,
        caseSensitive: alias.caseSensitive,
        needsContext: alias.needsContext,
      });
      for (const confusable of alias.confusables) blockers.add(confusable);
    }
  });
  // A confusable that is itself another entity's name links to that entity instead.
  const named = new Set(aliases.map((a) => foldAlias(a.text)));
  for (const text of blockers) {
    if (!named.has(foldAlias(text)))
      aliases.push({ text, entity: -1, caseSensitive: false, needsContext: null });
  }
  return { entities, aliases };
}
