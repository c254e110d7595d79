/**
 * Finding alias matches in normalised text: whole words only, leftmost-longest, one space in an
 * alias matching any run of whitespace in the text. A confusable ("Nawaz Sharif") wins over the
 * alias it contains ("Sharif") by being longer, and then yields nothing.
 */
import {
  CONTEXT_CAPITAL,
  FLAG_ACRONYM,
  FLAG_BLOCKER,
  FLAG_CASE_SENSITIVE,
  childOf,
  type CompiledDictionary,
} from './dictionary';
import type { NormalizedText } from './normalize';
import { HASH_SEED, hashStep, isSpaceCode, isWordCode } from './words';

/** A match in normalised-text offsets. */
export interface RawMatch {
  start: number;
  end: number;
  alias: number;
}

/** Separators allowed between two words of one alias ("U.S.", "el-Sheikh", "Iran – Israel"). */
const MAX_SEPARATORS = 3;

/** Where alias `alias` ends if it matches at `at`, or -1. */
function verify(dict: CompiledDictionary, text: NormalizedText, alias: number, at: number): number {
  const pattern = dict.aliases[alias]!;
  const source = dict.aliasFlags[alias]! & FLAG_CASE_SENSITIVE ? text.text : text.lower;
  const n = source.length;
  let k = at;
  for (let p = 0; p < pattern.length; p++) {
    const want = pattern.charCodeAt(p);
    if (want === 0x20) {
      if (k >= n || !isSpaceCode(source.charCodeAt(k))) return -1;
      while (k < n && isSpaceCode(source.charCodeAt(k))) k++;
      continue;
    }
    if (k >= n || source.charCodeAt(k) !== want) return -1;
    k++;
  }
  // Whole words: an alias ending in a letter must not run on into a longer word.
  if (isWordCode(pattern.charCodeAt(pattern.length - 1)) && k < n && isWordCode(text.lower.charCodeAt(k)))
    return -1;
  return k;
}

/** The word before `start` (skipping a few separators), or ''. */
function wordBefore(text: string, start: number): string {
  let end = start;
  while (end > 0 && end > start - 4 && !isWordCode(text.charCodeAt(end - 1))) end--;
  let begin = end;
  while (begin > 0 && isWordCode(text.charCodeAt(begin - 1))) begin--;
  return text.slice(begin, end);
}

/** The word after `end` (skipping a few separators), or ''. */
function wordAfter(text: string, end: number): string {
  let begin = end;
  while (begin < text.length && begin < end + 4 && !isWordCode(text.charCodeAt(begin))) begin++;
  let stop = begin;
  while (stop < text.length && isWordCode(text.charCodeAt(stop))) stop++;
  return text.slice(begin, stop);
}

const shouting = (word: string) => word.length >= 2 && /^[A-Z0-9]+$/.test(word) && /[A-Z]/.test(word);
const PLACE_BEFORE = /(?:^|\s)(?:in|at|to|from|near|outside|inside|around|across|via|toward|towards)\s+$/i;
const DATELINE_AFTER = /^\s*(?:,|\(|-|—|:)/;

/**
 * Rules that need the text around a match: an all-capitals acronym inside an all-capitals run
 * ("LET US KNOW") is not the acronym, and a capital city written as a dateline ("ISLAMABAD,
 * June 5 —") or used as a place ("talks in Islamabad") is not its government.
 */
function passesLocalRules(dict: CompiledDictionary, text: NormalizedText, m: RawMatch): boolean {
  const flags = dict.aliasFlags[m.alias]!;
  if (
    flags & FLAG_ACRONYM &&
    (shouting(wordBefore(text.text, m.start)) || shouting(wordAfter(text.text, m.end)))
  ) {
    return false;
  }
  if (dict.aliasContext[m.alias] === CONTEXT_CAPITAL) {
    const written = text.text.slice(m.start, m.end);
    if (written === written.toUpperCase() && written !== written.toLowerCase()) return false;
    const before = text.text.slice(Math.max(0, m.start - 40), m.start);
    if (PLACE_BEFORE.test(before)) return false;
    const lineStart = m.start === 0 || /[\n\r]\s*$/.test(before);
    if (lineStart && DATELINE_AFTER.test(text.text.slice(m.end, m.end + 3))) return false;
  }
  return true;
}

/**
 * Every leftmost-longest whole-word match in `text`, confusables removed and local rules
 * applied. `from`/`to` limit the search to part of the text.
 */
export function findMatches(
  dict: CompiledDictionary,
  text: NormalizedText,
  from = 0,
  to = text.lower.length,
): RawMatch[] {
  const lower = text.lower;
  const { nodeStart, nodeAliases, aliasFlags } = dict;
  const matches: RawMatch[] = [];
  let i = from;
  while (i < to) {
    if (!isWordCode(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    let node = 0;
    let pos = i;
    let firstWordEnd = -1;
    let best = -1;
    let bestEnd = -1;
    for (;;) {
      let hash = HASH_SEED;
      let j = pos;
      while (j < to) {
        const code = lower.charCodeAt(j);
        if (!isWordCode(code)) break;
        hash = hashStep(hash, code);
        j++;
      }
      if (firstWordEnd < 0) firstWordEnd = j;
      node = childOf(dict, node, hash);
      if (node < 0) break;
      for (let a = nodeStart[node]!; a < nodeStart[node + 1]!; a++) {
        const alias = nodeAliases[a]!;
        const end = verify(dict, text, alias, i);
        if (end > bestEnd) {
          best = alias;
          bestEnd = end;
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
    if (best >= 0 && bestEnd <= to) {
      const match = { start: i, end: bestEnd, alias: best };
      if (!(aliasFlags[best]! & FLAG_BLOCKER) && passesLocalRules(dict, text, match)) matches.push(match);
      i = bestEnd;
    } else {
      i = firstWordEnd;
    }
  }
  return matches;
}
