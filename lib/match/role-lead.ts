/**
 * What stands before a role phrase's title word and whose office it names: "the", "the
 * Pakistani", "Pakistan's", "the same", a line start (epithets.ts reads role phrases with it).
 */
import {
  isUpperAt,
  opensSentence,
  spacesBack,
  wordStartBefore,
  type Item,
  type PhraseIndex,
} from './phrase-index';
import { roleKeys } from './phrase-link';
import { wordSet } from './word-list';

/** Whether an item is a KB person's name. */
function isPerson(index: PhraseIndex, item: Item): boolean {
  return item.kind === 'name' && item.entity >= 0 && index.entities[item.entity]!.kind === 'person';
}

/** The state an item stands for, as a qualifier ("Pakistani", "US", "Pakistan's"). */
export function stateOfItem(index: PhraseIndex, item: Item | undefined): number {
  if (!item || (item.kind !== 'name' && item.kind !== 'demonym') || item.entity < 0) return -1;
  const entity = index.entities[item.entity]!;
  return entity.kind === 'state' ? item.entity : -1;
}

/**
 * What stands before a title: "the", "the Pakistani", "Pakistan's", a qualifier alone ("Iranian
 * president said"), or nothing at the start of a line ("PM hails …", "Army chief in Cairo").
 */
export function readBefore(
  index: PhraseIndex,
  title: Item,
): { start: number; qualifier: number } | undefined {
  const s = index.text.text;
  const lower = index.text.lower;
  // "the same army chief", "Pakistan's new field marshal"
  const praise = title.cue === FIELD_MARSHAL ? praiseBefore(s, lower, title.start) : title.start;
  const lead = adjectivesBefore(s, lower, praise);
  const praised = lead < title.start;
  let k = spacesBack(s, lead);
  // "the U.S. president": a name's own full stop ends no sentence.
  if (k === lead || (opensSentence(s, lead) && !(s[k - 1] === '.' && index.ending(k)))) {
    if (praised && QUOTE_OPEN.test(s[lead - 1] ?? '')) return { start: lead, qualifier: -1 };
    // "General, last word.": a bare title opening a sentence before a comma addresses someone.
    if (!praised && s[title.end] === ',') return undefined;
    return opensSentence(s, lead) && isUpperAt(index.text, lead) ? { start: lead, qualifier: -1 } : undefined;
  }
  let qualifier = -1;
  const possessive = lower.startsWith("'s", k - 2);
  const item = index.ending(possessive ? k - 2 : k);
  if (item) {
    qualifier = stateOfItem(index, item);
    // "Trump's favorite field marshal": whose praise it is, a person's, is part of the epithet.
    if (qualifier < 0)
      return possessive && praise < title.start && isPerson(index, item)
        ? { start: item.start, qualifier }
        : undefined;
    if (possessive) return { start: item.start, qualifier };
    k = spacesBack(s, item.start);
    if (k === item.start || opensSentence(s, item.start)) return { start: item.start, qualifier };
    const word = lower.slice(wordStartBefore(s, k), k);
    // "the Iranian president", after a preposition ("PM speaks to Iranian president") or a
    // headline's verb ("Trump hosts Pakistani army chief"); not after a word that makes the holder
    // another, past or any one ("a former Pakistani army chief", "no Pakistani premier").
    if (word !== 'the')
      return /^(?:to|with|from|by|for|on|at|of|and)$/.test(word) ||
        (/^\p{Ll}+s$/u.test(word) && !NOT_THE_HOLDER.has(word) && isUpperAt(index.text, item.start))
        ? { start: item.start, qualifier }
        : undefined;
  } else if (possessive) {
    // "the country's army chief": a possessive that names no other state.
    const start = wordStartBefore(s, k - 2);
    if (!/^(?:country|nation|government)$/.test(lower.slice(start, k - 2))) return undefined;
    // The phrase starts at its "the", so an apposition ("Asim Munir, the country's army chief") shows.
    const the = spacesBack(s, start);
    const article = wordStartBefore(s, the);
    return { start: the < start && lower.slice(article, the) === 'the' ? article : start, qualifier };
  }
  const start = wordStartBefore(s, k);
  const word = lower.slice(start, k);
  return DEFINITE.has(word) ||
    ((word === 'its' || word === 'our') && ARMY_OFFICES.has(title.cue)) ||
    (praised && PRAISING_DETERMINERS.has(word))
    ? { start, qualifier }
    : undefined;
}

