/**
 * Words read leftwards from an event's head noun (event-phrase-left.ts): lists of modifiers,
 * demonyms joined by "and", and rounds still to come.
 */
import type { Phrase } from './event-phrase';
import type { Item, PhraseIndex } from './phrase-index';
import { MODIFIERS } from './phrase-words';
import { wordSet } from './word-list';

/** Whether the phrase so far starts with a modifier, so that a list of them may go on leftwards. */
export function listed(lower: string, phrase: Phrase): boolean {
  const first = lower.slice(phrase.start, wordEndAt(lower, phrase.start));
  return MODIFIERS.has(first);
}

const wordEndAt = (lower: string, at: number) => {
  let k = at;
  while (k < lower.length && /[\p{L}\p{N}-]/u.test(lower[k]!)) k++;
  return k;
};

/** A demonym before " and " that ends right before `at` ("Israeli and" before "American"). */
export function demonymAndBefore(index: PhraseIndex, at: number): Item | undefined {
  const lower = index.text.lower;
  if (!lower.startsWith(' and ', at - 5)) return undefined;
  const before = index.ending(at - 5);
  return before?.kind === 'demonym' ? before : undefined;
}

/** The word before the one starting at `at` (across spaces and a comma). */
export function wordBefore(lower: string, at: number): string {
  let end = at;
  while (end > 0 && (lower[end - 1] === ' ' || lower[end - 1] === ',')) end--;
  let start = end;
  while (start > 0 && /[\p{L}\p{N}-]/u.test(lower[start - 1]!)) start--;
  return lower.slice(start, end);
}

/** "round of" before a head, and the word before it. */
const ROUND_BEFORE = /([a-z]+)\s+rounds?\s+$/;
/** Words that make a round one still to come; "the sixth round" was held. */
const ROUND_TO_COME = wordSet(`another new fresh renewed further next future possible potential`);

/** Whether "of" at `of` follows a round still to come ("a renewed round of hostilities", "another round of talks"). */
export function roundToCome(lower: string, of: number): boolean {
  const round = ROUND_BEFORE.exec(lower.slice(Math.max(0, of - 30), of));
  return round !== null && ROUND_TO_COME.has(round[1]!);
}

/**
 * "the march …, which ended in bloodshed": a happening named as how another ended or turned out is
 * part of that one's telling, not a mention of its own, unless its phrase places it at a site
 * ("ended in bloodshed at Muridke", as the corpus guide rules): `Phrase.outcome`.
 */
const OUTCOME_BEFORE =
  /\b(?:ended|ending|ends|resulted|resulting|culminated|descended|degenerated|turned|spiralled|spiraled) (?:in|into)$/;

/** "that ended in": the verb of a restrictive relative clause, before "in". */
const THAT_BEFORE = /\bthat [a-z]+ $/;

/**
 * Whether the words before "in" at `wordStart`–`end` tell how another happening ended: 'outcome'
 * ("which ended in bloodshed"), 'clause' for a restrictive "that ended in", undefined otherwise.
 */
export function outcomeBefore(
  lower: string,
  wordStart: number,
  end: number,
): 'outcome' | 'clause' | undefined {
  if (!OUTCOME_BEFORE.test(lower.slice(Math.max(0, wordStart - 14), end))) return undefined;
  // "the march that ended in gunfire at Muridke": a restrictive clause, part of the march's phrase.
  return THAT_BEFORE.test(lower.slice(Math.max(0, wordStart - 24), wordStart)) ? 'clause' : 'outcome';
}
