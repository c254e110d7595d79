/**
 * Scoring the knowledge base's events against what a sentence says around one head noun of a
 * happening. Every event of the head's kind is scored with the same evidence: participants,
 * place and topics named in the noun phrase, words of the event's own names, a month or day that
 * matches its date, a pair the page has named ("between the two countries"), and participants
 * named elsewhere in the sentence. Contradicting evidence vetoes an event: a name it cannot
 * involve, a date it does not have, an office none of its participants holds. The page then
 * decides between the candidates (context.ts): the best one links only if the page names its
 * participants and it beats every other candidate the page could mean by a margin. Weights are data.
 */
import { pairFits, type EventCue } from './cue-data';
import type { MatchEntity } from './from-kb';
import type { Phrase } from './event-phrase';
import { MONTH_NUMBERS } from './name-words';
import { ownWordsFor } from './kind-words';
import { contradicts, sameDay } from './event-dates';
import { oneSidedFits } from './event-one-sided';

/** How much each kind of evidence counts. A participant or the place named in the phrase decides most. */
export const WEIGHTS = {
  /** A participant or the place, named in the noun phrase. */
  party: 10,
  /** A topic of the event (the place of a related event), named in the phrase. */
  topic: 1,
  /**
   * The states of participant bodies ("Israeli and American spies" for Mossad and the CIA); two
   * such identify the event, one only adds to other evidence.
   */
  kin: 3,
  /** A person or body tied to the event standing before the head as its agent ("Trump's plan"). */
  agent: 1,
  /** Every modifier of the phrase is a word of the event's own names ("the Peace Summit"). */
  ownWords: 4,
  /** A month in the phrase that the event's date spans ("the June war"). */
  month: 5,
  /** And the day ("the June 21 raids"). */
  day: 3,
  /** "between the two countries": the event's participants are such a pair. */
  pair: 6,
  /** A site the KB does not name lies where the event took place ("strikes on Fordow"). */
  site: 3,
  /**
   * Installations of a state where the event took place ("on Iran's nuclear facilities"): less
   * than a named site, it tells apart events the phrase fits alike, not one the sentence favours.
   */
  installations: 1,
  /** A participant named elsewhere in the sentence (at most two count). */
  sentence: 2,
  /** A person or body the phrase names as who brokered or backed it ("the US-brokered ceasefire"). */
  broker: 2,
  /** A participant or place the page must still name, against the event. */
  need: 1,
} as const;

/**
 * A score the phrase alone makes convincing ("the June hostilities": its kind, month and words):
 * the page then need name only one of the participants it leaves out.
 */
export const STRONG = 9;

/** What beats the runner-up: the best candidate must lead every other the page could mean by this much. */
export const MARGIN = 1;

/** What the phrase and its sentence say, read once for all events. */
export interface Evidence {
  phrase: Phrase;
  /** Entities named in the phrase (names and demonyms), and which of them stand before the head. */
  named: number[];
  agents: Set<number>;
  /** Entities named in a second prepositional phrase, which belongs to the phrase only if they fit. */
  tailNamed: number[];
  /** Modifiers that could identify an event ("peace", "four", "day", "june"). */
  own: string[];
  /** Entities named in the same sentence outside the phrase (and their states), read on demand. */
  sentence: () => number[];
  /** The states named as such in the sentence (not a person's or body's), read on demand. */
  states: () => number[];
  /** The matcher's entities (their kinds and states). */
  entities: readonly MatchEntity[];
  /** The block's text the phrase was read from. */
  text: string;
}

export interface Scored {
  entity: number;
  score: number;
  needs: number[];
  /** Whether the second prepositional phrase belongs to this event's mention. */
  tail: boolean;
  /** The participants, place and topics the phrase names. */
  covered: number[];
}

/**
 * Whether the sentence leaves a pair of states to mean these members: it names both, or no other
 * pair and none of them beside another state. "Trump ended the fighting between the two
 * neighbours" may be India and Pakistan; "Delegations from Pakistan and Afghanistan … between the
 * two neighbours" is not.
 */
function pairInSentence(members: readonly number[], ev: Evidence): boolean {
  // "the worst fighting between them": the sentence must name them both.
  if (ev.phrase.pair === 'them') return members.every((m) => ev.sentence().includes(m));
  // People are told apart by what the pair is called ("the two generals"), not by who else is named.
  if (ev.entities[members[0]!]!.kind !== 'state') return true;
  const others = ev.states().filter((e) => !members.includes(e));
  const mine = members.filter((m) => ev.states().includes(m)).length;
  return mine === 2 || others.length === 0 || (others.length === 1 && mine === 0);
}

