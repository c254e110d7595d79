/**
 * The event recogniser: reads the noun phrase around a head noun of some kind of happening
 * ("last month's aerial conflict between India and Pakistan", "the U.S.-led bombing of Iranian
 * nuclear sites", "a telephonic conversation with Iranian President Masoud Pezeshkian") and
 * finds the events of that kind whose participants, place or topics the phrase names, and that
 * nothing in the phrase rules out: another state or person, a name the knowledge base does not
 * know, a date the event does not have. A phrase that names no one may still identify an event
 * by words of its own names ("the four-day fighting", "the Peace Summit"). The page then decides
 * (context.ts): a candidate links once the page names its core participants. The rules are the
 * same for every event; what differs is each event's cues in the knowledge base.
 */
import { idiomHeads, looseHeads, sitedHeads } from '../kb/happenings';
import type { EventCue } from './cue-data';
import type { Holder } from './epithets';
import type { MatchEntity } from './from-kb';
import type { RawMatch } from './matcher';
import type { Phrase } from './event-phrase';
import { readLeft } from './event-phrase-left';
import { readRight } from './event-phrase-right';
import { readClause, reducedClauseAt } from './event-phrase-clause';
import { readVerb, VERB_HEADS } from './event-phrase-verb';
import type { Item, PhraseIndex } from './phrase-index';
import { isUpperAt, spacesForward, wordEndAfter } from './phrase-index';
import { inCapsLine } from './caps-line';
import type { PhraseLink } from './phrase-link';
import {
  DEFINITE_MODIFIERS,
  GENERIC_MODIFIERS,
  PLACE_NOUNS_AFTER,
  WEAPON_HEADS,
  WEAPON_VERBS,
} from './phrase-words';
import { aboutEvent, endingEvent, ENDING_HEADS, ENDING_OF_HEADS } from './event-compose';
import { addSentence, contenders, scoreEvent, type Evidence, type Scored } from './event-score';
import { preferChiefKind } from './event-chief-kind';
import { identifyingWords, NAMED_KINDS, spannedKinds } from './kind-words';
import { isCount, isDuration } from './durations';

const isCue = (item: Item | undefined) => item && (item.kind === 'name' || item.kind === 'demonym');

const END_TO = /^\s+to\s/;
const END_OF = /^\s+of\s/;
const LOOSE_HEADS: ReadonlySet<string> = new Set(looseHeads);
const SITED_HEADS: ReadonlySet<string> = new Set(Object.values(sitedHeads).flat());
/** Words after a head that may join it to another happening (event-compose.ts). */
const JOIN_AHEAD = /\s+(?:that|which|to|on|for|against|over|of)\s/y;

/** Where the sentence around `from`–`to` starts and ends in the block. */
function sentenceAround(text: string, from: number, to: number): [number, number] {
  const ends = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a;
  let start = from;
  const first = Math.max(0, from - SENTENCE_REACH);
  while (start > first && !ends(text.charCodeAt(start - 1))) start--;
  let end = to;
  const last = Math.min(text.length, to + SENTENCE_REACH);
  // A full stop ends a sentence only before a space ("U.S." does not).
  while (end < last) {
    const c = text.charCodeAt(end);
    if (c === 0x21 || c === 0x3f || c === 0x0a) break;
    if (c === 0x2e && (end + 1 >= text.length || text.charCodeAt(end + 1) <= 0x20)) break;
    end++;
  }
  return [start, end];
}

/** How far either way a sentence is read for participants (longer ones are rare and cost time). */
const SENTENCE_REACH = 300;

/**
 * What a phrase and its sentence say, for the scorer. Participants named elsewhere in the sentence
 * tell apart events the phrase fits alike; they are read only when the scorer asks.
 */
class PhraseEvidence implements Evidence {
  readonly agents: Set<number>;
  readonly entities: readonly MatchEntity[];
  readonly text: string;
  private names?: number[];
  private withStates?: number[];
  private statesOnly?: number[];

  constructor(
    private readonly index: PhraseIndex,
    readonly phrase: Phrase,
    readonly named: number[],
    readonly tailNamed: number[],
    readonly own: string[],
  ) {
    this.entities = index.entities;
    this.text = index.text.text;
    this.agents = new Set(phrase.items.slice(0, phrase.agents).map((i) => i.entity));
  }

  private inSentence(): number[] {
    if (!this.names) {
      const { index, phrase } = this;
      const [from, to] = sentenceAround(index.text.text, phrase.start, phrase.tailEnd);
      this.names = [...index.namesWithin(from, phrase.start), ...index.namesWithin(phrase.tailEnd, to)]
        .map((i) => i.entity)
        .filter((e) => e >= 0);
    }
    return this.names;
  }

