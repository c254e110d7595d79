/**
 * The epithet recogniser: a role phrase standing for a person ("the field marshal", "the army
 * chief", "the Pakistani premier", "Pakistan's prime minister") links to the one knowledge-base
 * holder of that office the page names, and to nobody when another holder of it is named nearby
 * (in the same block): a second KB holder, or anyone else with that title ("Indian Prime
 * Minister Narendra Modi", "the Indian premier"). A title written before a name ("Prime Minister
 * Narendra Modi", "President Masoud Pezeshkian") is part of that name, not an epithet.
 */
import type { RawMatch } from './matcher';
import { roleKeys, STATE_ONLY_PHRASES } from './phrase-link';
import { isOrdinaryOpener, SENTENCE_OPENERS } from './name-words';
import { nameTitledSurname } from './titled-surname';
import { holdsOffice, praiseBefore, readBefore, stateOfItem } from './role-lead';
import { fieldEntry, namesTheOffice } from './role-office';
import {
  isUpperAt,
  spacesBack,
  spacesForward,
  wordEndAfter,
  wordStartBefore,
  type Item,
  type PhraseIndex,
} from './phrase-index';
import { wordSet } from './word-list';

/** A KB person holding an office, and the state the office belongs to (-1 when the KB does not say). */
export interface Holder {
  entity: number;
  state: number;
  /** Held only by a wider office's title (phrase-link.ts): meant only by a phrase naming the state. */
  loose?: true;
}

interface Candidate {
  start: number;
  end: number;
  key: number;
  qualifier: number;
  holders: Holder[];
}

/** Someone holding an office the text names, whom the knowledge base does not know ("Indian Prime Minister Narendra Modi"). */
interface OtherHolder {
  key: number;
  /** The state the text ties the office to, or -1. */
  state: number;
}

/**
 * Whether a role phrase after `item` and a comma describes it: a person's name, or capitalised
 * words the KB does not know. Not a place's, nor a body's or an event's the KB files ("a
 * delegation's visit to the State Department, the field marshal arrived"): an office a person
 * holds describes no building, ministry or summit.
 */
function describesName(index: PhraseIndex, item: Item | undefined): boolean {
  if (item?.kind !== 'name') return false;
  return item.entity < 0 || index.entities[item.entity]!.kind === 'person';
}

/** Whether a person's name starts at `at` (a KB person's, or capitalised words the KB does not know): not "PM: Pakistan will respond". */
function fieldOfName(index: PhraseIndex, at: number): boolean {
  if (!startsName(index, at)) return false;
  const item = index.at(at);
  if (!item || item.kind !== 'name' || item.entity < 0) return !item;
  return index.entities[item.entity]!.kind === 'person';
}

/**
 * The KB person whose name starts at `at` or after up to three capitalised words before it (a
 * rank or honorific the KB does not file with the name: "Field Marshal Syed Asim Munir",
 * "General Syed Asim Munir"); else whatever item starts at `at`.
 */
function personAhead(index: PhraseIndex, at: number): Item | undefined {
  const first = index.at(at);
  const s = index.text.text;
  for (let k = at, n = 0; n < 4 && isUpperAt(index.text, k); n++) {
    const item = index.at(k);
    if (item?.kind === 'name' && item.entity >= 0 && index.entities[item.entity]!.kind === 'person')
      return item;
    const end = wordEndAfter(s, k);
    if (s[end] !== ' ') break;
    k = end + 1;
  }
  return first;
}

/**
 * A capitalised word that can start a name (not "Who" or "The" in a Title Case headline). A
 * vowel and "s" ends given names ("President Abbas", "General Idris", "President Yunus") more
 * often than a headline's verb or a plural after a title.
 */
