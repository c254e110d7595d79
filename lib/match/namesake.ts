/**
 * One rule for namesakes instead of lists of them. A knowledge-base name inside a longer run of
 * capitalised words is part of another name: "Pakistan Super League", "Trump Tower", "Iran
 * Standard Time", "Israel Adesanya", and a surname after a given name that is not the KB
 * person's ("Nawaz Sharif", "Imran Khan"). Titles and honorifics ("PM", "Mian", "Field
 * Marshal"), offices after a state ("US President"), ordinary words opening a sentence, and
 * other names the knowledge base knows ("US Iran talks") do not make a run. In a Title Case
 * headline every word is capitalised, so there the rule says nothing.
 */
import { CONTEXT_SURNAME, FLAG_PERSON, FLAG_SURNAME, type CompiledDictionary } from './dictionary';
import { aliasStartingAt } from './trie-walk';
import { inCapsLine } from './caps-line';
import { bodyInBefore, COMPANY_ENDINGS, HEAD_WORDS, institutionOfBefore } from './name-heads';
import { IDIOMS } from './name-idioms';
import { leadMakesGivenName } from './name-leads';
import { tailMakesOtherName } from './name-tails';
import { indexOrderOfOther } from './index-order';
import {
  AFTER_NAME_WORDS,
  FAMILY_AFTER_WORDS,
  isOrdinaryOpener,
  KIN_BEFORE_WORDS,
  MONTH_NUMBERS,
  OFFICE_WORDS,
  SENTENCE_OPENERS,
  TITLE_WORDS,
  WEEKDAYS,
} from './name-words';
import type { NormalizedText } from './normalize';
import { opensSentence } from './phrase-index';
import { isUpperAt, titleCaseAround } from './title-case';
import { isWordCode } from './words';

interface Word {
  start: number;
  end: number;
}

/** The word just before `start`, joined to it by spaces only (no line break, no punctuation). */
function runWordBefore(text: NormalizedText, start: number): Word | undefined {
  const s = text.text;
  let k = start;
  while (k > 0 && (s.charCodeAt(k - 1) === 0x20 || s.charCodeAt(k - 1) === 0x09)) k--;
  if (k === start || k === 0) return undefined;
  let end = k;
  const stop = s.charCodeAt(end - 1) === 0x2e;
  if (stop) end--;
  let begin = end;
  while (begin > 0 && isWordCode(s.charCodeAt(begin - 1))) begin--;
  if (begin === end || end - begin > 30) return undefined;
  // A full stop ends a sentence, unless it abbreviates a title or an initial ("Gen. Munir", "J. Trump").
  if (stop && end - begin > 1 && !TITLE_WORDS.has(text.lower.slice(begin, end))) return undefined;
  // A possessive or compound ends the run: "Munir's White House", "Pak-US".
  const joiner = begin > 0 ? s.charCodeAt(begin - 1) : 0;
  if (joiner === 0x27 || joiner === 0x2d) return undefined;
  return { start: begin, end };
}

/** The word just after `end`, joined to it by spaces only. */
function runWordAfter(text: NormalizedText, end: number): Word | undefined {
  const s = text.text;
  let k = end;
  while (k < s.length && (s.charCodeAt(k) === 0x20 || s.charCodeAt(k) === 0x09)) k++;
  if (k === end || k >= s.length) return undefined;
  let stop = k;
  while (stop < s.length && isWordCode(s.charCodeAt(stop))) stop++;
  return stop > k ? { start: k, end: stop } : undefined;
}

/**
 * Why a match is part of a longer name, or false when it is not. `bearer`: a surname after
 * another given name ("Nawaz Sharif"), which the family rule remembers; `block`: any other
 * longer name.
 */