const isMonthWord = (w: string) => MONTH_NUMBERS.has(w);
/** The score of one event for the phrase, or undefined when the phrase rules it out or does not identify it. */
export function scoreEvent(event: number, cue: EventCue, ev: Evidence): Scored | undefined {
  const { phrase, named, agents, tailNamed } = ev;
  const own = ownWordsFor(ev.own, cue.words);
  if (contradicts(phrase, cue.from, cue.to) || !oneSidedFits(cue, phrase, ev.entities)) return undefined;
  // "the June 13 strikes" are not the strikes of June 21, though "June" is a word of their name;
  // "the June 22 strikes" are (a night raid falls on two dates across time zones).
  if (cue.day !== undefined && phrase.days.some((d) => !sameDay(d, cue.day))) return undefined;
  // The state of someone tied to the event names it only beside a participant ("US-Iran talks").
  const beside = named.some((e) => cue.covers.indexOf(e) >= 0 && cue.covers.indexOf(e) < cue.parties);
  if (named.some((e) => !cue.allowed.includes(e) && !(beside && cue.sides.includes(e)))) return undefined;
  const covered: number[] = [];
  let agentOnly = 0;
  let kin = 0;
  for (const item of phrase.items) {
    const e = item.entity;
    // "the march on the capital": the capital of the state where the event took place, if any.
    if (item.capital) {
      const state = cue.places.find((p) => ev.entities[p]!.kind === 'state');
      if (state !== undefined) add(covered, state);
      continue;
    }
    if (e < 0) continue;
    // A site the KB does not name ("Fordow") places the event, and is no participant of it.
    if (item.site) {
      if (cue.places.includes(e)) add(covered, e);
      continue;
    }
    if (cue.covers.includes(e)) add(covered, e);
    else if (addMember(cue, e, covered)) continue;
    else if (agents.has(e) && cue.agents.includes(e)) agentOnly++;
    else if (ev.entities[e]!.kind === 'state' && cue.bodies.some((c) => ev.entities[c]!.state === e)) kin++;
    const state = ev.entities[e]!.state ?? -1;
    if (state >= 0 && cue.covers.includes(state)) add(covered, state);
  }
  // "the secretary of state and the prime minister": each office must be held by a participant.
  const roles = phrase.roles.map((holdersOfRole) => holdersOfRole.find((h) => cue.covers.includes(h)));
  if (roles.some((r) => r === undefined)) return undefined;
  for (const r of roles) add(covered, r!);
  const tail = tailNamed.length > 0 && tailNamed.every((e) => cue.allowed.includes(e));
  if (tail)
    for (const item of phrase.tail) {
      const e = item.entity;
      if (e < 0 || (item.site && !cue.places.includes(e))) continue;
      if (cue.covers.includes(e)) add(covered, e);
      else addMember(cue, e, covered);
      const state = ev.entities[e]!.state ?? -1;
      if (state >= 0 && cue.covers.includes(state)) add(covered, state);
    }

  // A day written out names a day's happening ("its attack on June 13", "the truce of June 24"), not a month-long war.
  const dayFits = phrase.days.every((d) => sameDay(d, cue.day) || (cue.day === undefined && cue.oneDay));
  const month = phrase.months.length > 0 && phrase.months.every((m) => cue.months.includes(m)) && dayFits;
  const day = month && phrase.days.length > 0;
  // A month counts as a word of the event's names when its date spans it ("the June war").
  const byWords = own.length > 0 && own.every((w) => cue.words.includes(w) || (isMonthWord(w) && month));
  const pair =
    phrase.pair !== undefined &&
    named.length === 0 &&
    cue.pair !== undefined &&
    pairFits(phrase.pair, cue.pair) &&
    pairInSentence(cue.pair.members, ev);
  // The phrase itself must identify the event: a participant, the place or a topic; words of its
  // names (with an agent of it at most: "Trump's Gaza plan" needs "Gaza"); its month; a pair.
  const nameless = named.length + roles.length === 0;
  // "the US-brokered ceasefire", "the truce that Trump brokered": who brokered it names a happening
  // of the event's chief kind (Trump brokers deals of every kind), and is never one of its sides
  // (the place may host it: "the Oman-mediated talks").
  const side = (e: number) => cue.covers.indexOf(e) >= 0 && cue.covers.indexOf(e) < cue.parties;
  if (phrase.brokers.some((e) => side(e) && !cue.places.includes(e))) return undefined;
  const brokered =
    phrase.brokers.length > 0 &&
    phrase.kinds.includes(cue.happenings[0]!) &&
    phrase.brokers.every((e) => cue.agents.includes(e));
  const identified =
    brokered ||
    covered.length > 0 ||
    kin > 1 ||
    (byWords && (agentOnly > 0 || nameless)) ||
    (month && nameless && (own.length === 0 || byWords)) ||
    pair;
  if (!identified) return undefined;
  // "the Nobel letter", not "Trump's letter": such a head needs the event's own words.
  if (phrase.byNames && !byWords) return undefined;
  // "Pakistan's crisis" is not the India–Pakistan conflict; "the May crisis with India" is.
  const known = Number(phrase.definiteWith === true);
  if (phrase.loose && covered.length + Number(month) + Number(pair) + Number(byWords) + known < 2)
    return undefined;
  let score = agentOnly * WEIGHTS.agent + Math.min(kin, 2) * WEIGHTS.kin;
  for (const e of covered) {
    const at = cue.covers.indexOf(e);
    score += at >= 0 && at < cue.parties ? WEIGHTS.party : WEIGHTS.topic;
  }
  if (cue.places.length > 0) {
    const items = [...phrase.items, ...(tail ? phrase.tail : [])];
    if (items.some((i) => i.site && cue.places.includes(i.entity))) score += WEIGHTS.site;
    else if (phrase.sitesIn.some((st) => cue.places.includes(st))) score += WEIGHTS.installations;
  }
  if (brokered) score += WEIGHTS.broker;
  if (byWords) score += WEIGHTS.ownWords;
  if (month) score += WEIGHTS.month;
  if (day) score += WEIGHTS.day;
  if (pair) score += WEIGHTS.pair;
  // "the Gaza summit in Egypt": the state of a core place, named with other evidence, stands
  // for the place (the page need not name Sharm el-Sheikh too); "a summit in Egypt" alone does not.
  const stateNamed = (c: number) => {
    const place = ev.entities[c]!;
    return place.kind === 'place' && place.state !== undefined && covered.includes(place.state);
  };
  const needs = cue.core.filter((c) => !covered.includes(c) && !(score >= 2 && stateNamed(c)));
  if (pair) for (const m of cue.pair!.members) if (!covered.includes(m)) add(needs, m);
  // Who brokered it tells which event, not where: every such event leaves the page all its core to
  // name, and the page decides between them (decideEvent) without favouring one with less of it.
  if (!brokered || covered.length > 0) score -= needs.length * WEIGHTS.need;
  // "a call from Iran's chief": a topic alone (Iran, where the strikes the call was about took
  // place), with every participant still to name, is too little; where the event took place
  // ("the lunch in Washington") is not.
  if (score < 0 && !covered.some((e) => cue.places.includes(e))) return undefined;
  return { entity: event, score, needs, tail, covered };
}