function startsName(index: PhraseIndex, at: number): boolean {
  if (!isUpperAt(index.text, at)) return false;
  const word = index.text.lower.slice(at, wordEndAfter(index.text.text, at));
  return !isOrdinaryOpener(word) || (/[aiou]s$/.test(word) && !SENTENCE_OPENERS.has(word));
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
  const found: RawMatch[] = [];
  for (const title of titles) {
    const key = title.cue;
    if (
      STATE_ONLY_PHRASES.has(lower.slice(title.start, title.end)) &&
      qualifierBefore(index, title.start) < 0
    )
      continue;
    // "Deputy PM Ishaq Dar", "vice-president JD Vance": another office, whose holder is no rival.
    const joint = s[title.start - 1] === '-' ? title.start - 1 : spacesBack(s, title.start);
    const leadWord = lower.slice(wordStartBefore(s, joint), joint);
    if (joint < title.start && (LESSER_OFFICE.has(leadWord) || leadWord.endsWith('-time'))) continue;
    let next = spacesForward(s, title.end);
    // "the general debate", "the premier league": the title word describes another noun.
    const after = lower.slice(next, wordEndAfter(s, next));
    if (TITLE_COMPOUNDS.has(after) || TITLE_PLACES.has(after)) continue;
    // "the Secretary-General", "the president-elect": a hyphen joins the title into another one.
    if (/^-\p{L}/u.test(s.slice(title.end, title.end + 2))) continue;
    // "a retired Indian Army general told …": someone else of that rank, unnamed. (Offices have
    // one holder at a time, and "a prime minister" is mostly a generic one.)
    if (RANKS.has(key) && indefiniteBefore(lower, title.start)) {
      others.push({ key, state: -1 });
      continue;
    }
    // "Prime Minister: Shehbaz Sharif" in a fact box names the office, its holder after the colon.
    if (s[next] === ':' && fieldOfName(index, spacesForward(s, next + 1))) continue;
    // A title before a name, or a name in apposition ("the army chief, General …"), is that name's.
    const comma = s[next] === ',';
    if (comma) next = spacesForward(s, next + 1);
    if (next > title.end && startsName(index, next)) {
      const named = personAhead(index, next);
      const person =
        named?.entity !== undefined && named.entity >= 0 ? index.entities[named.entity] : undefined;
      const state = qualifierBefore(index, title.start);
      if (!person || person.kind !== 'person' || !person.roles?.some((r) => r.key === key))
        others.push({ key, state });
      else {
        nameTitledSurname(index, named, title, key, state, fullNames);
        // "the army chief, Field Marshal Asim Munir": a role phrase set off before its holder's
        // name is a mention of him of its own (the corpus guide's ruling on role phrases before a
        // naming). A title alias ("Pakistan's Army Chief, …") joins the name in the matcher instead.
        if (comma) appositive(index, title, named!.entity, state, found);
      }
      continue;
    }
    // "the Prime Minister's Office": the name of an office, not its holder.
    if (/^'s\s+\p{Lu}/u.test(s.slice(title.end, title.end + 6))) continue;
    const before = readBefore(index, title);
    // A bare "Leader" ("Leader: the nation defeated …", "Leader's message") is the title Iranian
    // outlets give their Supreme Leader, not a president's.
    if (!before || (key === LEADER && before.start === title.start)) continue;
    if (before.start === title.start && fieldEntry(s, title.start, title.end)) continue;
    // "Daniel Rosen, the president of the American Jewish Congress": a description of the name
    // before, unless that name is a place ("Inside Pakistan, the army chief emerged …"), which
    // may be where the holder is rather than whose office it is ("In Sharm el-Sheikh, the prime
    // minister …"): it qualifies nothing.
    const lead = spacesBack(s, before.start);
    const described = s[lead - 1] === ',' ? index.ending(spacesBack(s, lead - 1)) : undefined;
    if (describesName(index, described)) {
      // "Asim Munir, Trump's favourite field marshal" names him; "Asim Munir, the army chief" is one name (refusals.test.ts).
      if (
        title.cue === FIELD_MARSHAL &&
        praiseBefore(s, lower, title.start) < title.start &&
        holdsOffice(index, described!.entity, key, before.qualifier)
      )
        found.push({
          start: before.start,
          end: title.end,
          alias: -1,
          phrase: { via: 'epithet', holders: [described!.entity] },
        });
      continue;
    }
    if (namesTheOffice(s, before.start, title.end)) continue;
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
    const qualified = holders[key]!.filter((h) => (qualifier < 0 ? !h.loose : h.state === qualifier));
    if (qualified.length === 0) {
      others.push({ key, state: qualifier }); // "the Indian premier": someone else holds that office here
      continue;
    }
    candidates.push({ start: before.start, end, key, qualifier, holders: qualified });
  }
  let names: Item[] | undefined;
  for (const c of candidates) {
    // A phrase naming its state ("the US president") is told apart from a holder the text ties
    // to no state ("President Sisi"); a bare one is not.
    const rival = others.some((o) => o.key === c.key && (c.qualifier < 0 || o.state === c.qualifier));
    if (rival) continue;
    const near = new Set<number>();
    names ??= index.ofKind('name');
    for (const item of names) if (c.holders.some((h) => h.entity === item.entity)) near.add(item.entity);
    if (near.size > 1) continue;
    const meant = near.size === 1 ? [...near] : c.holders.map((h) => h.entity);
    found.push({ start: c.start, end: c.end, alias: -1, phrase: { via: 'epithet', holders: meant } });
  }
  return found.toSorted((a, b) => a.start - b.start);
}

/**
 * Adds the role phrase before a comma and `holder`'s name as an epithet of him, spanning its
 * "the" or qualifier ("the army chief, …"), or the title alone after a pronoun ("Its army
 * chief, Asim Munir").
 */
function appositive(index: PhraseIndex, title: Item, holder: number, state: number, found: RawMatch[]) {
  const before = readBefore(index, title);
  if (!before) {
    const k = spacesBack(index.text.text, title.start);
    const word = index.text.lower.slice(wordStartBefore(index.text.text, k), k);
    if (k === title.start || !DETERMINERS.has(word) || /^(?:a|an|another)$/.test(word)) return;
  }
  if (!holdsOffice(index, holder, title.cue, before?.qualifier ?? state)) return;
  const start = before?.start ?? title.start;
  found.push({ start, end: title.end, alias: -1, phrase: { via: 'epithet', holders: [holder] } });
}

/**
 * Nouns a title word may describe instead of naming a person: "the general debate", "the premier
 * league", "the president's office" is not here (a possessive is the holder's).
 */
const TITLE_COMPOUNDS =
  wordSet(`debate assembly election elections public secretary staff headquarters consensus strike strikes
  purpose manager counsel council amnesty hospital store trend mood level idea sense view rule
  principle population audience interest welfare knowledge direction practice body league division`);

/** Another office or a past holder's title: "Deputy PM Ishaq Dar", "vice-president JD Vance", "ex-PM". */
const LESSER_OFFICE = wordSet(`deputy vice former ex late then`);

/** A building's or an office's name after a title: "PM House", "Prime Minister Secretariat". */
const TITLE_PLACES = wordSet(`house office secretariat palace residence`);

/** Role keys that are ranks many hold at once, not offices: the unnamed others of the rank are rivals. */
const RANKS = new Set([roleKeys.indexOf('general')]);
const LEADER = roleKeys.indexOf('leader');
const FIELD_MARSHAL = roleKeys.indexOf('field-marshal');

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
