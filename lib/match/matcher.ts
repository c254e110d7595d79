/**
 * Finding alias matches in normalised text: whole words only, leftmost-longest, one space in an
 * alias matching any run of whitespace in the text. A confusable ("Pakistani Taliban") wins over
 * the alias it contains by being longer, and then yields nothing. A person's or event's alias
 * also reports the other entities named inside it ("US" in "US President Donald Trump").
 */
import {
  CONTEXT_CAPITAL,
  FLAG_BLOCKER,
  FLAG_DEMONYM,
  FLAG_EVENT,
  FLAG_HEAD,
  FLAG_PERSON,
  FLAG_SPORT,
  FLAG_STATE,
  FLAG_SURNAME,
  firstEntity,
  fullNameFor,
  sameEntity,
  type CompiledDictionary,
} from './dictionary';
import { readsAsPlace } from './capital-place';
import { framedAlias } from './legislature-frame';
import { passesLocalRules } from './local-rules';
import { namesakeRun } from './namesake';
import { otherStatesBody } from './other-state-body';
import { normalizeText, type NormalizedText } from './normalize';
import { facingAnySide, facingSides, inSportsReport, pluralSide } from './sports-report';
import type { MatchEntity } from './from-kb';
import type { RawMatch } from './raw-match';
import { aliasStartingAt, CUE_FLAGS, found, walk, walkInnerName, walkName } from './trie-walk';
import { lastWordIn } from './word-reader';
import { isWordCode } from './words';

export { CUE_FLAGS };
export type { RawMatch };

const NESTS = FLAG_PERSON | FLAG_EVENT;

/**
 * Whether words the text lists a capital with ("Washington and Tehran") are, all of them, a name
 * the KB knows that can stand for a government: a state or a capital. "Persian Gulf Daily" only
 * starts with one; "Lahore" and "Gaza" are places, so "Lahore and Islamabad" lists cities.
 */
const knownName =
  (dict: CompiledDictionary) =>
  (words: string): boolean => {
    const text = normalizeText(words);
    // Up to a full stop the run may end with ("Washington.").
    const alias = aliasStartingAt(dict, text, 0);
    if (alias < 0 || /[\p{L}\p{N}]/u.test(text.lower.slice(found.bestEnd))) return false;
    // Only a state or a capital makes the list one of governments: "Gaza, Tel Aviv and Washington"
    // and "Istanbul · London · Washington" list cities, however well the KB knows them.
    return (dict.aliasFlags[alias]! & FLAG_STATE) !== 0 || dict.aliasContext[alias] === CONTEXT_CAPITAL;
  };

/**
 * The names inside an outer match: leftmost-longest within its span, never the whole span, and
 * not the outer entity's own shorter names ("Donald Trump" in "US President Donald Trump").
 */
function innerMatches(
  dict: CompiledDictionary,
  text: NormalizedText,
  outer: RawMatch,
): RawMatch[] | undefined {
  let inner: RawMatch[] | undefined;
  const inEvent = (dict.aliasFlags[outer.alias]! & FLAG_EVENT) !== 0;
  let i = outer.start;
  let below = outer.end; // where the next walk from `i` ends before: not the whole span
  while (i < outer.end) {
    if (!isWordCode(text.lower.charCodeAt(i))) {
      i++;
      continue;
    }
    walkInnerName(dict, text, i, outer.end, below);
    const { best, bestEnd, firstWordEnd } = found;
    below = Infinity;
    if (best < 0) {
      i = firstWordEnd;
      continue;
    }
    const flags = dict.aliasFlags[best]!;
    const m: RawMatch = { start: i, end: bestEnd, alias: best };
    const isKnown = knownName(dict);
    // Only actors nest: an event's name inside another's ("war in Afghanistan" in "Soviet war in
    // Afghanistan") is a shared phrase, not a second event.
    if (!(flags & (FLAG_BLOCKER | CUE_FLAGS | FLAG_EVENT)) && !sameEntity(dict, best, outer.alias)) {
      const passes = passesLocalRules(dict, text, m, isKnown);
      // Inside an event's name the longer run of capitalised words is that name, which the
      // knowledge base knows ("Sharm el-Sheikh" in "Sharm el-Sheikh Peace Summit"): no namesake.
      const kept = passes
        ? !inEvent && namesakeRun(dict, text, m)
          ? undefined
          : m
        : cityReading(dict, text, m, isKnown);
      if (kept) (inner ??= []).push(kept);
      i = bestEnd;
      continue;
    }
    // Another event's name or the outer entity's own shorter name: the actors inside it still nest
    // ("White House" in "Munir's White House lunch"), one at its first word too ("India" in "2025
    // India–Pakistan conflict"), which a walk ending below it finds. A blocker's words stay blocked.
    if (!(flags & FLAG_BLOCKER) && bestEnd > firstWordEnd) below = bestEnd;
    else i = firstWordEnd;
  }
  return inner;
}

