/**
 * The right side of an event's phrase (event-phrase.ts): up to two prepositional phrases after
 * the head noun that name its participants, places and dates ("between India and Pakistan",
 * "with Iranian President Masoud Pezeshkian", "with the prime minister", "in May").
 */
import { pairNamed } from './pair-words';
import type { PairKind } from './cue-data';
import type { Holder } from './epithets';
import { capitalCity, capitalisedAt, isCue, monthAt, textNounEnd, YEAR, type Phrase } from './event-phrase';
import { MONTH_NUMBERS } from './name-words';
import { isUpperAt, spacesForward, wordEndAfter, type Item, type PhraseIndex } from './phrase-index';
import {
  BROKER_VERBS,
  DETERMINERS,
  INSTALLATION_NOUNS,
  MODIFIERS,
  NP_WORDS,
  OFFICE_NOUNS,
  PREPOSITIONS,
} from './phrase-words';
import { minorPlaceAt, theCapitalAt } from './minor-places';
import { roleHolders } from './event-role-holders';

/** Courtesy titles before a name ("lunch with Mr Trump", "a call with Dr Pezeshkian"). */
const HONORIFIC = /^(?:mr|mrs|ms|dr)$/;

/** "between them", "between the two countries", "between the two leaders" (pair-words.ts). */
function pairOf(words: string): PairKind | undefined {
  if (/^between them$/.test(words)) return 'them';
  return pairNamed(words.replace(/\s+/g, ' '));
}

/**
 * Whether a list of names goes on after the comma at `comma`: a name (or a place the KB does not
 * name) follows, and the names go on to an "and" ("Fordow, Natanz and Isfahan"). A name after
 * a comma alone is an apposition ("Sharm el-Sheikh, Egypt, on Monday"), not part of the phrase.
 */
function nameAfterComma(index: PhraseIndex, comma: number, depth = 0): boolean {
  const s = index.text.text;
  const next = spacesForward(s, comma + 1);
  if (next === comma + 1 || depth > 6) return false;
  const item = index.at(next);
  const name = isCue(item) ? item : minorPlaceAt(index.text, index.entities, next);
  if (!name) return false;
  if (s.startsWith(' and ', name.end)) return true;
  return s[name.end] === ',' && nameAfterComma(index, name.end, depth + 1);
}

/**
 * Words between a head and its participants: "to be deployed", "being assembled" (participles,
 * read only before a preposition), "meant to secure", "supposed to police" (a verb, group 1,
 * before its object or a preposition). A bare "to" is the preposition ("the visit to Israel").
 */
const BRIDGE =
  /^ (?:to be [a-z]+ed|being [a-z]+ed|(?:meant|supposed|expected|due|set|designed|tasked|intended) to (?:be [a-z]+ed|([a-z]+)))(?= )/;

