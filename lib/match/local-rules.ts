/**
 * Rules that need only the text around one match: an all-capitals acronym inside an
 * all-capitals run ("LET US KNOW") is not the acronym; a capital city written as a dateline
 * ("ISLAMABAD, June 5 —"), used as a place ("talks in Islamabad", "the route to Islamabad",
 * "around Lahore and Islamabad") or inside another name ("The Islamabad Ledger") is not its
 * government; a title after "a" or "former" names no one in particular; and a name in capitals
 * glued to others by slashes is a wire slug ("PAKISTAN-USA/MUNIR"), not prose.
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
import type { NormalizedText } from './normalize';
import { isWordCode } from './words';

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

const MOTION =
  'travel+(?:ed|ing|s)?|fl(?:ew|ies|y|ying|own)|went|go(?:es|ing|ne)?|arriv(?:ed|es|ing|al)|return(?:ed|s|ing)?|visit(?:ed|s|ing)?|trips?|journey|mov(?:ed|es|ing)|head(?:ed|s|ing)?|came|com(?:es|ing)|back|flights?|relocat(?:ed|es|ing)|embassy|route|roads?|way|march(?:ed|es|ing)?|convoys?|drive|drove|driv(?:ing|en)|evacuat(?:ed|ion)|fled|flee(?:ing)?|bus(?:es)?|trains?|highway|motorway|direct(?:ed)?|bound|returnees|shift(?:ed|ing)?|transferr?(?:ed|ing)?|deport(?:ed|ation)|report(?:ed|ing|s)?|reporting|contribut(?:ed|ing)|dispatch(?:ed)?|brought|sent|flown';
/**
 * A capital as a place: "in Islamabad", "talks at Tehran", "flew to Washington", "the route to
 * Islamabad", "planning to reach Islamabad", "will visit Islamabad", "reported from Islamabad".
 */
const PLACE_BEFORE = new RegExp(
  `(?:(?:^|\\s)(?:in|at|near|outside|inside|around|across|via|into|toward|towards|throughout|within|reach(?:ed|es|ing)?|enter(?:ed|s|ing)?|visit(?:ed|s|ing)?|left|leav(?:e|es|ing)|edge of|streets of|outskirts of|residents of|city of|capital,?)|(?:${MOTION})(?:\\s+(?:on|back|out|off|straight|directly|home))?\\s+(?:to|from|for|into|towards?|on))\\s+$`,
  'i',
);
/**
 * "Officials in Islamabad", "few in Washington", "reaction from Tehran": the people of a
 * government, so the capital stands for it even after "in" or "from".
 */
const GOVERNMENT_BEFORE =
  /(?:^|\s)(?:officials?|policymakers|policy-makers|leaders|leadership|diplomats|decision-makers|establishment|government|regime|administration|rulers|few|many|nobody|no one|everyone|some|most|circles|corridors of power|reaction|response|statement|word|signals?|message|pressure|demands?)\s+(?:in|from)\s+$/i;
/** "In Washington, officials are waiting": the people of the government right after the name. */
const GOVERNMENT_AFTER =
  /^,?\s+(?:where\s+)?(?:officials?|policymakers|policy-makers|lawmakers|diplomats|leaders|the government|the administration|decision-makers)\b/i;
/** Urdu marks place with a postposition: "واشنگٹن میں" is "in Washington". */
const PLACE_AFTER =
  /^(?:\s+(?:میں|سے|پہنچ)|-based\b|\s+(?:office|bureau|airport|residents|streets|police|district|city|correspondent)\b)/;
