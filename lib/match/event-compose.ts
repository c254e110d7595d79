/**
 * A happening named by the happening it ended: "the truce that ended the twelve days of war
 * between Israel and Iran", "Trump's plan to end the war in Gaza", "an end to the fighting
 * between Israel and Iran", "the summit on ending the two-year war on Gaza". The phrase after the
 * linking words is read as an event of its own (an alias, or the recogniser's phrase); the head
 * names the event of its kind that the knowledge base relates to it, or that shares its core
 * participants or place. The whole span is then one mention of the outer event, as the blind
 * labels draw it, with the actors inside nested; the inner event nests too when it is a set name
 * the matcher found (phrases.ts), and when this reads it as what was signed at the outer one or
 * what a protest was against ("the signing of the Gaza accord", "the march against the Gaza
 * deal"), as the guide's corrections draw those; not as what a truce ended, where the labels split.
 */
import type { EventCue } from './cue-data';
import { entityCount, firstEntity } from './dictionary';
import type { RawMatch } from './matcher';
import type { Item, PhraseIndex } from './phrase-index';
import type { PhraseLink } from './phrase-link';
import { aboutHeadKinds, endingHeads, endingHeadsOf, happeningKinds, makingHeads } from '../kb/happenings';

/** The words that join a happening to the one it ended, after its head or its phrase. */
const ENDING =
  /^\s+(?:(?:that|which)\s+(?:ended|halted|stopped|ends|halts|would end|brought an end to)|to\s+(?:end|halt|stop)|on\s+ending|for\s+ending)\s+/i;
/** Heads that name a happening only as the end of another, joined by "to" ("an end to the fighting"). */
export const ENDING_HEADS = new Set(Object.values(endingHeads).flat());
const aboutKinds = new Set(aboutHeadKinds.map((k) => happeningKinds.indexOf(k)));
const ENDING_TO = /^\s+to\s+/i;
/** Ending heads joined by "of" ("the cessation of hostilities"). */
export const ENDING_OF_HEADS: ReadonlySet<string> = new Set(endingHeadsOf);
const ENDING_OF = /^\s+of\s+/i;
/** Heads that name where another happening was made, joined by "of" ("the signing of the deal"). */
const MAKING_HEADS: ReadonlySet<string> = new Set(makingHeads);
const MAKING_OF = /^\s+of\s+/i;
/** Words between the linking words and the inner phrase ("the", "Israel's" is read by the inner phrase). */
const DETERMINER = /^(?:the|a|an|its|their|this|that)\s+/i;
/** A quick test, on lower-case text right after a head, for the linking words that may follow it. */
export const ENDS_ANOTHER = /^\s+(?:that|which|to|on|for)\s+(?:end|halt|stop|brought)/;
const PREPOSITION = /^(?:on|in|at|with|by|after|before|when)\b/;
/** How far after the linking words the inner happening's head may stand. */
const REACH = 48;

/** How much the ended event counts for the outer one, against what a phrase's names give (events.ts). */
export const ENDS_WEIGHT = 10;

/**
 * Whether two events belong together as a happening and what ended it: the KB relates them, or
 * they share a core participant or place (the Gaza ceasefire and the Gaza war).
 */
function belong(outer: number, outerCue: EventCue, inner: number, innerCue: EventCue | undefined): boolean {
  if (outerCue.events.includes(inner) || innerCue?.events.includes(outer)) return true;
  return innerCue !== undefined && outerCue.core.some((c) => innerCue.core.includes(c));
}

/** The event (an alias, or a phrase `inner` reads) that starts within reach of `at`, with what it may mean. */
function innerEvent(
  index: PhraseIndex,
  at: number,
  inner: (head: Item) => RawMatch | undefined,
): { found: RawMatch; meant: { entity: number; needs: number[] }[] } | undefined {
  const { text, dict } = index;
  for (let k = at; k < at + REACH && k < text.text.length; k++) {
    if (/[.:;,!?\n]/.test(text.text[k]!)) break;
    const item = index.at(k);
    if (!item) continue;
    if (item.kind === 'event' && item.match && entityCount(dict, item.match.alias) === 1)
      return { found: item.match, meant: [{ entity: firstEntity(dict, item.match.alias), needs: [] }] };
    if (item.kind === 'head' && !ENDING_HEADS.has(text.lower.slice(item.start, item.end))) {
      const phrase = inner(item);
      return phrase?.phrase?.via === 'cue' && phrase.start <= at
        ? { found: phrase, meant: phrase.phrase.candidates }
        : undefined;
    }
  }
  return undefined;
}

