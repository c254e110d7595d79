/**
 * Offices in an event's phrase ("with the prime minister", "recommended the US president"), read
 * as the KB people who hold them (event-phrase-right.ts, event-phrase-verb.ts).
 */
import type { Holder } from './epithets';
import { isCue } from './event-phrase';
import { spacesBack, type Item, type PhraseIndex } from './phrase-index';

/**
 * An office named after a preposition ("with the prime minister", "with Egypt's president"):
 * the KB people who hold it, qualified by the state before it; undefined when none does.
 */
export function roleHolders(
  index: PhraseIndex,
  title: Item,
  holders: readonly Holder[][],
): number[] | undefined {
  const s = index.text.text;
  const k = spacesBack(s, title.start);
  const possessive = index.text.lower.startsWith("'s", k - 2);
  const before = index.ending(possessive ? k - 2 : k);
  let qualifier = -1;
  if (before && isCue(before) && before.entity >= 0) {
    const entity = index.entities[before.entity]!;
    qualifier = entity.kind === 'state' ? before.entity : (entity.state ?? -1);
  }
  const held = (holders[title.cue] ?? []).filter((h) => qualifier < 0 || h.state === qualifier);
  return held.length > 0 ? held.map((h) => h.entity) : undefined;
}
