/**
 * Finding alias matches in normalised text: whole words only, leftmost-longest, one space in an
 * alias matching any run of whitespace in the text. A confusable ("Nawaz Sharif") wins over the
 * alias it contains ("Sharif") by being longer, and then yields nothing.
 */
import {
  CONTEXT_CAPITAL,
  CONTEXT_SHORT_FORM,
  FLAG_ACRONYM,
  FLAG_BLOCKER,
  FLAG_CASE_SENSITIVE,
  childOf,
  entityCount,
  type CompiledDictionary,
} from './dictionary';
import type { NormalizedText } from './normalize';
import { HASH_SEED, hashStep, isSpaceCode, isWordCode } from './words';

/** A match in normalised-text offsets. */
export interface RawMatch {
  start: number;
  end: number;
  alias: number;
  /**
   * When the longest alias needs page context ("the US president"), the longest alias at the
   * same start that does not ("US"), to link instead if the context never comes.
   */
  fallback?: { end: number; alias: number };
}

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

/** An alias that links by itself: one entity, no context needed, not a confusable. */
function isSure(dict: CompiledDictionary, alias: number): boolean {
  return (
    dict.aliasContext[alias] === 0 &&
    !(dict.aliasFlags[alias]! & FLAG_BLOCKER) &&
    entityCount(dict, alias) === 1
  );
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
/** A capital as a place: "in Islamabad", "talks at Tehran", "flew to Washington", "returned from Riyadh". */
const PLACE_BEFORE =
  /(?:(?:^|\s)(?:in|at|near|outside|inside|around|across|via|into|toward|towards)|(?:travel+(?:ed|ing|s)?|fl(?:ew|ies|y|ying)|went|go(?:es|ing)?|arriv(?:ed|es|ing|al)|return(?:ed|s|ing)?|visit(?:ed|s|ing)?|trip|journey|mov(?:ed|es|ing)|head(?:ed|s|ing)?|came|com(?:es|ing)|back|flight|relocat(?:ed|es|ing)|embassy)\s+(?:to|from))\s+$/i;
/** Urdu marks place with a postposition: "واشنگٹن میں" is "in Washington". */
const PLACE_AFTER = /^\s+(?:میں|سے|پہنچ)/;
const DATELINE_AFTER = /^\s*(?:,|\(|-|—|:)/;
/** "a Pakistani prime minister", "a former Foreign Office official": a title, not the office holder. */
const GENERIC_BEFORE = /(?:^|\s)(?:a|an|any|every|another|no|former|ex-|previous|successive|future)\s+$/i;

/**
 * Rules that need the text around a match: an all-capitals acronym inside an all-capitals run
 * ("LET US KNOW") is not the acronym; a capital city written as a dateline ("ISLAMABAD, June 5
 * —"), used as a place ("talks in Islamabad") or inside another name ("The Islamabad Ledger") is
 * not its government; a title after "a" or "former" names no one in particular; and a name in
 * capitals glued to others by slashes is a wire slug ("PAKISTAN-USA/MUNIR"), not prose.
 */
function passesLocalRules(dict: CompiledDictionary, text: NormalizedText, m: RawMatch): boolean {
  const flags = dict.aliasFlags[m.alias]!;
  const written = text.text.slice(m.start, m.end);
  const capitals = written === written.toUpperCase() && written !== written.toLowerCase();
  const before = text.text.slice(Math.max(0, m.start - 40), m.start);
  const after = text.text.slice(m.end, m.end + 40);
  if (
    flags & FLAG_ACRONYM &&
    (shouting(wordBefore(text.text, m.start)) || shouting(wordAfter(text.text, m.end)))
  ) {
    return false;
  }
  if (
    capitals &&
    !(flags & FLAG_CASE_SENSITIVE) &&
    (/[/][A-Z0-9-]*$/.test(before) || /^[A-Z0-9-]*[/]/.test(after))
  ) {
    return false;
  }
  const context = dict.aliasContext[m.alias];
  if (context === CONTEXT_SHORT_FORM && GENERIC_BEFORE.test(before)) return false;
  if (context === CONTEXT_CAPITAL) {
    if (capitals) return false;
    // "In Washington's telling" is the government speaking, preposition or not.
    const possessive = /^'s\b/.test(after);
    if (!possessive && (PLACE_BEFORE.test(before) || PLACE_AFTER.test(after))) return false;
    if (/(?:^|\s)the\s+$/i.test(before) && /^\s+[A-Z][a-z]/.test(after)) return false;
    const lineStart = m.start === 0 || /[\n\r]\s*$/.test(before);
    if (lineStart && DATELINE_AFTER.test(after)) return false;
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
    let sure = -1;
    let sureEnd = -1;
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
          if (isSure(dict, alias)) {
            sure = alias;
            sureEnd = end;
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
    if (best >= 0 && bestEnd <= to) {
      const match: RawMatch = { start: i, end: bestEnd, alias: best };
      if (sure >= 0 && sure !== best && !(aliasFlags[best]! & FLAG_BLOCKER)) {
        const fallback = { start: i, end: sureEnd, alias: sure };
        if (passesLocalRules(dict, text, fallback)) match.fallback = { end: sureEnd, alias: sure };
      }
      if (!(aliasFlags[best]! & FLAG_BLOCKER) && passesLocalRules(dict, text, match)) matches.push(match);
      else if (match.fallback)
        matches.push({ start: i, end: match.fallback.end, alias: match.fallback.alias });
      i = bestEnd;
    } else {
      i = firstWordEnd;
    }
  }
  return matches;
}
