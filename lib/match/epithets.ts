/**
 * The epithet recogniser: a role phrase standing for a person ("the field marshal", "the army
 * chief", "the Pakistani premier", "Pakistan's prime minister") links to the one knowledge-base
 * holder of that office the page names, and to nobody when another holder of it is named nearby
 * (in the same block): a second KB holder, or anyone else with that title ("Indian Prime
 * Minister Narendra Modi", "the Indian premier"). A title written before a name ("Prime Minister
 * Narendra Modi", "President Masoud Pezeshkian") is part of that name, not an epithet.
 */
import type { RawMatch } from './matcher';
import { roleKeys } from './phrase-link';
import { endsWithPhrase, foldAscii, lastWords } from './word-reader';
import { isOrdinaryOpener } from './name-words';
import { nameTitledSurname } from './titled-surname';
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

/** A KB person holding an office, and the state the office belongs to (-1 when the KB does not say). */
export interface Holder {
  entity: number;
  state: number;
}

interface Candidate {
  start: number;
  end: number;
  key: number;
  qualifier: number;
  holders: Holder[];
}

/** The state an item stands for, as a qualifier ("Pakistani", "US", "Pakistan's"). */
function stateOfItem(index: PhraseIndex, item: Item | undefined): number {
  if (!item || (item.kind !== 'name' && item.kind !== 'demonym') || item.entity < 0) return -1;
  const entity = index.entities[item.entity]!;
  return entity.kind === 'state' ? item.entity : -1;
}

/**
 * What stands before a title: "the", "the Pakistani", "Pakistan's", a qualifier alone ("Iranian
 * president said"), or nothing at the start of a line ("PM hails …", "Army chief in Cairo").
 */