export function namesakeRun(
  dict: CompiledDictionary,
  text: NormalizedText,
  m: { start: number; end: number; alias: number },
): false | 'block' | 'bearer' {
  const written = text.text.slice(m.start, m.end);
  const flags = dict.aliasFlags[m.alias]!;
  // "France 24", "Sharif ul Haq", "ECONOMIST ISRAEL ZAMIR-COHEN": another name, and "A Trump
  // Card Wasted" a common noun, whatever the case of the line.
  if (
    tailMakesOtherName(text, m.end, flags) ||
    leadMakesGivenName(text, m.start, m.end, flags) ||
    inIdiom(text, m)
  )
    return 'block';
  let verdict: false | 'block' | 'bearer' = false;
  const after = runWordAfter(text, m.end);
  if (flags & FLAG_SURNAME) {
    const kin = kinOfSurname(text, m.start, after);
    if (kin) return kin;
    if (indexOrderOfOther(text, m.start, m.end)) return 'bearer';
  }
  if (after && isUpperAt(text, after.start)) {
    const word = text.lower.slice(after.start, after.end);
    const office =
      OFFICE_WORDS.has(word) || MONTH_NUMBERS.has(word) || WEEKDAYS.has(word) || AFTER_NAME_WORDS.has(word);
    const known = aliasStartingAt(dict, text, after.start);
    // An aircraft's or a weapon's model ("US B-2s", "Pakistan KSE-100") is its maker's or user's.
    if (!office && known < 0 && !/^-\d/.test(text.text.slice(after.end, after.end + 2))) verdict = 'block';
    // "SHARIF KHAN, Islamabad": a surname before a common surname (one that links only after
    // its bearer's full name) is someone's given name; before a distinctive one ("Trump Netanyahu
    // ties") it is the first of two people.
    else if (
      known >= 0 &&
      flags & dict.aliasFlags[known]! & FLAG_SURNAME &&
      dict.aliasContext[known] === CONTEXT_SURNAME
    )
      verdict = 'block';
    // "Kashmir Premier League", "Israel Defense Forces": an office word that heads no office.
    else if (OFFICE_WORDS.has(word) && officeHeadsInstitution(text, after.end)) verdict = 'block';
  }
  // A full name keeps its link after honorifics and extra given names ("Mian Shehbaz Sharif").
  const fullName = flags & FLAG_PERSON && /\s/.test(written);
  // A match written in lower case ("ceasefire between Iran and Israel") starts no name, so a
  // capitalised word before it ("the June ceasefire …") cannot make it part of a longer one.
  const before = verdict || fullName || !isUpperAt(text, m.start) ? undefined : runWordBefore(text, m.start);
  if (before && isUpperAt(text, before.start)) {
    const word = text.lower.slice(before.start, before.end);
    // Another name the knowledge base knows ("US Iran talks", "the Trump White House") is no given
    // name, unless both are people's ("Ali" in "Salman Ali Agha").
    const known = aliasStartingAt(dict, text, before.start);
    const ordinary =
      TITLE_WORDS.has(word) ||
      shoutedLabel(text, before, m) ||
      (opensSentence(text.text, before.start) && isOrdinaryOpener(word)) ||
      dateBefore(text, before.start, word) ||
      (known >= 0 && !(dict.aliasFlags[known]! & flags & FLAG_PERSON));
    if (!ordinary) verdict = flags & FLAG_SURNAME ? 'bearer' : 'block';
    // A short line in capitals ("MUNIR MEETS TRUMP") is no Title Case headline to the rule below,
    // but a headline's verb before a surname is no given name in any line of capitals. (Taking
    // the whole short line as a headline opened mastheads in capitals: dropped.)
    if (verdict === 'bearer' && headlineVerb(word) && inCapsLine(text, m.start, m.end)) verdict = false;
  }
  if (!verdict) return otherNameAround(text, m, flags) ? 'block' : false;
  // A double-barrelled surname after another given name ("Dr Niall Sharif-Byrne") is no headline word.
  // In capitals a hyphen's second part is capitalised whatever it is ("TRUMP-BROKERED").
  if (
    verdict === 'bearer' &&
    /^-\p{Lu}/u.test(text.text.slice(m.end, m.end + 2)) &&
    !inCapsLine(text, m.start, m.end)
  )
    return verdict;
  // A name before a head word ("Pakistan Stock Exchange") is an institution even in Title Case (two
  // words on, "Middle East Jewish Times", it is whole); after a byline or "Dr Sarah", a person's name.
  if (
    titleCaseAround(text, m.start, m.end) &&
    !headInRunAfter(text, m.end, /\s/.test(written) ? 1 : 2) &&
    !headInRunAfter(text, m.end, 5, COMPANY_ENDINGS) &&
    !PERSON_LEAD.test(text.lower.slice(Math.max(0, m.start - 30), m.start))
  )
    return otherNameAround(text, m, flags) ? 'block' : false;
  return verdict;
}

