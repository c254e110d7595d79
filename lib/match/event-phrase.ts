/**
 * Reading the noun phrase around an event's head noun, word by word: the modifiers before it
 * ("last month's aerial", "U.S.-led", "Pakistan's brief") and up to two prepositional phrases
 * after it ("between India and Pakistan", "with Iranian President Masoud Pezeshkian", "between
 * the secretary of state and the prime minister"). What it finds goes into a `Phrase` for the
 * recogniser (events.ts) to judge. This module holds the phrase and what both sides share;
 * event-phrase-left.ts reads before the head, event-phrase-right.ts after it.
 */
import type { PairKind } from './cue-data';
import { durationAtEnd } from './durations';
import { CONTEXT_CAPITAL, entityCount, firstEntity } from './dictionary';
import {
  isUpperAt,
  opensSentence,
  spacesForward,
  wordEndAfter,
  type Item,
  type PhraseIndex,
} from './phrase-index';
import { TEXT_NOUNS } from './phrase-words';
import { aliasStartingAt, found as walked } from './trie-walk';

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
  /**
   * A capitalised word the knowledge base does not know opens the first prepositional phrase
   * ("Israeli strikes in Rafah"): it says where or on whom, so a demonym alone before the head no
   * longer tells which happening (events.ts).
   */
  strangerAfter?: boolean;
  years: number[];
  months: number[];
  /** Days of the month written after a month ("June 21", "May 7"). */
  days: number[];
  /** "between the two countries", "between the two leaders": a pair the page has named. */
  pair?: PairKind;
  /** The head is loose ("crisis"): one name does not identify an event (happenings.ts `looseHeads`). */
  loose?: boolean;
  /**
   * "the crisis with India": the article alone before a loose head, and one side named after
   * "with". The writer takes the happening as known, so that counts as a second piece of evidence.
   */
  definiteWith?: boolean;
  /** The head names a happening only after words of the event's names (happenings.ts `namedHeads`). */
  byNames?: boolean;
  /** The head names a happening only with a participant or a site of it (happenings.ts `sitedHeads`). */
  bySite?: boolean;
  /**
   * "which ended in bloodshed at Muridke": the head tells how another happening ended, which names
   * a happening of its own only where the phrase places it at a site (events.ts).
   */
  outcome?: boolean;
  /**
   * Who the first prepositional phrase names as struck or set against ("strikes on Indian bases",
   * "attacks against Pakistan"), and whether it names sides ("between India and Pakistan"): a
   * one-sided happening's doer is neither (event-score.ts `oneSidedFits`).
   */
  struck?: number[];
  between?: boolean;
  /** States whose installations the phrase names ("on Iran's nuclear facilities"): sites in them. */
  sitesIn: number[];
  /** Modifier words, lower case ("four-day", "peace", "may"). */
  modifiers: string[];
  /**
   * Entities named as who brokered, mediated or backed the happening ("the US-brokered ceasefire",
   * "the truce announced by Trump", "the truce that Trump brokered"): a tie to the event, not a side.
   */
  brokers: number[];
  /** The head's kinds of happening (indices into `happeningKinds`). */
  kinds: readonly number[];
  /**
   * The phrase stands in a line written wholly in capitals (a ticker, a flash headline): there a
   * capital says nothing, so no word is a stranger or a name for being capitalised (caps-line.ts).
   */
  caseless?: boolean;
}

/**
 * Whether the word at `at` is capitalised in a way that says something: in a line wholly in
 * capitals ("*PAKISTAN CONDEMNS U.S. ATTACKS ON IRAN NUCLEAR FACILITIES") it does not.
 */
export const capitalisedAt = (index: PhraseIndex, phrase: Phrase, at: number): boolean =>
  !phrase.caseless && isUpperAt(index.text, at);

/**
 * Whether the month's name at `at` is a date: capitalised in prose, unless it opens the sentence
 * ("May God …"); in capitals, unless it is also a common word ("PAKISTAN MAY JOIN", "TLP MARCH").
 */
export function monthAt(index: PhraseIndex, phrase: Phrase, at: number, word: string): boolean {
  if (phrase.caseless) return word !== 'may' && word !== 'march';
  return isUpperAt(index.text, at) && (word.length > 3 || !opensSentence(index.text.text, at));
}

/** A name or demonym: a participant's cue. */
export const isCue = (item: Item | undefined): boolean =>
  item !== undefined && (item.kind === 'name' || item.kind === 'demonym');
/** A year, as a whole word. */
export const YEAR = /^(?:19|20)\d\d$/;

/** "four days of", "two years of", "twelve days of" ending at `of` (its start): the span as "four-day". */
export function spanOf(
  s: string,
  lower: string,
  of: number,
): { start: number; modifier: string } | undefined {
  const m = durationAtEnd(lower.slice(Math.max(0, of - 24), of));
  if (!m) return undefined;
  return { start: of - m.span.length, modifier: `${m.count}-${m.unit}` };
}

/**
 * A capital the matcher read as the city (so no match stands there), as an item for its state.
 * The city is where something happened, not who took part: it counts only for an event that took
 * place in its state ("a ceremony in Islamabad" is not the summit Pakistan attended in Egypt).
 */
export function capitalCity(index: PhraseIndex, at: number): Item | undefined {
  const alias = aliasStartingAt(index.dict, index.text, at);
  if (alias < 0 || index.dict.aliasContext[alias] !== CONTEXT_CAPITAL) return undefined;
  if (entityCount(index.dict, alias) !== 1) return undefined;
  const entity = firstEntity(index.dict, alias);
  return { start: at, end: walked.bestEnd, kind: 'name', entity, cue: -1, kinds: [], site: true };
}

/**
 * Where a noun of a document's text ends that follows a name ending at `at` ("the Israel clause",
 * phrase-words.ts `TEXT_NOUNS`), or -1: the name is then a word of the text, not a participant.
 */
export function textNounEnd(index: PhraseIndex, at: number): number {
  const s = index.text.text;
  const noun = spacesForward(s, at);
  const end = wordEndAfter(s, noun);
  return noun > at && TEXT_NOUNS.has(index.text.lower.slice(noun, end)) ? end : -1;
}