/** "ISLAMABAD, June 24 —", "Islamabad, 24 June (Reuters) -", "WASHINGTON —": not "Islamabad, by contrast, …". */
const DATELINE_AFTER = /^\s*(?:,\s*(?:\p{Lu}\p{Ll}{2,}\.?\s+\d|\d)|\(|[-—–:])/u;
/** "a Pakistani prime minister", "a former Foreign Office official": a title, not the office holder. */
const GENERIC_BEFORE = /(?:^|\s)(?:a|an|any|every|another|no|former|ex-|previous|successive|future)\s+$/i;
/** For an event's short name only words that make it some other or hypothetical one count ("another Nobel nomination"). */
const GENERIC_EVENT_BEFORE = /(?:^|\s)(?:any|every|another|no|future|next|new|possible|potential)\s+$/i;
/**
 * A capital listed with a city that is not a capital the knowledge base knows: "Lahore and
 * Islamabad", "Islamabad, Rawalpindi and Peshawar". Two capitals together ("Washington and
 * Beijing") are governments, and the caller checks that the other word is not an alias.
 */
const CITY_LIST_BEFORE = /((?:[A-Z][\p{L}.-]*\s+){0,2}[A-Z][\p{L}.-]*)(?:,\s*|\s+(?:and|or|&)\s+)$/u;
const CITY_LIST_AFTER = /^(?:,\s*|\s+(?:and|or|&)\s+)([A-Z][\p{L}.-]*(?:\s+[A-Z][\p{L}.-]*){0,2})/u;

/** The last (or first) one, two and three words of a run of names. */
function namePieces(run: string, fromEnd: boolean): string[] {
  const words = run.split(/\s+/);
  return words.map((_, i) => (fromEnd ? words.slice(words.length - 1 - i) : words.slice(0, i + 1)).join(' '));
}

/** Whether a capital is listed with a city the knowledge base does not know as a capital. */
export type IsKnownName = (word: string) => boolean;

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

/**
 * Whether a capital ("Washington", "Islamabad") is read as the city rather than the government:
 * a dateline, a place after "in"/"to"/"reach", listed with a city the KB does not know.
 */
export function readsAsPlace(
  text: NormalizedText,
  m: { start: number; end: number },
  isKnownName?: IsKnownName,
): boolean {
  const written = text.text.slice(m.start, m.end);
  const before = text.text.slice(Math.max(0, m.start - 40), m.start);
  const after = text.text.slice(m.end, m.end + 40);
  const lineStart = m.start === 0 || /[\n\r]\s*$/.test(before);
  if (lineStart && DATELINE_AFTER.test(after)) return true;
  if (written === written.toUpperCase() && written !== written.toLowerCase()) return lineStart;
  // "In Washington's telling" is the government speaking, preposition or not.
  if (/^'s\b/.test(after)) return false;
  if (PLACE_AFTER.test(after)) return true;
  if (PLACE_BEFORE.test(before) && !GOVERNMENT_BEFORE.test(before) && !GOVERNMENT_AFTER.test(after))
    return true;
  if (isKnownName) {
    const listedBefore = CITY_LIST_BEFORE.exec(before)?.[1];
    const listedAfter = CITY_LIST_AFTER.exec(after)?.[1];
    const others = listedBefore
      ? namePieces(listedBefore, true)
      : listedAfter
        ? namePieces(listedAfter, false)
        : [];
    if (others.length > 0 && !others.some(isKnownName)) return true;
  }
  return false;
}

/**
 * Words of sports reporting. Where two kinds of them stand near a state's name, the name is its
 * team ("Spinners put Pakistan on top in Lahore Test", "Hockey: Pakistan 3 Malaysia 3").
 */
const SPORTS_NEAR = 300;

/**
 * Whether sports reporting surrounds `at`, given where words of it stand in the text and how
 * much each weighs (sports-words.ts): a state's name there is its team ("Spinners put Pakistan
 * on top in Lahore Test", "Hockey: Pakistan 3 Malaysia 3").
 */
export function inSportsReport(text: NormalizedText, sports: readonly number[], at: number): boolean {
  let weight = 0;
  for (let k = 0; k < sports.length; k += 2) {
    const where = sports[k]!;
    if (where >= at - SPORTS_NEAR && where <= at + SPORTS_NEAR) weight += sports[k + 1]!;
  }
  if (weight >= 4) return true;
  // A score right after the name: "Pakistan 3 Malaysia 3", "Pakistan piled up 299 for five".
  const after = text.text.slice(at, at + 60).replace(/^\S+/, '');
  return weight >= 1 && SCORE_AFTER.test(after);
}

const SCORE_AFTER =
  /^ +(?:\d+\b|(?:were|are|piled up|made|posted|reached|finished|trail(?:ed)?|led|lead|won|lost|beat|drew|slumped|collapsed|declared)\b[^.]{0,24}\d+ for \w+)/;

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
  return ATTRIBUTIVE_AFTER.test(s.slice(end, end + 30));
}

/** Nouns an organisation's name can qualify ("a Pakistani military leader", "army officials"). */
const ATTRIBUTIVE_AFTER =
  /^ +(?:leaders?|chiefs?|commanders?|officers?|officials?|spokes(?:man|woman|person)|establishment|personnel|rulers?|brass|top brass|figures?|sources?)\b/;

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
  if (flags & FLAG_ACRONYM && shoutingNeighbour(text.text, m.start, m.end)) return false;
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
    (/[/][A-Z0-9-]*$/.test(before) || /^[A-Z0-9-]*[/]/.test(after))
  ) {
    return false;
  }
  // "a Pakistani prime minister" names no one; "a former State Department official" still names the department.
  if (context === CONTEXT_SHORT_FORM) {
    const generic =
      flags & FLAG_EVENT ? GENERIC_EVENT_BEFORE : flags & FLAG_PERSON ? GENERIC_BEFORE : undefined;
    if (generic?.test(before)) return false;
  }
  if (context === CONTEXT_CAPITAL) {
    // "The Islamabad Ledger": inside another name.
    if (/(?:^|\s)the\s+$/i.test(before) && /^\s+[A-Z][a-z]/.test(after)) return false;
    return !capitals && !readsAsPlace(text, m, isKnownName);
  }
  return true;
}
