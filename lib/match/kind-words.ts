/**
 * What the words of an event's phrase say, by kind of happening: which modifiers could identify
 * an event, and heads that name a happening of a kind only with words of the event's names ("the
 * constitutional change"). Read from the tables of lib/kb/happenings.ts.
 */
import { happeningKinds, namedHeads, type HappeningKind } from '../kb/happenings';
import { spanKinds } from '../kb/happening-days';
import type { Phrase } from './event-phrase';
import { TITLE_WORDS } from './name-words';
import { DEFINITE_MODIFIERS, GENERIC_MODIFIERS } from './phrase-words';

/**
 * Words of the phrase's modifiers that could identify an event ("four", "day", "peace", "june"), with
 * the definite-only ones ("international") that events.ts keeps only after "the".
 */
export function identifyingWords(phrase: Phrase): string[] {
  return phrase.modifiers
    .flatMap((m) => m.split('-'))
    .filter(
      (w) => w.length > 0 && (!GENERIC_MODIFIERS.has(w) || DEFINITE_MODIFIERS.has(w)) && !TITLE_WORDS.has(w),
    );
}

/** For each named head (happenings.ts `namedHeads`), the kinds it names only with the event's words. */
export const NAMED_KINDS: ReadonlyMap<string, readonly number[]> = namedKindsOf();
function namedKindsOf(): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (const [kind, heads] of Object.entries(namedHeads))
    for (const h of heads) map.set(h, [...(map.get(h) ?? []), happeningKinds.indexOf(kind as HappeningKind)]);
  return map;
}

/** For each kind (by index), the kinds its heads name after a span of days (happening-days.ts `spanKinds`). */
const SPANNED: readonly (readonly number[])[] = happeningKinds.map((k) =>
  (spanKinds[k] ?? []).map((other) => happeningKinds.indexOf(other)),
);
/** The kinds a head of `kinds` names besides after a span of days ("four days of air strikes"). */
export const spannedKinds = (kinds: readonly number[]): number[] =>
  [...new Set(kinds.flatMap((k) => SPANNED[k] ?? []))].filter((k) => !kinds.includes(k));

/** The phrase's words that count for an event: a definite-only one only where its names hold it. */
export const ownWordsFor = (own: readonly string[], words: readonly string[]): string[] =>
  own.filter((w) => !DEFINITE_MODIFIERS.has(w) || words.includes(w));