/** "A Trump Card Wasted", "Bridging the Gulf": the name is the common noun of an idiom (name-idioms.ts). */
function inIdiom(text: NormalizedText, m: { start: number; end: number }): boolean {
  const name = lastWordOf(text, m);
  const word = (w: Word) => text.lower.slice(w.start, w.end);
  // A name quoted on its own keeps its idiom: 'play the "Trump" card'.
  const quote = text.text.charCodeAt(m.end);
  const after = runWordAfter(text, m.end + (quote === 0x22 || quote === 0x201d ? 1 : 0));
  if (after && IDIOMS.has(`${name}_${word(after)}`)) return true;
  let before = runWordBefore(text, m.start);
  if (before && word(before) === 'the') before = runWordBefore(text, before.start);
  return before !== undefined && IDIOMS.has(`${word(before)}_${name}`);
}

/** Given names that look like a headline's verb in the third person ("James", not "MEETS"). */
const NAMES_IN_S = new Set(['james', 'charles', 'moses', 'agnes', 'frances', 'jules', 'hughes']);

/**
 * A headline's verb in the third person before a surname ("MEETS", "HOSTS", "PRAISES"), or an
 * ordinary word: not a given name, which seldom ends in a consonant and "s" ("Abbas", "Idris",
 * "Yunus" end in a vowel and "s").
 */
function headlineVerb(word: string): boolean {
  if (SENTENCE_OPENERS.has(word)) return true;
  return word.length > 3 && /(?:[^aeiousx]|e)s$/.test(word) && !NAMES_IN_S.has(word);
}

/**
 * A bare surname that names the family ("the Trump family") or a relative ("the younger Trump"),
 * by the lower-case word beside it; a relative is another bearer of the surname, so a bare
 * surname after it in its block is theirs too.
 */
function kinOfSurname(
  text: NormalizedText,
  start: number,
  after: Word | undefined,
): false | 'block' | 'bearer' {
  if (
    after &&
    !isUpperAt(text, after.start) &&
    FAMILY_AFTER_WORDS.has(text.lower.slice(after.start, after.end))
  )
    return 'block';
  const before = runWordBefore(text, start);
  if (before && KIN_BEFORE_WORDS.has(text.lower.slice(before.start, before.end))) return 'bearer';
  return false;
}

/**
 * A word in capitals before a name that is not ("JUST IN Trump repeats", "BREAKING Sharif"): a
 * label of the page's, not a given name. Two capitals that are no word name a state or a body ("UK
 * Foreign Office").
 */
function shoutedLabel(text: NormalizedText, before: Word, m: { start: number; end: number }): boolean {
  if (!/^(?:.{3,}|in|on|at|to|by|of|up)$/.test(text.lower.slice(before.start, before.end))) return false;
  const shouted = (from: number, to: number) => {
    const written = text.text.slice(from, to);
    return written === written.toUpperCase();
  };
  return shouted(before.start, before.end) && !shouted(m.start, m.end);
}

/** Words that put a month before a name as a date: "in October Trump said", "on 5 May Sharif". */
const DATE_LEADS =
  /(?:^|[^\p{L}])(?:in|on|by|since|until|till|from|during|last|this|next|early|late|mid|\d{1,2}(?:st|nd|rd|th)?)[\s-]+$/iu;

/**
 * Whether a capitalised word before a surname is a date, not a given name: a weekday ("On Monday
 * Trump unveiled"), or a month after a preposition or a day ("in October Trump described"). A
 * month alone may be a given name ("April", "June").
 */