/**
 * The outer event's mention when the head's phrase (ending at `end`) is followed by words that
 * join it to a happening it ended: undefined when it is not, or when no event of the head's kind
 * belongs with the inner one. `inner` reads the inner head as an event phrase.
 */
export function endingEvent(
  index: PhraseIndex,
  head: Item,
  start: number,
  end: number,
  events: readonly number[],
  inner: (head: Item) => RawMatch | undefined,
): RawMatch | undefined {
  const { text, entities } = index;
  const after = text.text.slice(end, end + 24);
  const word = text.lower.slice(head.start, head.end);
  // "the signing of the Gaza deal": "of" right after the head, before its phrase read on.
  const making = MAKING_HEADS.has(word) ? MAKING_OF.exec(text.text.slice(head.end, head.end + 8)) : null;
  const endingOf = ENDING_OF_HEADS.has(word);
  const joined =
    making ??
    ENDING.exec(after) ??
    (ENDING_HEADS.has(word) ? (endingOf ? ENDING_OF : ENDING_TO).exec(after) : null);
  if (!joined) return undefined;
  let at = (making ? head.end : end) + joined[0].length;
  const determiner = DETERMINER.exec(text.text.slice(at, at + 8));
  if (determiner) at += determiner[0].length;
  // "the war that ended on a tweet": the verb without an object ends nothing named.
  if (PREPOSITION.test(text.lower.slice(at, at + 8))) return undefined;
  const object = innerEvent(index, at, inner);
  if (!object) return undefined;
  const { found, meant } = object;
  const candidates: { entity: number; needs: number[]; score: number }[] = [];
  for (const event of events) {
    const cue = entities[event]!.cue!;
    if (!head.kinds.some((k) => cue.happenings.includes(k))) continue;
    const partner = meant.find(
      (m) => m.entity !== event && belong(event, cue, m.entity, entities[m.entity]!.cue),
    );
    if (partner) candidates.push({ entity: event, needs: partner.needs, score: ENDS_WEIGHT });
  }
  // "the cessation of hostilities of 10 May" (India and Pakistan's): a truce the KB does not
  // know, so the span links nothing rather than leaving the war inside it to be read.
  if (candidates.length === 0)
    return endingOf ? { start, end: found.end, alias: -1, phrase: { via: 'cue', candidates } } : undefined;
  const link: PhraseLink = { via: 'cue', candidates };
  // "the signing of the Gaza deal": the deal nests in the summit.
  if (making && found.phrase) return { start, end: found.end, alias: -1, phrase: link, inner: [found] };
  return { start, end: found.end, alias: -1, phrase: link };
}

/** "the march against the Gaza deal": what a protest was against. */
const ABOUT = /^\s+(?:against|over|on)\s+(?:(?:the|a|an|its|their)\s+)?/i;
/** How much a KB event as the object of a protest counts: the page must still name who protested. */
export const ABOUT_WEIGHT = 6;

/**
 * The mention of a happening of an "about" kind (a protest) whose object is another event ("the
 * party's march on the capital against the Gaza peace deal"): the whole span is the protest, an
 * event of the head's kind that nothing before the head rules out, once the page names its
 * participants; if there is none, the span still links nothing, so the deal inside it is not
 * reported as a mention of its own at the top level (the blind labels draw the protest, with the
 * deal nested inside it).
 */
export function aboutEvent(
  index: PhraseIndex,
  head: Item,
  start: number,
  before: readonly number[],
  events: readonly number[],
  inner: (head: Item) => RawMatch | undefined,
): RawMatch | undefined {
  const { text, entities } = index;
  if (!head.kinds.some((k) => aboutKinds.has(k))) return undefined;
  const joined = ABOUT.exec(text.text.slice(head.end, head.end + 24));
  if (!joined) return undefined;
  const object = innerEvent(index, head.end + joined[0].length, inner);
  if (!object) return undefined;
  const candidates: { entity: number; needs: number[]; score: number }[] = [];
  for (const event of events) {
    const cue = entities[event]!.cue!;
    if (!head.kinds.some((k) => aboutKinds.has(k) && cue.happenings.includes(k))) continue;
    if (before.some((e) => !cue.allowed.includes(e))) continue;
    const covered = before.filter((e) => cue.covers.includes(e));
    candidates.push({
      entity: event,
      needs: cue.core.filter((c) => !covered.includes(c)),
      score: ABOUT_WEIGHT + covered.length * 10,
    });
  }
  const link: PhraseLink = { via: 'cue', candidates };
  // "the march against the Gaza deal": the deal it was against nests in it.
  const nested = object.found.phrase ? [object.found] : undefined;
  return { start, end: object.found.end, alias: -1, phrase: link, ...(nested && { inner: nested }) };
}