/** Whether "'s" and a happening's head noun (with modifiers between) follow `at`. */
function possessiveOfHead(index: PhraseIndex, at: number): boolean {
  const s = index.text.text;
  if (!index.text.lower.startsWith("'s", at)) return false;
  let k = spacesForward(s, at + 2);
  for (let n = 0; n < 3; n++) {
    const item = index.at(k);
    if (item) return item.kind === 'head';
    const end = wordEndAfter(s, k);
    if (end === k || !MODIFIERS.has(index.text.lower.slice(k, end))) return false;
    k = spacesForward(s, end);
  }
  return false;
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
  let brokeredBy = false;
  if (after > at && /^[a-z]+ed$/.test(lower.slice(after, participleEnd))) {
    const next = spacesForward(s, participleEnd);
    const preposition = lower.slice(next, wordEndAfter(s, next));
    if (PREPOSITIONS.has(preposition)) at = participleEnd;
    // "the truce announced by Trump": who brokered it (event-phrase.ts `brokers`).
    brokeredBy = preposition === 'by' && BROKER_VERBS.has(lower.slice(after, participleEnd));
  }
  // "the force to be deployed in Gaza", "the force meant to secure Gaza": a purpose or
  // passive between the head and its participants; after a verb, its object names them.
  let objectAt = -1;
  const bridge = at === phrase.end ? BRIDGE.exec(lower.slice(at, at + 40)) : null;
  if (bridge) {
    const next = spacesForward(s, at + bridge[0].length);
    const prepositionNext = PREPOSITIONS.has(lower.slice(next, wordEndAfter(s, next)));
    // A capitalised word after "to" is a name ("address to Congress"), read as a preposition's.
    const verbAt = at + bridge[0].length - (bridge[1]?.length ?? 0);
    if (bridge[1] && isUpperAt(text, verbAt)) {
      // not a bridge
    } else if (prepositionNext) at += bridge[0].length;
    else if (bridge[1]) objectAt = at += bridge[0].length;
  }
  for (let pp = 0; pp < 2; pp++) {
    const k = spacesForward(s, at);
    if (k === at && objectAt !== at) return;
    // After a bridging verb, its object stands where a preposition's would.
    const prepEnd = objectAt === at ? at : wordEndAfter(s, k);
    const preposition = objectAt === at ? 'of' : lower.slice(k, prepEnd);
    if (!PREPOSITIONS.has(preposition)) return;
    let q = prepEnd;
    let npEnd = -1;
    let unknown = false;
    const found: Item[] = [];
    let installations = false;
    const roles: number[][] = [];
    /** Words of events' names read as adjectives since the last noun or name. */
    const trailing: string[] = [];
    let trailingAfter = -2;
    for (let n = 0; n < 10; n++) {
      let from = spacesForward(s, q);
      if (from === q && s[q] === ',' && found.length > 0 && nameAfterComma(index, q))
        from = spacesForward(s, q + 1);
      if (from === q) break;
      const item = index.at(from);
      // "post-war Gaza": a head noun inside a hyphenated word is no head; the word is read below.
      const hyphenated = item?.kind === 'head' && s[item.end] === '-';
      if (item && !hyphenated && (item.kind === 'bearer' || item.kind === 'event' || item.kind === 'head')) {
        unknown = item.kind === 'bearer';
        break;
      }
      if (item && !hyphenated) {
        // "against Iran and Washington's strikes": a possessive before another happening's head
        // opens that happening's phrase; this one ends before it.
        if (isCue(item) && possessiveOfHead(index, item.end)) break;
        // "attacks on Iran and US strikes on Fordow": so does a name right before a head noun.
        if (isCue(item) && found.length > 0 && index.at(spacesForward(s, item.end))?.kind === 'head') break;
        // "the Israel clause": the name is a word of the text, read as words of names are.
        const textEnd = isCue(item) ? textNounEnd(index, item.end) : -1;
        if (textEnd > 0) {
          phrase.modifiers.push(lower.slice(item.start, item.end));
          q = npEnd = textEnd;
          continue;
        }
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
      let wordEnd = wordEndAfter(s, from);
      if (wordEnd === from) break;
      // "20,000": one number, not "20" and a comma.
      while (/\d/.test(s[from]!) && s[wordEnd] === ',' && /\d/.test(s[wordEnd + 1] ?? ''))
        wordEnd = wordEndAfter(s, wordEnd + 1);
      const word = lower.slice(from, wordEnd);
      if (
        HONORIFIC.test(word) &&
        isCue(index.at(spacesForward(s, s[wordEnd] === '.' ? wordEnd + 1 : wordEnd)))
      ) {
        q = s[wordEnd] === '.' ? wordEnd + 1 : wordEnd;
        continue;
      }
      if (
        DETERMINERS.has(word) ||
        word === 'up' ||
        word === 'to' ||
        /^(?:some|about|nearly|around)$/.test(word)
      ) {
        if (n > 0 && (word === 'a' || word === 'an')) break;
        // "after the ceasefire between Israel and Iran our military chief …": a determiner right
        // after a noun or name opens another noun phrase (English has none after its noun).
        if (q === npEnd) break;
        q = wordEnd;
        continue;
      }
      if (word === 'and' && (found.length > 0 || roles.length > 0 || preposition === 'between')) {
        q = wordEnd;
        continue;
      }
      if (YEAR.test(word)) {
        // "for the 2026 Nobel Peace Prize": a year before a name is part of the name, not a date.
        if (!/^\s+[A-Z]/.test(s.slice(wordEnd, wordEnd + 2))) phrase.years.push(Number(word));
        q = npEnd = wordEnd;
        continue;
      }
      // "the brief war in May": a month, capitalised, is a date.
      if (MONTH_NUMBERS.has(word) && monthAt(index, phrase, from, word)) {
        phrase.months.push(MONTH_NUMBERS.get(word)!);
        q = npEnd = wordEnd;
        // "the air battle of May 7"
        const day = /^ (\d{1,2})(?![\d,])/.exec(s.slice(q, q + 4));
        if (day) {
          phrase.days.push(Number(day[1]));
          q = npEnd = q + day[0].length;
        }
        continue;
      }
      // "between them": a pair the sentence names (pairOf).
      if (word === 'them' && preposition === 'between' && n === 0) {
        q = npEnd = wordEnd;
        break;
      }
      // "strikes on Fordow", "the force for the Strip": a place the KB does not name, for the place
      // or state it lies in (before the phrase's nouns: "strip", "the enclave" are ones in lower case).
      // "the march on the capital": the capital of where the happening took place.
      const capital = theCapitalAt(lower, from, wordEnd);
      if (capital) {
        found.push(capital);
        q = npEnd = wordEnd;
        continue;
      }
      const named = isUpperAt(text, from) || lower.startsWith('the ', from - 4);
      const site = named ? minorPlaceAt(text, index.entities, from) : undefined;
      if (site) {
        found.push(site);
        q = npEnd = site.end;
        continue;
      }
      if (NP_WORDS.has(word) || /^\d[\d,.]*$/.test(word)) {
        if (INSTALLATION_NOUNS.has(word)) installations = true;
        q = npEnd = wordEnd;
        // "the head of the American Jewish Congress": an office's "of" stays in its noun phrase.
        if (OFFICE_NOUNS.has(word) && lower.startsWith(' of ', q)) q += 3;
        continue;
      }
      // An adjective ("deadly", "nuclear") belongs to the phrase only if a noun or name follows,
      // unless it is a word of some event's own names ("for the Nobel Peace Prize"): then read below.
      if (MODIFIERS.has(word)) {
        if (trailingAfter !== npEnd) {
          trailing.length = 0;
          trailingAfter = npEnd;
        }
        trailing.push(index.eventWords.has(word) && isUpperAt(text, from) ? word : '');
        q = wordEnd;
        continue;
      }
      // "march on Islamabad": a capital read as the city still places the phrase in its state.
      const city = isUpperAt(text, from) ? capitalCity(index, from) : undefined;
      if (city) {
        found.push(city);
        q = npEnd = city.end;
        continue;
      }
      // "the change to the passport wording": a word of some event's own names.
      if (index.eventWords.has(word)) {
        phrase.modifiers.push(word);
        q = npEnd = wordEnd;
        continue;
      }
      if (capitalisedAt(index, phrase, from)) unknown = true;
      break;
    }
    // "the nomination for the Nobel Peace Prize": a name the KB does not file, in capitalised words
    // of an event's names, ends the phrase (not a head noun after them: "the call for the peace
    // summit"; nor lower-case adjectives of a noun: "Pakistan's travel document").
    if (
      !unknown &&
      trailing.length > 0 &&
      trailingAfter === npEnd &&
      trailing.every((w) => w.length > 0) &&
      !index.at(spacesForward(s, q))
    ) {
      phrase.modifiers.push(...trailing);
      npEnd = q;
    }
    // "Israeli strikes in Rafah": a stranger right after the preposition (event-phrase.ts `strangerAfter`).
    if (pp === 0 && unknown && found.length === 0) phrase.strangerAfter = true;
    if (npEnd < 0) return;
    if (pp === 0) {
      if (unknown) phrase.unknownName = true;
      if (brokeredBy) for (const item of found) if (item.entity >= 0) phrase.brokers.push(item.entity);
      if (found.length === 0 && roles.length === 0) phrase.pair = pairOf(lower.slice(k, npEnd));
      phrase.items.push(...found);
      if (preposition === 'on' || preposition === 'against') phrase.struck = found.map((i) => i.entity);
      phrase.between = preposition === 'between';
      // "attacks on Iran's nuclear facilities": installations of a state named in the phrase are
      // sites in it, which place the happening there (event-score.ts), as "Fordow" does.
      if (installations)
        for (const item of found) {
          const state = item.entity >= 0 ? (index.entities[item.entity]!.state ?? item.entity) : -1;
          if (state >= 0 && index.entities[state]!.kind === 'state') phrase.sitesIn.push(state);
        }
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
