/**
 * Rules that need only the text around one match: an all-capitals acronym inside an
 * all-capitals run ("LET US KNOW") is not the acronym; a capital city read as a place
 * (capital-place.ts) or inside another name ("The Islamabad Ledger") is not its government; a title after "a" or "former" names no one in particular; and a name in capitals
 * glued to others by slashes is a wire slug ("PAKISTAN-USA/MUNIR"), not prose, unless the slug
 * heads a story in ordinary case ("USA-PAKISTAN/Army chief at White House").
 */
import {
  CONTEXT_CAPITAL,
  CONTEXT_SHORT_FORM,
  FLAG_ACRONYM,
  FLAG_CASE_SENSITIVE,
  FLAG_EVENT,
  FLAG_PERSON,
  FLAG_STATE,
  type CompiledDictionary,
} from './dictionary';
import { readsAsPlace, type IsKnownName } from './capital-place';
import { placeAfter } from './capital-place-after';
import { HEAD_WORDS } from './name-heads';
import { acronymInCaps, capitalOpensCapsClause, inCapsLine } from './caps-line';
import type { NormalizedText } from './normalize';
import { lastWordIn } from './word-reader';
import { isWordCode } from './words';
import { wordSet } from './word-list';

/** The word before `start` (skipping a few separators), or ''. */
export function wordBefore(text: string, start: number): string {
  let end = start;
  while (end > 0 && end > start - 4 && !isWordCode(text.charCodeAt(end - 1))) end--;
  let begin = end;
  while (begin > 0 && isWordCode(text.charCodeAt(begin - 1))) begin--;
  return text.slice(begin, end);
}

/** The word after `end` (skipping a few separators), or ''. */
export function wordAfter(text: string, end: number): string {
  let begin = end;
  while (begin < text.length && begin < end + 4 && !isWordCode(text.charCodeAt(begin))) begin++;
  let stop = begin;
  while (stop < text.length && isWordCode(text.charCodeAt(stop))) stop++;
  return text.slice(begin, stop);
}

const shouting = (word: string) => word.length >= 2 && /^[A-Z0-9]+$/.test(word) && /[A-Z]/.test(word);

/**
 * "a Pakistani prime minister", "a former Foreign Office official": a title, not the office holder.
 * The last word before the name looked up in a Set (word-reader.ts), not an alternation regexp:
 * V8 compiled each of these two to ~15 KB of machine code.
 */
const GENERIC_BEFORE = new Set('a an any every another no former ex- previous successive future'.split(' '));
/** For an event's short name only words that make it some other or hypothetical one count ("another Nobel nomination"). */
const GENERIC_EVENT_BEFORE = new Set('any every another no future next new possible potential'.split(' '));
const THE = new Set(['the']);

/** Whether the word starting at `at` begins with a lower-case letter ("trump card", "the gulf"). */
function lowerCaseAt(text: string, at: number): boolean {
  const ch = text[at]!;
  return ch !== ch.toUpperCase();
}

/** Where the `n`-th (1-based) word of a match starts. */
function nthWordStart(text: string, start: number, end: number, n: number): number {
  let at = start;
  for (let word = 1; word < n && at < end; word++) {
    while (at < end && isWordCode(text.charCodeAt(at))) at++;
    while (at < end && !isWordCode(text.charCodeAt(at))) at++;
  }
  return at;
}

/** An all-capitals word right next to a match ("LET US KNOW"), not one set apart ("QURESHI / AFP"). */
function shoutingNeighbour(text: string, start: number, end: number): boolean {
  // Joined by spaces, or glued by a hyphen or slash as in a wire slug ("PAKISTAN-USA/MUNIR").
  const before = /([A-Z0-9]+)(?: +|[-/])$/.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  const after = /^(?: +|[-/])([A-Z0-9]+)\b/.exec(text.slice(end, end + 30))?.[1];
  return (before !== undefined && shouting(before)) || (after !== undefined && shouting(after));
}

/** Whether every cased letter from `start` to `end` is a capital (and there is one). */
function allCapitals(text: NormalizedText, start: number, end: number): boolean {
  let upper = false;
  for (let k = start; k < end; k++) {
    const code = text.text.charCodeAt(k);
    if (code !== text.lower.charCodeAt(k)) upper = true;
    else if (code >= 0x61 && code <= 0x7a) return false;
    else if (code > 0x7f) {
      const ch = text.text[k]!;
      if (ch !== ch.toUpperCase()) return false;
    }
  }
  return upper;
}

