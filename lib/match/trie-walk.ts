/**
 * Walking the alias trie from one position of the text: the longest alias that matches there
 * (and the longest that links by itself), for the matcher and for the rules that ask what name
 * starts at a word ("US" in "US Iran talks").
 */
import {
  FLAG_BLOCKER,
  FLAG_CASE_SENSITIVE,
  FLAG_DEMONYM,
  FLAG_HEAD,
  FLAG_INNER_TITLE,
  FLAG_SPORT,
  FLAG_TITLE,
  childOf,
  entityCount,
  type CompiledDictionary,
} from './dictionary';
import type { NormalizedText } from './normalize';
import { HASH_SEED, isSpaceCode, isWordCode, WORD_ASCII } from './words';

/** Flags of dictionary entries that are cues for the recognisers, not names that link. */
export const CUE_FLAGS = FLAG_DEMONYM | FLAG_HEAD | FLAG_TITLE | FLAG_SPORT;

/** Separators allowed between two words of one alias ("U.S.", "el-Sheikh", "Iran – Israel"). */
const MAX_SEPARATORS = 3;

/** Where alias `alias` ends if it matches at `at`, or -1. */
function verify(dict: CompiledDictionary, text: NormalizedText, alias: number, at: number): number {
  const { aliasText } = dict;
  const from = dict.aliasStart[alias]!;
  const to = dict.aliasStart[alias + 1]! - 1;
  const source = dict.aliasFlags[alias]! & FLAG_CASE_SENSITIVE ? text.text : text.lower;
  const n = source.length;
  let k = at;
  for (let p = from; p < to; p++) {
    const want = aliasText.charCodeAt(p);
    if (want === 0x20) {
      if (k >= n || !isSpaceCode(source.charCodeAt(k))) return -1;
      while (k < n && isSpaceCode(source.charCodeAt(k))) k++;
      continue;
    }
    if (k >= n || source.charCodeAt(k) !== want) return -1;
    k++;
  }
  // Whole words: an alias ending in a letter must not run on into a longer word.
  if (isWordCode(aliasText.charCodeAt(to - 1)) && k < n && isWordCode(text.lower.charCodeAt(k))) return -1;
  return k;
}

/** An alias that links by itself: one entity, no context needed, not a confusable or a cue. */
function isSure(dict: CompiledDictionary, alias: number): boolean {
  return (
    dict.aliasContext[alias] === 0 &&
    !(dict.aliasFlags[alias]! & (FLAG_BLOCKER | CUE_FLAGS)) &&
    entityCount(dict, alias) === 1
  );
}

/** What `walk` found; module-level so the hot loop allocates nothing. */
export const found = { best: -1, bestEnd: -1, sure: -1, sureEnd: -1, firstWordEnd: -1 };

/**
 * The longest alias starting at `i` that ends at or before `to` and before `endBelow`, and the
 * longest sure one, into `found`.
 */
export function walk(
  dict: CompiledDictionary,
  text: NormalizedText,
  i: number,
  to: number,
  endBelow: number,
) {
  const lower = text.lower;
  const { nodeStart, nodeAliases } = dict;
  let node = 0;
  let pos = i;
  found.best = -1;
  found.bestEnd = -1;
  found.sure = -1;
  found.sureEnd = -1;
  found.firstWordEnd = -1;
  for (;;) {
    let hash = HASH_SEED;
    let j = pos;
    // Every character of the page passes here. `isWordCode` and `hashStep` are written out:
    // a fresh isolated world runs this loop in V8's interpreter and baseline tiers first, where
    // each call costs more than the work it does.
    while (j < to) {
      const code = lower.charCodeAt(j);
      if (code < 128 ? WORD_ASCII[code] !== 1 : !isWordCode(code)) break;
      hash = Math.imul(hash ^ code, 16777619) | 0;
      j++;
    }
    if (found.firstWordEnd < 0) found.firstWordEnd = j;
    node = childOf(dict, node, hash);
    if (node < 0) break;
    for (let a = nodeStart[node]!; a < nodeStart[node + 1]!; a++) {
      const alias = nodeAliases[a]!;
      const end = verify(dict, text, alias, i);
      if (end > found.bestEnd && end <= to && end < endBelow) {
        found.best = alias;
        found.bestEnd = end;
        if (isSure(dict, alias)) {
          found.sure = alias;
          found.sureEnd = end;
        }
        break;
      }
    }
    let k = j;
    let separators = 0;
    while (k < to && !isWordCode(lower.charCodeAt(k))) {
      if (!isSpaceCode(lower.charCodeAt(k)) && ++separators > MAX_SEPARATORS) break;
      k++;
    }
    if (k >= to || !isWordCode(lower.charCodeAt(k)) || k - j > 40) break;
    pos = k;
  }
}

