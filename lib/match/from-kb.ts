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
}

export interface MatcherSource {
  entities: MatchEntity[];
  aliases: AliasSpec[];
}

export function aliasSpecsFromEntities(list: readonly Entity[]): MatcherSource {
  const entities: MatchEntity[] = [];
  const aliases: AliasSpec[] = [];
  const blockers = new Set<string>();
  list.forEach((entity, index) => {
    entities.push({ id: entity.id, label: entity.label, kind: entity.kind });
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