function readBefore(index: PhraseIndex, title: Item): { start: number; qualifier: number } | undefined {
  const s = index.text.text;
  const lower = index.text.lower;
  // "the same army chief", "Pakistan's new field marshal"
  const lead = adjectivesBefore(s, lower, title.start);
  const praised = lead < title.start;
  let k = spacesBack(s, lead);
  if (k === lead || opensSentence(s, lead)) {
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
    if (qualifier < 0) return undefined;
    if (possessive) return { start: item.start, qualifier };
    k = spacesBack(s, item.start);
    if (k === item.start || opensSentence(s, item.start)) return { start: item.start, qualifier };
    const word = lower.slice(wordStartBefore(s, k), k);
    // "the Iranian president", or after a preposition: "PM speaks to Iranian president".
    if (word !== 'the')
      return /^(?:to|with|from|by|for|on|at|of|and)$/.test(word)
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
  return word === 'the' || (praised && PRAISING_DETERMINERS.has(word)) ? { start, qualifier } : undefined;
}

/**
 * Words that may stand between "the" and a title without changing whose title it is ("the same
 * army chief", "Pakistan's new field marshal"). Not "former" or "next": those name another
 * holder. Not praise ("my favourite field marshal"): the corpus labels read that as a quoted
 * nickname more often than as a mention.
 */
export const ROLE_ADJECTIVES = new Set(['new', 'same']);
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

/** Someone holding an office the text names, whom the knowledge base does not know ("Indian Prime Minister Narendra Modi"). */
interface OtherHolder {
  key: number;
  /** The state the text ties the office to, or -1. */
  state: number;
}

/**
 * Words before a role phrase that make it the office rather than its holder: "a post to be held
 * by the army chief", "immunity similar to that of the president", "the same immunity as the
 * president". Lower case, as written before the phrase's "the".
 */
const OFFICE_LEADS = new Set(['to be held by', 'that of']);

/** Whether the words before `start` speak of the office itself (`OFFICE_LEADS`, "the same … as"). */
function namesTheOffice(s: string, start: number): boolean {
  const read = lastWords(s.slice(Math.max(0, start - 60), start), 6);
  if (!read || read.words.length === 0) return false;
  if (endsWithPhrase(read, 0, OFFICE_LEADS, 4, false)) return true;
  return (
    foldAscii(read.words[0]!, false) === 'as' &&
    read.words.slice(1).some((w) => foldAscii(w, false) === 'same')
  );
}

/** Whether a role phrase after `item` and a comma describes it: a person's or a body's name, not a place's. */
function describesName(index: PhraseIndex, item: Item | undefined): boolean {
  if (item?.kind !== 'name') return false;
  const kind = item.entity >= 0 ? index.entities[item.entity]!.kind : undefined;
  return kind !== 'state' && kind !== 'place';
}

/** A capitalised word that can start a name (not "Who" or "The" in a Title Case headline). */
function startsName(index: PhraseIndex, at: number): boolean {
  if (!isUpperAt(index.text, at)) return false;
  const word = index.text.lower.slice(at, wordEndAfter(index.text.text, at));
  return !isOrdinaryOpener(word);
}

export function recogniseEpithets(
  index: PhraseIndex,
  titles: readonly Item[],
  holders: readonly Holder[][],
  fullNames: Int32Array,
): RawMatch[] {
  const s = index.text.text;
  const lower = index.text.lower;
  const others: OtherHolder[] = [];
  const candidates: Candidate[] = [];
  for (const title of titles) {
    const key = title.cue;
    let next = spacesForward(s, title.end);
    // "the general debate", "the premier league": the title word describes another noun.
    if (TITLE_COMPOUNDS.has(lower.slice(next, wordEndAfter(s, next)))) continue;
    // "a retired Indian Army general told …": someone else of that rank, unnamed. (Offices have
    // one holder at a time, and "a prime minister" is mostly a generic one.)
    if (RANKS.has(key) && indefiniteBefore(lower, title.start)) {
      others.push({ key, state: -1 });
      continue;
    }
    // A title before a name, or a name in apposition ("the army chief, General …"), is that name's.
    if (s[next] === ',') next = spacesForward(s, next + 1);
    if (next > title.end && startsName(index, next)) {
      const named = index.at(next);
      const person =
        named?.entity !== undefined && named.entity >= 0 ? index.entities[named.entity] : undefined;
      const state = qualifierBefore(index, title.start);
      if (!person || person.kind !== 'person' || !person.roles?.some((r) => r.key === key))
        others.push({ key, state });
      else nameTitledSurname(index, named, title, key, state, fullNames);
      continue;
    }
    // "the Prime Minister's Office": the name of an office, not its holder.
    if (/^'s\s+\p{Lu}/u.test(s.slice(title.end, title.end + 6))) continue;
    const before = readBefore(index, title);
    if (!before) continue;
    // "Daniel Rosen, the president of the American Jewish Congress": a description of the name
    // before, unless that name is a place ("Inside Pakistan, the army chief emerged …"), which
    // may be where the holder is rather than whose office it is ("In Sharm el-Sheikh, the prime
    // minister …"): it qualifies nothing.
    const lead = spacesBack(s, before.start);
    if (s[lead - 1] === ',' && describesName(index, index.ending(spacesBack(s, lead - 1)))) continue;
    if (namesTheOffice(s, before.start)) continue;
    let { qualifier } = before;
    let end = title.end;
    // "the prime minister of India"
    const of = spacesForward(s, end);
    if (lower.startsWith('of ', of)) {
      let at = spacesForward(s, of + 2);
      if (lower.startsWith('the ', at)) at = spacesForward(s, at + 3);
      const item = index.at(at);
      const state = stateOfItem(index, item);
      if (state >= 0) {
        qualifier = state;
        end = item!.end;
      } else if (item || startsName(index, at)) continue; // "the president of the American Jewish Congress"
    }
    const qualified = holders[key]!.filter((h) => qualifier < 0 || h.state === qualifier);
    if (qualified.length === 0) {
      others.push({ key, state: qualifier }); // "the Indian premier": someone else holds that office here
      continue;
    }
    candidates.push({ start: before.start, end, key, qualifier, holders: qualified });
  }
  const found: RawMatch[] = [];
  let names: Item[] | undefined;
  for (const c of candidates) {
    const rival = others.some(
      (o) => o.key === c.key && (o.state < 0 || c.qualifier < 0 || o.state === c.qualifier),
    );
    if (rival) continue;
    const near = new Set<number>();
    names ??= index.ofKind('name');
    for (const item of names) if (c.holders.some((h) => h.entity === item.entity)) near.add(item.entity);
    if (near.size > 1) continue;
    const meant = near.size === 1 ? [...near] : c.holders.map((h) => h.entity);
    found.push({ start: c.start, end: c.end, alias: -1, phrase: { via: 'epithet', holders: meant } });
  }
  return found;
}

/**
 * Nouns a title word may describe instead of naming a person: "the general debate", "the premier
 * league", "the president's office" is not here (a possessive is the holder's).
 */
const TITLE_COMPOUNDS = new Set(
  `debate assembly election elections public secretary staff headquarters consensus strike strikes
  purpose manager counsel council amnesty hospital store trend mood level idea sense view rule
  principle population audience interest welfare knowledge direction practice body league division`.split(
    /\s+/,
  ),
);

/** Role keys that are ranks many hold at once, not offices: the unnamed others of the rank are rivals. */
const RANKS = new Set([roleKeys.indexOf('general')]);

const DETERMINERS = new Set([
  'a',
  'an',
  'another',
  'the',
  'this',
  'that',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
]);

/** Whether "a", "an" or "another" stands up to five words before `start` in the same clause ("a retired Indian Army general"). */
function indefiniteBefore(lower: string, start: number): boolean {
  const clause = /[^.,;:!?()"“”\n]*$/.exec(lower.slice(Math.max(0, start - 60), start))![0];
  const words = clause.trim().split(/\s+/).filter(Boolean).slice(-5);
  // The nearest determiner decides: "a coup for the general" is definite.
  const determiner = words.findLast((w) => DETERMINERS.has(w) || w.endsWith("'s"));
  return determiner === 'a' || determiner === 'an' || determiner === 'another';
}

/** The state a qualifier right before `start` names ("Indian", "US", "India's"), or -1. */
function qualifierBefore(index: PhraseIndex, start: number): number {
  const k = spacesBack(index.text.text, start);
  const possessive = index.text.lower.startsWith("'s", k - 2);
  return stateOfItem(index, index.ending(possessive ? k - 2 : k));
}
