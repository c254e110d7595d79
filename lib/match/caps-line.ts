/**
 * Lines written wholly in capitals: a ticker ("21:40 TEHRAN SAYS IT WILL NOT NEGOTIATE"), a flash
 * headline ("*TRUMP: U.S. HAS COMPLETED ATTACK"), a kicker ("WORLD > PAKISTAN NEWS"). There the
 * case of a word says nothing, so the rules that read case in prose ("US" beside a shouted word
 * is the pronoun of "LET US KNOW", a capital in capitals is a dateline) read the words instead:
 *
 * - an acronym is itself, except "US" after a word that takes the pronoun ("LET US KNOW", "JOIN
 *   US LIVE") or after a preposition with no noun after it ("STAND WITH US");
 * - a capital opening a clause and followed by a word is the subject of a headline ("TEHRAN SAYS
 *   …", "*TEHRAN HAS NOT CONFIRMED"), not a dateline ("ISLAMABAD, JUNE 24 —", "WASHINGTON (AP)").
 */
import type { NormalizedText } from './normalize';
import { wordSet } from './word-list';
import { isWordCode } from './words';

/** How far either side a line is read for a lower-case letter: a ticker line is short. */
const LOOK = 240;

/** Whether the code unit at `k` is a lower-case letter. */
function lowerAt(text: NormalizedText, k: number): boolean {
  const code = text.text.charCodeAt(k);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  const ch = text.text[k]!;
  return ch !== ch.toUpperCase();
}

/**
 * Whether the line holding `start`–`end` has no lower-case letter within `LOOK` characters of
 * the match (and some letter besides the match's own): a line in capitals.
 */
export function inCapsLine(text: NormalizedText, start: number, end: number): boolean {
  const s = text.text;
  const from = Math.max(0, start - LOOK);
  const to = Math.min(s.length, end + LOOK);
  let letters = 0;
  for (let k = start - 1; k >= from && s.charCodeAt(k) !== 0x0a; k--) {
    if (lowerAt(text, k)) return false;
    if (isWordCode(s.charCodeAt(k))) letters++;
  }
  for (let k = end; k < to && s.charCodeAt(k) !== 0x0a; k++) {
    if (lowerAt(text, k)) return false;
    if (isWordCode(s.charCodeAt(k))) letters++;
  }
  for (let k = start; k < end; k++) if (lowerAt(text, k)) return false;
  return letters > 0;
}

/** Verbs after which "US" is the pronoun: "LET US KNOW", "JOIN US", "TELL US". */
const PRONOUN_VERBS = wordSet(`
  let lets tell told join joins follow contact give gave help helps show send email call write keep
  leave make made get got see saw hear heard visit ask asked thank thanks take took bring brought
  trust believe save protect lead guide unite like love hate teach taught remind reminded
`);
/** Prepositions that may take the pronoun: "WITH US", "FOR US" (but "AT US BASE" is the country). */
const PREPOSITIONS = wordSet(`
  for to with about from of by among between against behind before around upon without within
  toward towards beside after near like than at on into onto over under
`);
/** Words that may follow the pronoun after a preposition: "WITH US ON", "FOR US AND", "ALL OF US NOW". */
const AFTER_PRONOUN = wordSet(`
  and or but to in on at for with from by of the a all both now today here there again too as if
  when so more up down out off back into through know
`);

/** The word ending at or before `at` (skipping spaces only), lower case, or ''. */
function wordEndingBefore(text: NormalizedText, at: number): string {
  let end = at;
  while (end > 0 && text.text.charCodeAt(end - 1) === 0x20) end--;
  let begin = end;
  while (begin > 0 && isWordCode(text.text.charCodeAt(begin - 1))) begin--;
  return text.lower.slice(begin, end);
}

/** The word starting at or after `at` (skipping spaces only), lower case, or ''. */
function wordStartingAfter(text: NormalizedText, at: number): string {
  let begin = at;
  while (begin < text.text.length && text.text.charCodeAt(begin) === 0x20) begin++;
  let end = begin;
  while (end < text.text.length && isWordCode(text.text.charCodeAt(end))) end++;
  return text.lower.slice(begin, end);
}

/**
 * Whether an acronym in a line of capitals is itself: always when it is written with full stops
 * ("U.S.", which no word is); "US" unless it reads as the pronoun.
 */
export function acronymInCaps(text: NormalizedText, start: number, end: number): boolean {
  const written = text.lower.slice(start, end);
  if (written !== 'us') return true;
  const before = wordEndingBefore(text, start);
  if (PRONOUN_VERBS.has(before)) return false;
  if (!PREPOSITIONS.has(before)) return true;
  const after = wordStartingAfter(text, end);
  return after !== '' && !AFTER_PRONOUN.has(after);
}

/** What may stand before a headline's subject: a bullet, a clause break, a wire's flash mark. */
const CLAUSE_OPENERS = new Set([0x2a, 0x3b, 0x3a, 0x2014, 0x2013, 0x7c, 0xb7, 0x2022, 0x3e]);

/**
 * Whether a capital in a line of capitals is the subject of a headline: it opens the line or a
 * clause (after a time, a flash mark, a colon or a bullet) and a word follows it, so it is not a
 * dateline or a place label.
 */
export function capitalOpensCapsClause(text: NormalizedText, start: number, end: number): boolean {
  const s = text.text;
  let k = start;
  while (k > 0 && s.charCodeAt(k - 1) === 0x20) k--;
  // "21:40 TEHRAN SAYS": a time before the clause is its stamp.
  const stamp = /\d{1,2}:\d{2}$/.exec(s.slice(Math.max(0, k - 5), k));
  if (stamp) k -= stamp[0].length;
  while (k > 0 && s.charCodeAt(k - 1) === 0x20) k--;
  const opens = k === 0 || s.charCodeAt(k - 1) === 0x0a || CLAUSE_OPENERS.has(s.charCodeAt(k - 1));
  if (!opens) return false;
  // A word, not a comma, a dash or a bracket, after it: "TEHRAN SAYS", not "ISLAMABAD, JUNE 24".
  return s.charCodeAt(end) === 0x20 && isWordCode(s.charCodeAt(end + 1));
}
