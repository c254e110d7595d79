/**
 * Reading the noun phrase around an event's head noun, word by word: the modifiers before it
 * ("last month's aerial", "U.S.-led", "Pakistan's brief") and up to two prepositional phrases
 * after it ("between India and Pakistan", "with Iranian President Masoud Pezeshkian", "between
 * the secretary of state and the prime minister"). What it finds goes into a `Phrase` for the
 * recogniser (events.ts) to judge.
 */
import type { Holder } from './epithets';
import { MONTH_NUMBERS, TITLE_WORDS } from './name-words';
import {
  isUpperAt,
  opensSentence,
  spacesBack,
  spacesForward,
  wordEndAfter,
  wordStartBefore,
  type Item,
  type PhraseIndex,
} from './phrase-index';
import {
  AGENT_SUFFIXES,
  DETERMINERS,
  DURATION,
  MODIFIERS,
  NOT_AN_EVENT_BEFORE,
  NOUN_COMPOUNDS,
  NP_WORDS,
  PREPOSITIONS,
} from './phrase-words';

export interface Phrase {
  start: number;
  end: number;
  /** Names and demonyms before the head and in the first prepositional phrase. */
  items: Item[];
  /** How many of `items` stand before the head (its agents, "US-brokered", "Trump's"). */
  agents: number;
  /** Names in a second prepositional phrase, which belongs to the phrase only if they fit the event. */
  tail: Item[];
  tailEnd: number;
  /** Offices named in the phrase ("the prime minister"), as the KB people who hold each. */
  roles: number[][];
  /** A capitalised word the knowledge base does not know stands where a participant would. */
  unknownName: boolean;
  years: number[];
  months: number[];
  /** Modifier words, lower case ("four-day", "peace", "may"). */
  modifiers: string[];
}

const isCue = (item: Item | undefined): boolean =>
  item !== undefined && (item.kind === 'name' || item.kind === 'demonym');
const YEAR = /^(?:19|20)\d\d$/;
/** "invited to lunch": a noun after "to", not a verb. */
const NOUN_AFTER_TO = /(?:invited|invitation|due|sat down)\s+to$/i;

/** Reads the modifiers before the head, right to left; false when the head is a verb or hypothetical. */
export function readLeft(index: PhraseIndex, head: Item, phrase: Phrase): boolean {
  const { text } = index;
  const s = text.text;
  const lower = text.lower;
  for (let steps = 0; steps < 6; steps++) {
    const k = spacesBack(s, phrase.start);
    if (k === phrase.start || k === 0 || s[k - 1] === '\n') return true;
    let end = k;
    let possessive = false;
    if (lower.startsWith("'s", k - 2)) {
      end = k - 2;
      possessive = true;
    } else if (s[k - 1] === "'") {
      end = k - 1; // "the Gulf states' summit"
      possessive = true;
    }
    const item = index.ending(end);
    if (item) {
      if (item.kind === 'bearer') phrase.unknownName = true;
      if (!isCue(item) && item.kind !== 'head') return true;
      if (isCue(item)) phrase.items.push(item);
      else phrase.modifiers.push(lower.slice(item.start, item.end));
      phrase.start = item.start;
      // "US-Israeli war": names joined by a hyphen belong together.
      const joined = s[item.start - 1] === '-' ? index.ending(item.start - 1) : undefined;
      if (joined && isCue(joined)) {
        phrase.items.push(joined);
        phrase.start = joined.start;
      }
      continue;
    }
    const wordStart = wordStartBefore(s, end);
    if (wordStart === end) return true;
    const word = lower.slice(wordStart, end);
    const dash = word.lastIndexOf('-');
    const hyphen = dash > 0 ? wordStart + dash : s[wordStart - 1] === '-' ? wordStart - 1 : -1;
    if (hyphen > 0 && AGENT_SUFFIXES.has(word.slice(dash + 1))) {
      // "U.S.-led", "Saudi-backed": the name before the hyphen belongs to the phrase.
      const agent = index.ending(hyphen);
      if (agent && isCue(agent)) {
        phrase.items.push(agent);
        phrase.start = agent.start;
        continue;
      }
    }
    const capitalised = isUpperAt(text, wordStart);
    // "the May war": a capitalised month, unless it opens the sentence ("May God …").
    if (MONTH_NUMBERS.has(word) && capitalised && (word.length > 3 || !opensSentence(s, wordStart))) {
      phrase.months.push(MONTH_NUMBERS.get(word)!);
      phrase.modifiers.push(word);
      if (possessive) return true;
      phrase.start = wordStart;
      continue;
    }
    if (NOT_AN_EVENT_BEFORE.has(word))
      return word === 'to' && steps === 0 && NOUN_AFTER_TO.test(s.slice(Math.max(0, wordStart - 20), end));
    // "not a war on Iran", "no strikes": a happening denied.
    if (
      (word === 'a' || word === 'an') &&
      /(?:^|\s)(?:not|never)\s+$/i.test(s.slice(Math.max(0, wordStart - 8), wordStart))
    )
      return false;
    // "a propaganda campaign", "a trade war": another kind of thing altogether.
    if (steps === 0 && NOUN_COMPOUNDS.has(word)) return false;
    if (possessive) {
      if (YEAR.test(word)) phrase.years.push(Number(word));
      else if (capitalised) phrase.unknownName = true;
      return true; // "last month's", "Kargil's"
    }
    if (YEAR.test(word)) {
      phrase.years.push(Number(word));
      phrase.modifiers.push(word);
      phrase.start = wordStart;
      continue;
    }
    if (MODIFIERS.has(word) || DURATION.test(word)) {
      phrase.modifiers.push(word);
      phrase.start = wordStart;
      continue;
    }
    if (capitalised && !opensSentence(s, wordStart) && !TITLE_WORDS.has(word)) phrase.unknownName = true;
    return true;
  }
  return true;
}