/** "the " before a name, as a Set (word-reader.ts) rather than a regexp compiled to machine code. */
const THE = new Set(['the']);

/**
 * A capital that fails its rules because the text reads it as a place ("flew to Washington")
 * names the city when the knowledge base has it ("Washington, D.C."): that match, or undefined.
 */
function cityReading(
  dict: CompiledDictionary,
  text: NormalizedText,
  m: RawMatch,
  isKnown: (word: string) => boolean,
): RawMatch | undefined {
  const city = dict.aliasCity[m.alias]!;
  if (city < 0 || dict.aliasContext[m.alias] !== CONTEXT_CAPITAL || !readsAsPlace(text, m, isKnown))
    return undefined;
  // "the Washington Post" is no more the city than the government.
  const before = text.text.slice(Math.max(0, m.start - 5), m.start);
  if (lastWordIn(before, THE) && /^\s+[A-Z][a-z]/.test(text.text.slice(m.end, m.end + 5))) return undefined;
  if (namesakeRun(dict, text, m)) return undefined;
  return { start: m.start, end: m.end, alias: city };
}

/** Whether only spaces (no line break), or with `comma` a comma and spaces, lie between `from` and `to`. */
function onlySpaces(text: string, from: number, to: number, comma = false): boolean {
  if (to - from > 3) return false;
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (code !== 0x20 && !(comma && code === 0x2c && k === from)) return false;
  }
  return true;
}

/**
 * Every leftmost-longest whole-word match in `text`, confusables removed and local rules
 * applied. `from`/`to` limit the search to part of the text. Cue words (demonyms, head nouns,
 * titles) go to `cues` when given, for the recognisers; with `entities`, another state's body
 * is told from the knowledge base's (other-state-body.ts).
 */
