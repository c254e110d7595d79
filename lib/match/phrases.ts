/**
 * Runs the recognisers over one block's matches: events named in other words (events.ts) and
 * role phrases (epithets.ts). What they find becomes a mention of its own, with the names inside
 * it as inner mentions, so "US attacks on Iran" is an event holding "US" and "Iran".
 */
import { FLAG_HEAD, FLAG_TITLE, entityCount, firstEntity, type CompiledDictionary } from './dictionary';
import { recogniseEpithets, type Holder } from './epithets';
import { adjectivesBefore, DEFINITE, praiseBefore } from './role-lead';
import { fullNameAliases } from './titled-surname';
import { recogniseEvent } from './events';
import { plausibleHead } from './plausible-head';
import type { MatchEntity } from './from-kb';
import type { RawMatch } from './matcher';
import type { NormalizedText } from './normalize';
import { buildIndex, isUpperAt, type Item } from './phrase-index';
import { roleKeys } from './phrase-link';
import { happeningKinds } from '../kb/happenings';
import { isWordCode } from './words';

export interface Recogniser {
  dict: CompiledDictionary;
  entities: readonly MatchEntity[];
  /** For each kind of happening, the events that are of that kind. */
  eventsByKind: number[][];
  /** For each office, its KB holders. */
  holders: Holder[][];
  /** For each entity, an alias that names it alone (titled-surname.ts). */
  fullNames: Int32Array;
  /** Whether any organisation has sittings that are events (see `MatchEntity.sessions`). */
  hasSessions: boolean;
}

/**
 * "on the sidelines of", "during", "at", "attended", "on the eve of", "in New York for" with "this
 * year's" or an ordinal between, or "the 80th session of": words that make an assembly's name its
 * sitting. Without them it is the body, as the corpus guide's ruling of 6 December reads it ("on
 * the sidelines of the UN General Assembly" names no session).
 */