/** Words in -s before a qualified title that do not point at the holder: "this is", "as was". */
const NOT_THE_HOLDER = wordSet(
  `is was has as its his this thus us yes less unless plus always perhaps besides`,
);

/**
 * Determiners that point at the one holder a reader knows, before a bare title: "the president"
 * and "what works with this president" are the page's president. Not possessives: "our prime
 * minister" is the speaker's country's (an Indian panellist's is Modi), "its president" may be a
 * company's.
 */
export const DEFINITE = new Set(['the', 'this']);

/**
 * Offices only a state has, so "its" before them points at the state the sentence is about ("By
 * June its army chief was a guest of the President"): no company or bank has an army chief or a
 * field marshal, while "its president" may be the World Bank's and "its prime minister" any of a
 * state's. "Our army chief" on the corpus's pages is Pakistan's (the KB's only army chief) far
 * more often than anyone else's, while "our prime minister" is as often an Indian speaker's.
 */
const ARMY_OFFICES = new Set([roleKeys.indexOf('army-chief'), roleKeys.indexOf('field-marshal')]);

/**
 * Words that may stand between "the" and a title without changing whose title it is ("the same
 * army chief", "Pakistan's new field marshal", "Pakistan's own army chief"). Not "former" or "next": those name another
 * holder. Not praise ("my favourite field marshal"): the corpus labels read that as a quoted
 * nickname more often than as a mention.
 */
export const ROLE_ADJECTIVES = new Set(['new', 'same', 'own']);

/**
 * Praise that makes a field marshal one the speaker claims ("my favourite field marshal", his
 * "favorite field marshal"): the guide's rulings label it as the holder's epithet, from its
 * determiner, or from inside the quotation marks when it is quoted. Only before "field marshal":
 * no other title in the corpus carries it, and "a favourite" names none in particular.
 */
const PRAISE_ADJECTIVES = new Set(['favourite', 'favorite']);
const FIELD_MARSHAL = roleKeys.indexOf('field-marshal');

/** Where a field marshal's praise word ("favourite") starts, or `at` when none stands before it. */
export function praiseBefore(s: string, lower: string, at: number): number {
  const k = spacesBack(s, at);
  if (k === at) return at;
  const start = wordStartBefore(s, k);
  // Not shouted ("‘MY FAVOURITE FIELD MARSHAL!’"): a line in capitals quotes the praise as a
  // headline's slogan, and neither judge labels it there (the corpus has no such span; the old
  // fixtures' tabloid leaves it out).
  if (s.slice(start, k) === s.slice(start, k).toUpperCase()) return at;
  return PRAISE_ADJECTIVES.has(lower.slice(start, k)) ? start : at;
}
const PRAISING_DETERMINERS = new Set(['the', 'this', 'that', 'my', 'our', 'his', 'their']);
const QUOTE_OPEN = /^["“‘']$/;

/** Where a title's leading adjectives (`ROLE_ADJECTIVES`, at most two) start; `at` when there are none. */
export function adjectivesBefore(s: string, lower: string, at: number): number {
  let lead = at;
  for (let n = 0; n < 2; n++) {
    const k = spacesBack(s, lead);
    if (k === lead) break;
    const start = wordStartBefore(s, k);
    if (!ROLE_ADJECTIVES.has(lower.slice(start, k))) break;
    lead = start;
  }
  return lead;
}

/** Whether KB entity `entity` holds office `key`, of `state` when that is known (not -1). */
export function holdsOffice(index: PhraseIndex, entity: number, key: number, state: number): boolean {
  const person = entity >= 0 ? index.entities[entity] : undefined;
  return (
    person?.kind === 'person' &&
    (person.roles ?? []).some((r) => r.key === key && (state < 0 || r.state < 0 || r.state === state))
  );
}