function dateBefore(text: NormalizedText, start: number, word: string): boolean {
  if (WEEKDAYS.has(word)) return true;
  return MONTH_NUMBERS.has(word) && DATE_LEADS.test(text.text.slice(Math.max(0, start - 12), start));
}

/** "By " opening a line ("By MUNIR AHMED-SHAH"), or an honorific and a given name ("Dr Sarah Washington"). */
const PERSON_LEAD =
  /(?:(?:^|\n)[ \t]*by|(?:^|[^\p{L}])(?:mr|mrs|ms|dr|prof|sir|dame|lady)\.?[ \t]+\p{L}+)[ \t]+$/u;

/** " of Aden", " of the Mexico…": "of" and a capitalised name after a match. */
const HEAD_OF_AFTER = /^\s+of\s+(?:the\s+)?\p{Lu}\p{Ll}/u;
/** "-China Institute", "-US Business Council": a second name after a hyphen, then a word that may be a head. */
const PAIR_AFTER = /^-\p{Lu}[\p{L}.]+(?:\s+\p{Lu}\p{L}+)?\s+(\p{Lu}\p{L}+)/u;
/** The last word of a match, in lower case ("gulf" in "the Gulf"). */
const lastWordOf = (text: NormalizedText, m: Word) =>
  text.lower.slice(m.start, m.end).split(/\s+/).pop() ?? '';

/**
 * Whether the capitalised words after an office word (up to two, offices skipped) reach an
 * institution's head word or "Forces": "Premier League", "Defense Forces" name no office.
 */
function officeHeadsInstitution(text: NormalizedText, end: number): boolean {
  let at = end;
  for (let n = 0; n < 2; n++) {
    const word = runWordAfter(text, at);
    if (!word || !isUpperAt(text, word.start)) return false;
    const lower = text.lower.slice(word.start, word.end);
    if (HEAD_WORDS.has(lower) || lower === 'forces') return true;
    if (!OFFICE_WORDS.has(lower)) return false;
    at = word.end;
  }
  return false;
}

/** "Al-Quds Al-Sharif": an Arabic article glued to a surname makes it part of another name. */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:al|el|ul|ud)-$/iu;
/** "Mazar-i-Sharif", "Minar-e-Pakistan": the Persian and Urdu izafat glues a name to another word. */
const IZAFAT_BEFORE = /\p{L}-[ei]-$/u;

/**
 * Longer names the run rule cannot see because the words are not simply side by side: an
 * institution "of" the name (Title Case or not), and a surname glued to an Arabic article.
 */
function otherNameAround(text: NormalizedText, m: { start: number; end: number }, flags: number) {
  // "Gulf of Aden", "Gulf of Thailand": a name that is itself a head word, "of" another name.
  if (HEAD_OF_AFTER.test(text.text.slice(m.end, m.end + 24)) && HEAD_WORDS.has(lastWordOf(text, m)))
    return true;
  // "Pakistan-China Institute": an institution named for two names joined by a hyphen.
  const pairedHead = PAIR_AFTER.exec(text.text.slice(m.end, m.end + 40))?.[1];
  if (pairedHead && HEAD_WORDS.has(pairedHead.toLowerCase())) return true;
  const before = text.text.slice(Math.max(0, m.start - 40), m.start);
  if (institutionOfBefore(before, (flags & FLAG_PERSON) !== 0) || bodyInBefore(before)) return true;
  return IZAFAT_BEFORE.test(before) || ((flags & FLAG_SURNAME) !== 0 && ARTICLE_BEFORE.test(before));
}

/**
 * Whether the capitalised words right after `end` (up to `reach`) include an institution's or a
 * feature's head word: "Pakistan Stock Exchange" is an exchange even in a Title Case line.
 */
function headInRunAfter(text: NormalizedText, end: number, reach: number, heads = HEAD_WORDS): boolean {
  let at = end;
  for (let n = 0; n < reach; n++) {
    const word = runWordAfter(text, at);
    if (!word || !isUpperAt(text, word.start)) return false;
    if (heads.has(text.lower.slice(word.start, word.end))) return true;
    at = word.end;
  }
  return false;
}