  sentence(): number[] {
    const entities = this.entities;
    return (this.withStates ??= [
      ...new Set(this.inSentence().flatMap((e) => [e, entities[e]!.state ?? -1])),
    ].filter((e) => e >= 0));
  }

  states(): number[] {
    const entities = this.entities;
    return (this.statesOnly ??= [...new Set(this.inSentence().filter((e) => entities[e]!.kind === 'state'))]);
  }
}

const THE_BEFORE = /(?:^|[^\p{L}])the\s+$/u;
const WITH_AFTER = /^\s+with\s/;

/** "the crisis with India", "the military situation with India": see `Phrase.definiteWith`. */
function definiteWith(lower: string, head: Item, phrase: Phrase): boolean {
  return (
    phrase.agents === 0 &&
    phrase.items.length === 1 &&
    phrase.modifiers.every((m) => GENERIC_MODIFIERS.has(m)) &&
    THE_BEFORE.test(lower.slice(Math.max(0, phrase.start - 5), phrase.start)) &&
    WITH_AFTER.test(lower.slice(head.end, head.end + 6))
  );
}

/** "the crackdown at Muridke", "the TLP crackdown": a sited head needs a participant or a site, not the place alone. */
function sited(covered: readonly number[], cue: EventCue, phrase: Phrase): boolean {
  const party = (e: number) => cue.covers.indexOf(e) >= 0 && cue.covers.indexOf(e) < cue.parties;
  return (
    covered.some((e) => party(e) && !cue.places.includes(e)) ||
    phrase.items.some((i) => i.site && cue.places.includes(i.entity))
  );
}

/** The phrase around a head noun and the events it can name, if any. */
export function recogniseEvent(
  index: PhraseIndex,
  head: Item,
  events: readonly number[],
  holders: readonly Holder[][],
  eventsOf: (head: Item) => readonly number[],
): RawMatch | undefined {
  const { text, entities } = index;
  const word = text.lower.slice(head.start, head.end);
  // "a nod to Pakistan's claims": an idiom, not a nomination.
  if (idiomHeads[word]?.test(text.text.slice(head.end, head.end + 5))) return undefined;
  // "an end to the fighting": an ending head names a happening only with "to" after it.
  const ending = ENDING_HEADS.has(word);
  if (ending && !(ENDING_OF_HEADS.has(word) ? END_OF : END_TO).test(text.lower.slice(head.end, head.end + 5)))
    return undefined;
  const phrase: Phrase = {
    start: head.start,
    end: head.end,
    items: [],
    agents: 0,
    tail: [],
    tailEnd: head.end,
    roles: [],
    unknownName: false,
    years: [],
    months: [],
    days: [],
    modifiers: [],
    sitesIn: [],
    brokers: [],
    kinds: head.kinds,
    loose: LOOSE_HEADS.has(word),
    byNames: NAMED_KINDS.has(word),
    bySite: SITED_HEADS.has(word),
    caseless: isUpperAt(text, head.start) && inCapsLine(text, head.start, head.end),
  };
  // "nominated Mr Trump for the Nobel Peace Prize": a verb with its object and a "for" phrase.
  if (VERB_HEADS.has(text.lower.slice(head.start, head.end))) {
    if (!readVerb(index, phrase, holders)) return undefined;
  } else {
    const read = readPhrase(index, head, phrase, events, holders, eventsOf);
    if (read !== true) return read || undefined;
  }
  // "the march ended in bloodshed": how another happening ended, a happening of its own only where
  // its phrase places it at a site ("ended in bloodshed at Muridke", the corpus guide's ruling).
  if (phrase.outcome && !phrase.items.some((i) => i.site) && !phrase.tail.some((i) => i.site))
    return undefined;
  const named = phrase.items.map((i) => i.entity).filter((e) => e >= 0);
  if (phrase.loose) phrase.definiteWith = definiteWith(text.lower, head, phrase);
  if (phrase.strangerAfter && phrase.roles.length === 0 && phrase.items.every((i) => i.kind === 'demonym'))
    return undefined;
  const tailNamed = phrase.tail.map((i) => i.entity).filter((e) => e >= 0);
  // "the international force", not "an international force" (phrase-words.ts `DEFINITE_MODIFIERS`).
  const definite = THE_BEFORE.test(text.lower.slice(Math.max(0, phrase.start - 5), phrase.start));
  const own = identifyingWords(phrase).filter((w) => definite || !DEFINITE_MODIFIERS.has(w));
  const words = named.length === 0 && phrase.roles.length === 0 ? own : [];
  const dated = phrase.months.length > 0 || phrase.pair !== undefined;
  // "the march on the capital": placed, though by no name (event-score.ts).
  const placed = phrase.items.some((i) => i.capital);
  if (
    named.length + tailNamed.length === 0 &&
    phrase.roles.length === 0 &&
    words.length === 0 &&
    !dated &&
    !placed
  )
    return undefined;
  const evidence = new PhraseEvidence(index, phrase, named, tailNamed, own);
  const scored: Scored[] = [];
  const namedOnly = NAMED_KINDS.get(word);
  // "four days of air and drone strikes": a span of days makes strikes an exchange (spanKinds).
  const spanned = phrase.modifiers.some(isDuration) ? spannedKinds(head.kinds) : [];
  if (spanned.length > 0) {
    phrase.kinds = [...head.kinds, ...spanned];
    events = eventsOf({ ...head, kinds: phrase.kinds });
  }
  for (const event of events) {
    const cue = entities[event]!.cue!;
    const kinds = phrase.kinds.filter((k) => cue.happenings.includes(k));
    if (kinds.length === 0) continue;
    // "the passport change" is a change without words of the Constitutional Amendment's names.
    phrase.byNames = namedOnly !== undefined && kinds.every((k) => namedOnly.includes(k));
    const found = scoreEvent(event, cue, evidence);
    if (found && (!phrase.bySite || sited(found.covered, cue, phrase))) scored.push(found);
  }
  if (scored.length > 0) addSentence(scored, evidence);
  preferChiefKind(scored, head.kinds, evidence);
  const chosen = contenders(scored);
  if (chosen.length === 0) return undefined;
  const link: PhraseLink = {
    via: 'cue',
    candidates: chosen.map(({ entity, needs, score }) => ({ entity, needs, score })),
  };
  const end = chosen.some((c) => c.tail) ? phrase.tailEnd : phrase.end;
  return { start: phrase.start, end, alias: -1, phrase: link };
}