const SITTING_BEFORE =
  /(?:(?:sidelines of|during|at|attend(?:ed|ing|s)?|address(?:ed|ing|es)?|speech to|eve of|(?:in|to) New York for)\s+(?:the\s+)?(?:this year['’]s|\d+(?:st|nd|rd|th))\s+|session of\s+(?:the\s+)?)$/i;
/** "the UN General Assembly session": a sitting named by the word after the assembly's name. */
const SITTING_AFTER = /^\s+session\b/i;

/** An organisation named as one of its sittings ("on the sidelines of the UN General Assembly"): that event. */
function sittingOf(recogniser: Recogniser, text: NormalizedText, m: RawMatch): RawMatch | undefined {
  if (m.alias < 0 || entityCount(recogniser.dict, m.alias) !== 1) return undefined;
  const sessions = recogniser.entities[firstEntity(recogniser.dict, m.alias)]!.sessions;
  const before = SITTING_BEFORE.exec(text.text.slice(Math.max(0, m.start - 50), m.start))?.[0];
  // "the UN General Assembly session": the sitting spans the word, with the assembly inside.
  const session = SITTING_AFTER.exec(text.text.slice(m.end, m.end + 10))?.[0];
  if (!sessions || !(before || session)) return undefined;
  // "the 80th session of the UN General Assembly" names the session apart from the assembly too,
  // which the phrase then holds as its actor (the corpus guide's nested mentions).
  return {
    start: m.start,
    end: m.end + (session?.length ?? 0),
    alias: -1,
    phrase: { via: 'cue', candidates: sessions.map((entity) => ({ entity, needs: [] })) },
    ...(session || /^session/i.test(before!) ? { inner: [m] } : {}),
  };
}

export function createRecogniser(dict: CompiledDictionary, entities: readonly MatchEntity[]): Recogniser {
  const eventsByKind: number[][] = happeningKinds.map(() => []);
  const holders: Holder[][] = roleKeys.map(() => []);
  entities.forEach((entity, index) => {
    for (const kind of entity.cue?.happenings ?? []) eventsByKind[kind]?.push(index);
    for (const role of entity.roles ?? [])
      holders[role.key]?.push(
        role.loose ? { entity: index, state: role.state, loose: true } : { entity: index, state: role.state },
      );
  });
  return {
    dict,
    entities,
    eventsByKind,
    holders,
    fullNames: fullNameAliases(dict, entities.length),
    hasSessions: entities.some((e) => e.sessions),
  };
}

/**
 * The block's top-level mentions with recognised phrases added: `matches` and `cues` as
 * `findMatches` returns them, in the same (normalised) offsets.
 */
export function recognisePhrases(
  recogniser: Recogniser,
  text: NormalizedText,
  matches: RawMatch[],
  cues: readonly RawMatch[],
): RawMatch[] {
  const { dict, entities } = recogniser;
  if (recogniser.hasSessions) matches = matches.map((m) => sittingOf(recogniser, text, m) ?? m);
  // Most head nouns and titles in running text ("talks", "the president") could start no
  // phrase: the index the recognisers walk is built only when one might.
  const heads: RawMatch[] = [];
  const titles: RawMatch[] = [];
  for (const c of cues) {
    const flags = dict.aliasFlags[c.alias]!;
    if (flags & FLAG_HEAD) {
      if (plausibleHead(text, matches, cues, c, entities)) heads.push(c);
    } else if (flags & FLAG_TITLE && (titleLead(text, c.start) || nameAfter(text, c.end))) titles.push(c);
  }
  if (heads.length === 0 && titles.length === 0) return matches;
  const index = buildIndex(text, dict, entities, matches, cues);
  const eventsOf = (item: Item) =>
    item.kinds.length === 1
      ? (recogniser.eventsByKind[item.cue] ?? [])
      : [...new Set(item.kinds.flatMap((k) => recogniser.eventsByKind[k] ?? []))];
  const phrases: RawMatch[] = [];
  for (const head of heads) {
    if (phrases.length > 0 && head.start < phrases[phrases.length - 1]!.end) continue;
    const item = index.item(head);
    const events = eventsOf(item);
    const found =
      events.length > 0 ? recogniseEvent(index, item, events, recogniser.holders, eventsOf) : undefined;
    if (found && (phrases.length === 0 || found.start >= phrases[phrases.length - 1]!.end))
      phrases.push(found);
  }
  const titleItems = titles.map(index.item);
  // Role phrases may sit inside an event's phrase ("the call between the secretary of state and
  // the prime minister"): they are mentions of their own, nested in it.
  const epithets =
    titleItems.length > 0
      ? recogniseEpithets(index, titleItems, recogniser.holders, recogniser.fullNames).filter(
          (e) =>
            !phrases.some((p) => p.start < e.end && e.start < p.end && (e.start < p.start || e.end > p.end)),
        )
      : [];
  if (phrases.length === 0 && epithets.length === 0) return matches;
  const withEpithets = epithets.length > 0 ? nest(matches, epithets) : matches;
  return phrases.length > 0 ? nest(withEpithets, phrases) : withEpithets;
}

/** Whether what stands before a title may make it a role phrase: "the", a possessive, a qualifier, or a line start. */
function titleLead(text: NormalizedText, at: number): boolean {
  const s = text.text;
  let k = adjectivesBefore(s, text.lower, praiseBefore(s, text.lower, at));
  if (k < at) return true; // "the same army chief", "my favourite field marshal": the epithet recogniser reads on
  k = at;
  while (k > 0 && (s.charCodeAt(k - 1) === 0x20 || s.charCodeAt(k - 1) === 0x09)) k--;
  if (k === 0) return true;
  const c = s.charCodeAt(k - 1);
  // A line start or sentence end, a possessive ("Pakistan's"), or a capitalised word (a qualifier).
  if (
    c === 0x0a ||
    c === 0x2e ||
    c === 0x21 ||
    c === 0x3f ||
    c === 0x3a ||
    c === 0x3b ||
    c === 0x22 ||
    c === 0x201c
  )
    return true;
  if (c === 0x73 && s.charCodeAt(k - 2) === 0x27) return true;
  let w = k;
  while (w > 0 && isWordCode(s.charCodeAt(w - 1))) w--;
  if (w === k) return false;
  if (isUpperAt(text, w)) return true;
  const word = text.lower.slice(w, k);
  return DEFINITE.has(word) || word === 'its' || word === 'our'; // "its/our army chief" (role-lead.ts reads whose)
}

/**
 * Whether a capitalised word follows a title, after a comma or not ("Army chief General Upendra
 * Dwivedi", "India's current army chief, General …"): whatever stands before it, the title names
 * that person's office, and another holder of it named in the block leaves a bare "the army
 * chief" there unread (epithets.ts), so the recogniser must see it.
 */
function nameAfter(text: NormalizedText, end: number): boolean {
  const s = text.text;
  let k = end;
  if (s.charCodeAt(k) === 0x2c) k++;
  if (s.charCodeAt(k) !== 0x20) return false;
  while (s.charCodeAt(k) === 0x20) k++;
  return k < s.length && isUpperAt(text, k);
}

/** Puts each match that lies inside a phrase into that phrase, and the phrases among the matches. */
function nest(matches: RawMatch[], phrases: RawMatch[]): RawMatch[] {
  const out: RawMatch[] = [];
  const sorted = phrases.toSorted((a, b) => a.start - b.start);
  let p = 0;
  for (let i = 0; i < matches.length;) {
    const m = matches[i]!;
    const phrase = sorted[p];
    if (phrase && phrase.start <= m.start) {
      const inner: RawMatch[] = [];
      while (i < matches.length && matches[i]!.end <= phrase.end) {
        if (matches[i]!.start < phrase.start) break;
        // An event named by its set name inside another's phrase ("the truce that ended the
        // 12-day war", "Trump's plan to end the war in Gaza") nests, with the actors inside it,
        // as the guide's corrections draw it. One the recogniser read there is reported only
        // where event-compose.ts puts it among the phrase's inner mentions (merged below).
        inner.push(matches[i]!);
        i++;
      }
      if (phrase.inner)
        inner.push(...phrase.inner.filter((r) => !inner.some((o) => o.start === r.start && o.end === r.end)));
      if (inner.length > 0) phrase.inner = inner.toSorted((a, b) => a.start - b.start || b.end - a.end);
      out.push(phrase);
      p++;
      continue;
    }
    out.push(m);
    i++;
  }
  while (p < sorted.length) out.push(sorted[p++]!);
  return out;
}