/** The alias (not a cue or confusable) that starts at `at`, or -1: for the namesake rule. */
export function aliasStartingAt(dict: CompiledDictionary, text: NormalizedText, at: number): number {
  walk(dict, text, at, text.lower.length, Infinity);
  const flags = found.best >= 0 ? dict.aliasFlags[found.best]! : 0;
  return found.best >= 0 && !(flags & (FLAG_BLOCKER | FLAG_HEAD | FLAG_TITLE | FLAG_SPORT)) ? found.best : -1;
}

/**
 * Where an office phrase starts inside a name match and runs past its end ("army chief" in
 * "Pakistan's army chief"): the name then ends before it ("Pakistan"), because the office is
 * what the words name. -1 when there is none. Leaves `found` describing the match at `start`.
 */
function titleCutting(
  dict: CompiledDictionary,
  text: NormalizedText,
  start: number,
  end: number,
  to: number,
): number {
  const lower = text.lower;
  let cut = -1;
  for (let k = start; k < end && cut < 0; k++) {
    if (!isWordCode(lower.charCodeAt(k)) || isWordCode(lower.charCodeAt(k - 1))) continue;
    walk(dict, text, k, to, Infinity);
    if (found.best >= 0 && dict.aliasFlags[found.best]! & FLAG_TITLE && found.bestEnd > end) cut = k;
  }
  return cut;
}

/** The longest alias at `i` (into `found`), ending before any office phrase it would cut in two. */
export function walkName(
  dict: CompiledDictionary,
  text: NormalizedText,
  i: number,
  to: number,
  endBelow: number,
) {
  walk(dict, text, i, to, endBelow);
  if (found.best < 0 || !(dict.aliasFlags[found.best]! & FLAG_INNER_TITLE)) return;
  const end = found.bestEnd;
  let k = i;
  while (k < end && isWordCode(text.lower.charCodeAt(k))) k++;
  if (k >= end) return; // one word: nothing inside to cut
  const cut = titleCutting(dict, text, k, end, to);
  walk(dict, text, i, to, cut < 0 ? endBelow : Math.min(endBelow, cut));
}

/**
 * `walkName` for a name inside another's span, where the office is already the outer name's: a
 * name written as a proper name, every word capitalised, keeps the office word that follows it
 * ("Pakistan Army" in "Pakistan Army chief Asim Munir"), while "Pakistan army chief" still
 * names the state.
 */
export function walkInnerName(
  dict: CompiledDictionary,
  text: NormalizedText,
  i: number,
  to: number,
  endBelow: number,
) {
  walk(dict, text, i, to, endBelow);
  if (
    found.best >= 0 &&
    dict.aliasFlags[found.best]! & FLAG_INNER_TITLE &&
    capitalised(text, i, found.bestEnd)
  )
    return;
  walkName(dict, text, i, to, endBelow);
}

/**
 * Whether every word in `[from, to)` starts with a capital letter and the words are not all
 * capitals (where case says nothing: "PAKISTAN ARMY CHIEF MUNIR" on a ticker).
 */
function capitalised(text: NormalizedText, from: number, to: number): boolean {
  const written = text.text.slice(from, to);
  return written !== written.toUpperCase() && /^\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)*$/u.test(written);
}
