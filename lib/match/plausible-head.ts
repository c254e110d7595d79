/**
 * Whether a head noun may start an event's phrase worth reading (phrases.ts): most head nouns of
 * running text ("talks", "the war") fail these cheap tests at once, so the recogniser's index is
 * built and its phrase read only for the few that pass.
 */
import { ENDS_ANOTHER } from './event-compose';
import { clauseMayFollow } from './event-phrase-clause';
import { VERB_HEADS } from './event-phrase-verb';
import { spanOf } from './event-phrase';
import { eventWordsOf, ofEventNames } from './cue-data';
import type { MatchEntity } from './from-kb';
import type { RawMatch } from './matcher';
import type { NormalizedText } from './normalize';
import { minorPlaceEnding } from './minor-places';
import { MONTH_NUMBERS } from './name-words';
import { isDuration } from './durations';
import { BROKER_VERBS, MODIFIERS, PREPOSITIONS } from './phrase-words';
import { isWordCode } from './words';
import { pairNamed } from './pair-words';

/**
 * Whether a head noun may start a phrase worth reading: something that can belong to an event's
 * phrase stands right before it (a name, a modifier) or a preposition right after it, and a
 * name or identifying modifier is within reach. Most head nouns of running text fail at once.
 */
export function plausibleHead(
  text: NormalizedText,
  matches: readonly RawMatch[],
  cues: readonly RawMatch[],
  head: RawMatch,
  entities: readonly MatchEntity[],
): boolean {
  const lower = text.lower;
  let k = head.end;
  while (k < lower.length && lower.charCodeAt(k) === 0x20) k++;
  let e = k;
  while (e < lower.length && lower.charCodeAt(e) >= 0x61 && lower.charCodeAt(e) <= 0x7a) e++;
  let prepositionAfter = e > k && e - k <= 10 && PREPOSITIONS.has(lower.slice(k, e));
  // "the protests led by Tehreek-e-Labbaik": a participle before the preposition.
  if (!prepositionAfter && e - k >= 3 && lower.startsWith('ed', e - 2))
    prepositionAfter = PARTICIPLE_PREPOSITION.test(lower.slice(e, e + 12));
  let b = head.start;
  while (b > 0 && lower.charCodeAt(b - 1) === 0x20) b--;
  const end = lower.startsWith("'s", b - 2) ? b - 2 : b;
  const nameBefore =
    b < head.start &&
    (endsAt(matches, end) || endsAt(cues, end) || minorPlaceEnding(text, entities, end) !== undefined);
  const modifier = modifierBefore(text, head.start, eventWordsOf(entities));
  // "the truce that ended the war": named by the happening it ended (event-compose.ts).
  if (ENDS_ANOTHER.test(text.lower.slice(head.end, head.end + 24))) return true;
  // "the strikes which Washington launched on Iran": a relative clause may name its participants.
  const clauseAfter = clauseMayFollow(text, head.end);
  // "recommended Mr Trump for the prize": a verb of a happening, read with its object.
  const verb = head.end - head.start <= 12 && VERB_HEADS.has(lower.slice(head.start, head.end));
  if (!prepositionAfter && !nameBefore && !modifier && !clauseAfter && !verb) return false;
  return nameBefore || modifier || nameNear(matches, cues, head) || pairAfter(lower, k, e);
}

/**
 * Whether "between" at `k`–`e` opens a pair ("the fighting between the two nuclear-armed
 * neighbours"): the pair names the event's sides, however far back the page named them.
 */
function pairAfter(lower: string, k: number, e: number): boolean {
  if (lower.slice(k, e) !== 'between') return false;
  const words = lower.slice(k, k + 64).split(/\s+/);
  for (let n = 2; n <= Math.min(6, words.length); n++)
    if (pairNamed(words.slice(0, n).join(' '))) return true;
  return false;
}

const PARTICIPLE_PREPOSITION = /^ (?:by|in|on|for|against|between|with|at|to) /;

/** Whether one of a list of matches (in order of their start) ends at `at`. */
function endsAt(list: readonly RawMatch[], at: number): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < at - 60) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < list.length && list[k]!.start < at; k++)
    if (list[k]!.end === at || list[k]!.end + 1 === at) return true;
  return false;
}

/** Whether a name or demonym starts within a phrase's reach of a head noun. */
function nameNear(matches: readonly RawMatch[], cues: readonly RawMatch[], head: RawMatch): boolean {
  const from = head.start - 80;
  const to = head.end + 160;
  const within = (list: readonly RawMatch[], test: (m: RawMatch) => boolean) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start < from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < list.length && list[k]!.start <= to; k++)
      if (list[k] !== head && test(list[k]!)) return true;
    return false;
  };
  return within(matches, () => true) || within(cues, (c) => c.end <= head.start || c.start >= head.end);
}

/**
 * Whether the word before `at` could identify an event by itself ("four-day fighting", "May
 * hostilities", "the passport change": a word of an event's own names).
 */
function modifierBefore(text: NormalizedText, at: number, eventWords: ReadonlySet<string>): boolean {
  const lower = text.lower;
  let end = at;
  while (end > 0 && lower.charCodeAt(end - 1) === 0x20) end--;
  if (end === at) return false;
  let start = end;
  while (
    start > 0 &&
    end - start < 24 &&
    (isWordCode(lower.charCodeAt(start - 1)) || lower.charCodeAt(start - 1) === 0x2d)
  )
    start--;
  if (start === end) return false;
  const before = lower.slice(start, end);
  if (before === 'of') return spanOf(text.text, lower, start) !== undefined;
  // "the June 21 raids": a day after its month dates the happening (event-phrase-left.ts reads it).
  if (end - start <= 2 && /^\d+$/.test(before)) return monthBefore(lower, start);
  // "the US-brokered ceasefire": who brought it about (event-phrase-left.ts).
  const dash = before.lastIndexOf('-');
  if (dash > 0 && BROKER_VERBS.has(before.slice(dash + 1))) return true;
  return (
    MODIFIERS.has(before) ||
    MONTH_NUMBERS.has(before) ||
    isDuration(before) ||
    /^\d{4}$/.test(before) ||
    ofEventNames(eventWords, before)
  );
}

/** Whether a month's name ends right before `at` ("June " before "21"). */
function monthBefore(lower: string, at: number): boolean {
  let end = at;
  while (end > 0 && lower.charCodeAt(end - 1) === 0x20) end--;
  let start = end;
  while (start > 0 && end - start < 10 && isWordCode(lower.charCodeAt(start - 1))) start--;
  return end > start && MONTH_NUMBERS.has(lower.slice(start, end));
}
