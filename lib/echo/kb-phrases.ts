/**
 * The knowledge base's names as echo phrases: an entity's label and aliases read as one token
 * ("Field Marshal Asim Munir", "Munir", "Pakistan's army chief" all alike), after the common
 * abbreviations. An alias two entities share is left out: it could mean either.
 */
import type { Entity } from '../kb/schema';
import { COMMON_ABBREVIATIONS, buildPhraseTable, type PhraseGroup, type PhraseTable } from './terms';

export function phraseGroupsOf(entities: readonly Pick<Entity, 'label' | 'aliases'>[]): PhraseGroup[] {
  const owners = new Map<string, number>();
  const fold = (text: string) => text.toLowerCase();
  for (const entity of entities) {
    const texts = new Set([entity.label, ...entity.aliases.map((a) => a.text)].map(fold));
    for (const text of texts) owners.set(text, (owners.get(text) ?? 0) + 1);
  }
  return entities.map((entity) => ({
    phrases: [
      { text: entity.label, caseSensitive: false },
      ...entity.aliases.map((a) => ({ text: a.text, caseSensitive: a.caseSensitive })),
    ].filter((p) => owners.get(fold(p.text)) === 1),
  }));
}

/** The phrase table for a knowledge base: common abbreviations first, then its names. */
export function kbPhraseTable(entities: readonly Pick<Entity, 'label' | 'aliases'>[]): PhraseTable {
  return buildPhraseTable([...COMMON_ABBREVIATIONS, ...phraseGroupsOf(entities)]);
}