export function findMatches(
  dict: CompiledDictionary,
  text: NormalizedText,
  from = 0,
  to = text.lower.length,
  cues?: RawMatch[],
  entities?: readonly MatchEntity[],
): RawMatch[] {
  const lower = text.lower;
  const { aliasFlags } = dict;
  const matches: RawMatch[] = [];
  /** Where words of sports reporting stand, and their weight: `[position, weight, …]`. */
  const sports: number[] = [];
  const demonyms: RawMatch[] = [];
  const isKnown = knownName(dict);
  let i = from;
  while (i < to) {
    if (!isWordCode(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    walkName(dict, text, i, to, Infinity);
    const { best, bestEnd, sure, sureEnd, firstWordEnd } = found;
    if (best < 0) {
      i = firstWordEnd;
      continue;
    }
    const flags = aliasFlags[best]!;
    const match: RawMatch = { start: i, end: bestEnd, alias: best };
    i = bestEnd;
    if (flags & FLAG_SPORT) {
      sports.push(match.start, firstEntity(dict, best));
      continue;
    }
    if (flags & CUE_FLAGS) {
      if (flags & FLAG_DEMONYM) demonyms.push(match);
      cues?.push(match);
      continue;
    }
    if (flags & FLAG_BLOCKER) continue;
    const nests = (flags & NESTS) !== 0;
    if (nests) {
      const inner = innerMatches(dict, text, match);
      if (inner) match.inner = inner;
    } else if (sure >= 0 && sure !== best) {
      const fallback = { start: match.start, end: sureEnd, alias: sure };
      if (passesLocalRules(dict, text, fallback, isKnown) && !namesakeRun(dict, text, fallback))
        match.fallback = { end: sureEnd, alias: sure };
    }
    const run = passesLocalRules(dict, text, match, isKnown) ? namesakeRun(dict, text, match) : 'local';
    if (run === false) {
      match.alias = framedAlias(dict, text.text, match); // "members of Congress": legislature-frame.ts
      push(dict, text, matches, match);
      continue;
    }
    if (run === 'bearer') {
      matches.push({ start: match.start, end: match.end, alias: best, bearer: true });
      continue;
    }
    // "the so-called field marshal Asim Munir": a title in lower case fails the whole alias, but the
    // name after it is still a name, so reading goes on from the next word.
    if (run === 'local' && flags & FLAG_PERSON && !match.fallback && lowerTitleBefore(text, match)) {
      i = firstWordEnd;
      continue;
    }
    const city = run === 'local' ? cityReading(dict, text, match, isKnown) : undefined;
    if (city) matches.push(city);
    else if (match.fallback)
      matches.push({ start: match.start, end: match.fallback.end, alias: match.fallback.alias });
    else if (run === 'local' && match.inner) matches.push(...match.inner);
    if (run === 'local' && !city && flags & FLAG_EVENT && cues) {
      headOf(dict, text, match.start, firstWordEnd, cues);
      // "the 27th constitutional amendment": a name turned down for its case still holds words
      // the recognisers read ("amendment"), so reading goes on from its second word.
      if (!match.fallback && !match.inner) i = firstWordEnd;
    }
  }
  // A state's name amid sports reporting, or facing another state as a match's side ("India beat
  // Pakistan"), is its team. (A copy only when one is dropped: most blocks name no state, and
  // this runs per block.)
  const state = (m: RawMatch | undefined) =>
    m !== undefined && (dict.aliasFlags[m.alias]! & FLAG_STATE) !== 0;
  const team = (m: RawMatch, k: number) =>
    state(m) &&
    (inSportsReport(text, sports, m.start, m.end) ||
      facingAnySide(text.text, m.start, m.end) ||
      pluralSide(text.text, m.start, m.end) ||
      (state(matches[k + 1]) && facingSides(text.text, m.end, matches[k + 1]!.start)) ||
      (state(matches[k - 1]) && facingSides(text.text, matches[k - 1]!.end, m.start)));
  const drop = (m: RawMatch, k: number) =>
    team(m, k) || otherStatesBody(dict, entities, text.text, matches, k, demonyms);
  return matches.some(drop) ? matches.filter((m, k) => !drop(m, k)) : matches;
}

/** Whether a person's alias of several words was written with its first word (a title) in lower case. */
function lowerTitleBefore(text: NormalizedText, m: RawMatch): boolean {
  if (text.text.charCodeAt(m.start) !== text.lower.charCodeAt(m.start)) return false;
  const space = text.text.indexOf(' ', m.start);
  return space >= 0 && space < m.end;
}

/**
 * Adds a match that passed every rule. A person's title and name written one after the other
 * ("Pakistani Prime Minister" + "Shehbaz Sharif", "PM Shehbaz" + "Sharif") are one mention; a
 * bare surname is decided against the nearest full name before it in the block.
 */
function push(dict: CompiledDictionary, text: NormalizedText, matches: RawMatch[], match: RawMatch) {
  const last = matches[matches.length - 1];
  const flags = dict.aliasFlags[match.alias]!;
  if (
    last &&
    !last.bearer &&
    flags & FLAG_PERSON &&
    sameEntity(dict, last.alias, match.alias) &&
    // "Prime Minister Shehbaz Sharif": a title and its holder's name, one after the other. Set off
    // by a comma ("Pakistan's army chief, Field Marshal Asim Munir"), the role phrase is an epithet
    // of its own (the corpus guide's ruling of 6 December 2026), so the two stay two mentions.
    onlySpaces(text.text, last.end, match.start)
  ) {
    last.end = match.end;
    if (dict.aliasContext[last.alias] !== 0) last.alias = match.alias;
    if (match.inner) last.inner = [...(last.inner ?? []), ...match.inner];
    return;
  }
  if (flags & FLAG_SURNAME) {
    let nearest: 'bearer' | 'kb' | undefined;
    for (let k = matches.length - 1; k >= 0 && !nearest; k--) {
      const before = matches[k]!;
      if (before.bearer && before.alias === match.alias) nearest = 'bearer';
      else if (!before.bearer && fullNameFor(dict, before.alias, match.alias)) nearest = 'kb';
    }
    if (nearest === 'bearer') return; // "Nawaz Sharif … Sharif": his, not the KB person's
    if (!nearest) match.open = true;
  }
  matches.push(match);
}

/**
 * An event's name the rules turned down ("war in Afghanistan" in lower case) still leaves its
 * first word to the recognisers when that word is a head noun ("war").
 */
function headOf(
  dict: CompiledDictionary,
  text: NormalizedText,
  start: number,
  wordEnd: number,
  cues: RawMatch[],
) {
  walk(dict, text, start, wordEnd, wordEnd + 1);
  if (found.best >= 0 && dict.aliasFlags[found.best]! & FLAG_HEAD)
    cues.push({ start, end: found.bestEnd, alias: found.best });
}