/** A body a participant leads or serves stands for that participant ("the AJC meeting"). */
function addMember(cue: EventCue, body: number, covered: number[]): boolean {
  let found = false;
  for (const m of cue.memberships)
    if (m.body === body) {
      add(covered, m.person);
      found = true;
    }
  return found;
}

const add = (list: number[], e: number) => {
  if (!list.includes(e)) list.push(e);
};

/**
 * Adds what the rest of the sentence says (participants named outside the phrase) where it can
 * change the outcome: between candidates within reach of each other, or for one that falls
 * short of needing a single participant named. Reading the sentence costs, so most phrases skip it.
 */
export function addSentence(scored: Scored[], ev: Evidence): void {
  const reach = 2 * WEIGHTS.sentence;
  const matters =
    scored.length > 1 ||
    scored.some((c) => c.needs.length > 1 && c.score < STRONG && c.score >= STRONG - reach);
  if (!matters) return;
  const sentence = ev.sentence();
  for (const c of scored) {
    const cue = ev.entities[c.entity]!.cue!;
    let parties = 0;
    for (const e of sentence) {
      const at = cue.covers.indexOf(e);
      if (at >= 0 && at < cue.parties && !c.covered.includes(e)) parties++;
    }
    c.score += Math.min(2, parties) * WEIGHTS.sentence;
  }
}

/**
 * The candidates worth passing to the page: those within the margin of the best. One further
 * behind can neither win nor stop the best from winning.
 */
export function contenders(scored: readonly Scored[]): Scored[] {
  if (scored.length === 0) return [];
  const best = Math.max(...scored.map((c) => c.score));
  return scored.filter((c) => c.score > best - MARGIN);
}

/**
 * The event the page means, of the contenders, given which entities it names: the best of those
 * whose participants it names, if no other such is within the margin and no event it does not
 * name scores higher; -1 otherwise. (Breaking ties by how often the page names each candidate's
 * participants was tried: on the corpus it chose wrong more often than right.)
 */
export function decideEvent(
  candidates: readonly { entity: number; needs: number[]; score?: number }[],
  named: (entity: number) => boolean,
): number {
  let best = -Infinity;
  for (const c of candidates) best = Math.max(best, c.score ?? 0);
  const ready = candidates.filter(
    (c) => c.needs.every(named) || ((c.score ?? 0) >= STRONG && c.needs.some(named)),
  );
  if (ready.length === 0) return -1;
  const top = Math.max(...ready.map((c) => c.score ?? 0));
  if (top < best) return -1;
  const winners = ready.filter((c) => (c.score ?? 0) > top - MARGIN);
  return winners.length === 1 ? winners[0]!.entity : -1;
}