/**
 * An office named after a preposition ("with the prime minister", "with Egypt's president"):
 * the KB people who hold it, qualified by the state before it; undefined when none does.
 */
function roleHolders(index: PhraseIndex, title: Item, holders: readonly Holder[][]): number[] | undefined {
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

/** Reads up to two prepositional phrases after the head. */
export function readRight(index: PhraseIndex, phrase: Phrase, holders: readonly Holder[][]): void {
  const { text } = index;
  const s = text.text;
  const lower = text.lower;
  let at = phrase.end;
  // "the force planned for Gaza", "the ceasefire brokered by Washington"
  const after = spacesForward(s, at);
  const participleEnd = wordEndAfter(s, after);
  if (after > at && /^[a-z]+ed$/.test(lower.slice(after, participleEnd))) {
    const next = spacesForward(s, participleEnd);
    if (PREPOSITIONS.has(lower.slice(next, wordEndAfter(s, next)))) at = participleEnd;
  }
  for (let pp = 0; pp < 2; pp++) {
    const k = spacesForward(s, at);
    if (k === at) return;
    const prepEnd = wordEndAfter(s, k);
    const preposition = lower.slice(k, prepEnd);
    if (!PREPOSITIONS.has(preposition)) return;
    let q = prepEnd;
    let npEnd = -1;
    let unknown = false;
    const found: Item[] = [];
    const roles: number[][] = [];
    for (let n = 0; n < 10; n++) {
      const from = spacesForward(s, q);
      if (from === q) break;
      const item = index.at(from);
      if (item && (item.kind === 'bearer' || item.kind === 'event' || item.kind === 'head')) {
        unknown = item.kind === 'bearer';
        break;
      }
      if (item) {
        if (isCue(item)) found.push(item);
        else if (!isCue(index.at(spacesForward(s, item.end)))) {
          // An office with no name after it: someone the KB knows holds it, or a stranger does.
          const held = roleHolders(index, item, holders);
          if (!held) {
            unknown = true;
            break;
          }
          roles.push(held);
        }
        q = lower.startsWith("'s", item.end) ? item.end + 2 : item.end;
        npEnd = q;
        continue;
      }
      const wordEnd = wordEndAfter(s, from);
      if (wordEnd === from) break;
      const word = lower.slice(from, wordEnd);
      if (
        DETERMINERS.has(word) ||
        word === 'up' ||
        word === 'to' ||
        /^(?:some|about|nearly|around)$/.test(word)
      ) {
        if (n > 0 && (word === 'a' || word === 'an')) break;
        q = wordEnd;
        continue;
      }
      if (word === 'and' && (found.length > 0 || roles.length > 0 || preposition === 'between')) {
        q = wordEnd;
        continue;
      }
      if (YEAR.test(word)) {
        phrase.years.push(Number(word));
        q = npEnd = wordEnd;
        continue;
      }
      if (NP_WORDS.has(word) || /^\d[\d,.]*$/.test(word)) {
        q = npEnd = wordEnd;
        continue;
      }
      // An adjective ("deadly", "nuclear") belongs to the phrase only if a noun or name follows.
      if (MODIFIERS.has(word)) {
        q = wordEnd;
        continue;
      }
      if (isUpperAt(text, from)) unknown = true;
      break;
    }
    if (npEnd < 0) return;
    if (pp === 0) {
      if (unknown) phrase.unknownName = true;
      phrase.items.push(...found);
      phrase.roles.push(...roles);
      phrase.end = phrase.tailEnd = npEnd;
    } else if (!unknown && found.length > 0) {
      phrase.tail.push(...found);
      phrase.tailEnd = npEnd;
    }
    if (unknown) return;
    at = npEnd;
  }
}