/**
 * Reads the noun phrase around a head noun into `phrase`: false when it names no happening (a
 * verb, a place's name, a stranger); a mention when the head names the happening another ended
 * or was about (event-compose.ts); true to score the phrase.
 */
function readPhrase(
  index: PhraseIndex,
  head: Item,
  phrase: Phrase,
  events: readonly number[],
  holders: readonly Holder[][],
  eventsOf: (head: Item) => readonly number[],
): RawMatch | boolean {
  const s = index.text.text;
  const lower = index.text.lower;
  if (!readLeft(index, head, phrase, holders)) return false;
  phrase.agents = phrase.items.length;
  // "strike Iran", "call Trump": a verb with its object, not a happening.
  const next = index.at(spacesForward(s, head.end));
  if (next && next.start > head.end && isCue(next) && !reducedClauseAt(index, head.end)) return false;
  // "India strikes nine sites in Pakistan": after a bare name, a head in "-s" before a count is a
  // verb ("the White House visit 41%" is a noun).
  const agent = phrase.agents === 1 ? phrase.items[0]! : undefined;
  const counted = lower.slice(spacesForward(s, head.end), wordEndAfter(s, spacesForward(s, head.end)));
  if (
    agent?.kind === 'name' &&
    s.slice(agent.end, head.start) === ' ' &&
    lower.endsWith('s', head.end) &&
    isCount(counted)
  )
    return false;
  // "dropped bombs on Fordow": the weapon, with the strike told by the verb.
  if (
    WEAPON_HEADS.has(lower.slice(head.start, head.end)) &&
    WEAPON_VERBS.test(s.slice(Math.max(0, phrase.start - 40), phrase.start))
  )
    return false;
  // "the ExCeL exhibition centre": the head names a place, not a happening.
  const after = spacesForward(s, head.end);
  if (after > head.end && PLACE_NOUNS_AFTER.has(lower.slice(after, wordEndAfter(s, after)))) return false;
  // "Didn't Pakistan change its passports?": a verb with a possessive object.
  if (/^\s+(?:its|their|his|her|our)\s/i.test(s.slice(head.end, head.end + 7))) return false;
  readRight(index, phrase, holders);
  if (phrase.unknownName) return false;
  // "the truce that ended …", "the march against …": read only when such words follow.
  JOIN_AHEAD.lastIndex = phrase.end;
  const joinsAtEnd = JOIN_AHEAD.test(lower);
  JOIN_AHEAD.lastIndex = head.end;
  if (joinsAtEnd || (head.end !== phrase.end && JOIN_AHEAD.test(lower))) {
    const inner = (h: Item) => recogniseEvent(index, h, eventsOf(h), holders, eventsOf);
    const ended = endingEvent(index, head, phrase.start, phrase.end, events, inner);
    if (ended) return ended;
    const before = phrase.items
      .slice(0, phrase.agents)
      .map((i) => i.entity)
      .filter((e) => e >= 0);
    const about = aboutEvent(index, head, phrase.start, before, events, inner);
    if (about) return about;
  }
  if (ENDING_HEADS.has(lower.slice(head.start, head.end))) return false;
  readClause(index, phrase);
  return true;
}
