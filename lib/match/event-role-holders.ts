/**
 * Offices in an event's phrase ("with the prime minister", "recommended the US president"), read
 * as the KB people who hold them (event-phrase-right.ts, event-phrase-verb.ts).
 */
import type { Holder } from './epithets';
import { isCue, type Phrase } from './event-phrase';
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

/** "the " right before an office: part of a possessor's span ("the army chief's visit"). */
const THE_BEFORE = /\bthe $/;

/**
 * "the field marshal's visit", "the US President's lunch": an office as the possessor before a
 * head stands for its KB holders, as an office after "with" does (the page then decides whether
 * its holder is meant: context.ts). The span takes the office's qualifier or article, so the
 * epithet nests inside it. Always ends the reading of the left (true), as a possessive does.
 */
export function officePossessor(
  index: PhraseIndex,
  title: Item,
  phrase: Phrase,
  holders: readonly Holder[][],
): true {
  const held = roleHolders(index, title, holders);
  if (!held) return true;
  phrase.roles.push(held);
  const { text, lower } = index.text;
  const q = spacesBack(text, title.start);
  const qualifier = index.ending(lower.startsWith("'s", q - 2) ? q - 2 : q);
  const from = qualifier && isCue(qualifier) ? qualifier.start : title.start;
  const article = THE_BEFORE.exec(lower.slice(Math.max(0, from - 4), from));
  phrase.start = from - (article ? article[0].length : 0);
  return true;
}