/** An organisation's name ending in a lower-case word, followed by a noun it describes. */
function attributive(text: NormalizedText, start: number, end: number): boolean {
  const s = text.text;
  // Cheap tests first: a space and a lower-case letter after the name.
  if (s.charCodeAt(end) !== 0x20 || !(s.charCodeAt(end + 1) >= 0x61 && s.charCodeAt(end + 1) <= 0x7a))
    return false;
  const lastSpace = s.lastIndexOf(' ', end - 1);
  if (lastSpace < start || !lowerCaseAt(s, lastSpace + 1)) return false;
  const noun = /^ +(top brass|[a-z]+)(?![a-z])/.exec(s.slice(end, end + 30))?.[1];
  return noun !== undefined && ATTRIBUTIVE_NOUNS.has(noun.replace(' ', '_'));
}

/** Nouns an organisation's name can qualify ("a Pakistani military leader", "army officials"). */
// A word list, not an alternation: the content script loads its words from the manifest.
const ATTRIBUTIVE_NOUNS = wordSet(
  `leader leaders chief chiefs commander commanders officer officers official officials spokesman spokeswoman spokesperson establishment personnel ruler rulers brass top_brass figure figures source sources`,
);

/**
 * A place noun or an institution's head after a capital in capitals ("DOHA AIRSPACE CLOSED",
 * "TEL AVIV BANK ECONOMIST"): the city, or another name, not the government.
 */
function placeOrInstitutionAfter(text: NormalizedText, end: number): boolean {
  const after = text.lower.slice(end, end + 40);
  return placeAfter(after) || HEAD_WORDS.has(/^\s+([\p{L}-]+)/u.exec(after)?.[1] ?? '');
}

/**
 * A wire slug that heads a story in ordinary case ("USA-PAKISTAN/Army chief at White House"): the
 * names before its slash are the story's subjects, a reader's index, not a desk's filing code.
 */
const HEADING_SLUG = /^[A-Z0-9-]*[/][A-Z][a-z]/;

export function passesLocalRules(
  dict: CompiledDictionary,
  text: NormalizedText,
  m: { start: number; end: number; alias: number },
  isKnownName?: IsKnownName,
): boolean {
  const flags = dict.aliasFlags[m.alias]!;
  const capitalWord = dict.aliasCapital[m.alias]!;
  if (capitalWord > 0 && lowerCaseAt(text.text, nthWordStart(text.text, m.start, m.end, capitalWord)))
    return false;
  // In a line all in capitals a shouted neighbour says nothing: the words decide (caps-line.ts).
  if (
    flags & FLAG_ACRONYM &&
    shoutingNeighbour(text.text, m.start, m.end) &&
    !HEADING_SLUG.test(text.text.slice(m.end, m.end + 40)) &&
    !(inCapsLine(text, m.start, m.end) && acronymInCaps(text, m.start, m.end))
  )
    return false;
  const context = dict.aliasContext[m.alias];
  // "a Pakistani military leader": the organisation's name in lower case, describing a person.
  if (!(flags & (FLAG_PERSON | FLAG_EVENT | FLAG_STATE)) && attributive(text, m.start, m.end)) return false;
  const capitals = allCapitals(text, m.start, m.end);
  if (!capitals && context !== CONTEXT_SHORT_FORM && context !== CONTEXT_CAPITAL) return true;
  const before = text.text.slice(Math.max(0, m.start - 40), m.start);
  const after = text.text.slice(m.end, m.end + 40);
  if (
    capitals &&
    !(flags & FLAG_CASE_SENSITIVE) &&
    (/[/][A-Z0-9-]*$/.test(before) || /^[A-Z0-9-]*[/]/.test(after)) &&
    !HEADING_SLUG.test(after)
  ) {
    return false;
  }
  // "a Pakistani prime minister" names no one; "a former State Department official" still names the department.
  if (context === CONTEXT_SHORT_FORM) {
    const generic =
      flags & FLAG_EVENT ? GENERIC_EVENT_BEFORE : flags & FLAG_PERSON ? GENERIC_BEFORE : undefined;
    if (generic && lastWordIn(before, generic)) return false;
    // "The Strip" is Gaza's short form; without "the" the word is the common noun, its capital a
    // sentence's or a heading's ("Strip searches at the crossing").
    if (text.lower.slice(m.start, m.end) === 'strip' && !lastWordIn(before, THE)) return false;
  }
  if (context === CONTEXT_CAPITAL) {
    // "The Islamabad Ledger": inside another name.
    if (lastWordIn(before, THE) && /^\s+[A-Z][a-z]/.test(after)) return false;
    // A capital in capitals is a dateline, unless its whole line is in capitals and it opens a
    // clause there ("21:40 TEHRAN SAYS …").
    if (capitals)
      return (
        inCapsLine(text, m.start, m.end) &&
        capitalOpensCapsClause(text, m.start, m.end) &&
        !placeOrInstitutionAfter(text, m.end)
      );
    return !readsAsPlace(text, m, isKnownName);
  }
  return true;
}
