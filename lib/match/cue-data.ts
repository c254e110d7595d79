/**
 * What the event recogniser knows about each event, computed once from the knowledge base when
 * the matcher is built: its kinds of happening, which entities place it (participants and
 * place), which of those the page must name, which entities a phrase about it may name at all,
 * and its date.
 */
import { oneDayKinds } from '../kb/happening-days';
import { alikeKinds, happeningKinds } from '../kb/happenings';
import type { Entity, KbEvent } from '../kb/schema';
import { bordering, PLACE_STATES } from './place-data';
import { TITLE_WORDS } from './name-words';
import { GENERIC_MODIFIERS } from './phrase-words';
import { wordSet } from './word-list';

export interface EventCue {
  /** Indices into `happeningKinds`. */
  happenings: number[];
  /** How many of `covers` (the first ones) are participants or the place rather than topics. */
  parties: number;
  /**
   * People and bodies the event is related to: they may stand before the head as its agent
   * ("the US-brokered ceasefire", "Trump's Gaza plan") and identify it weakly there.
   */
  agents: number[];
  /** The events it is related to, either way round ("the truce that ended the war"). */
  events: number[];
  /** Participants that are organisations ("Mossad", "CIA"), whose states stand for them in a phrase. */
  bodies: number[];
  /** Participants and place the page must name (in the phrase or elsewhere) before a phrase links. */
  core: number[];
  /**
   * Participants, place and topics (the places of related events: the Gaza in "the summit on
   * Gaza"). A phrase must name at least one, or a person or body of one.
   */
  covers: number[];
  /**
   * Everything a phrase about the event may name: the covers, their states, and the people and
   * bodies of those states ("Trump's strikes on Iran"). Any other name in the phrase rules it out.
   */
  allowed: number[];
  /**
   * Where it took place: the KB place, its state, the places the KB says it was located in. A
   * site the KB does not name ("Fordow", "the Cabinet Room") that lies in one of these counts
   * for it over an event that merely involves that state (minor-places.ts).
   */
  places: number[];
  /**
   * The states of the people and bodies tied to the event that it may not otherwise name: one may
   * stand in a phrase as a side beside a participant ("US-Iran talks", "talks between Washington
   * and Tehran" for the talks Trump set a deadline for), not alone ("talks with the US").
   */
  sides: number[];
  /**
   * The bodies its people lead or serve, each with the person: "the head of the American Jewish
   * Congress", "the AJC meeting" name Daniel Rosen's meeting through his body.
   */
  memberships: { body: number; person: number }[];
  /** Words of the event's own names, lower case: a phrase written as a proper name must use only these. */
  words: string[];
  /** The event's date as ISO partial dates (`2025-06`), absent when undated. */
  from?: string;
  to?: string;
  /** The months (1–12) the event's date spans, when it is dated to the month within one year ("the June war"). */
  months: number[];
  /** The day of the month, when it is dated to the day ("the June 21 raids"). */
  day?: number;
  /** Its chief kind happens on one day, so any day of its months may be written for it. */
  oneDay: boolean;
  /**
   * Whether its participants are a pair the page can call "the two countries" (two states) or
   * "the two leaders" (two people), and which they are.
   */
  pair?: { kind: PairKind; members: number[]; neighbours?: boolean };
}

/**
 * What a pair is called ("the two countries", "the two leaders", "the two generals", "the two
 * men"): states; heads of government or state; military officers; any two people; or a pronoun
 * ("between them") for whichever two the sentence names.
 */
export type PairKind = 'state' | 'neighbours' | 'leader' | 'military' | 'person' | 'them';

/** Role titles of officers ("Chief of Army Staff", "Field Marshal", "Major General"). */
const MILITARY_TITLE = /\b(?:general|marshal|army|military|armed forces|commander)\b/i;
/** Role titles of heads of government or state. */
const LEADER_TITLE = /^(?:prime minister|president|premier|king|emir|supreme leader)\b/i;

/** Whether a pair the page calls `said` ("the two generals", "the two neighbours") can be this event's pair. */
export function pairFits(said: PairKind, pair: NonNullable<EventCue['pair']>): boolean {
  // "between them": any pair, if the sentence names both (event-score.ts).
  if (said === 'them') return true;
  if (said === 'neighbours') return pair.neighbours === true;
  return kindFits(said, pair.kind);
}

function kindFits(said: PairKind, pair: PairKind): boolean {
  if (said === 'state' || pair === 'state') return said === pair;
  return said === 'person' || said === pair;
}

/** The months an ISO partial date range spans within one year ([] when it is not dated to the month). */
function monthsOf(from?: string, to?: string): number[] {
  if (!from || !to || from.length < 7 || to.length < 7 || from.slice(0, 4) !== to.slice(0, 4)) return [];
  const months: number[] = [];
  for (let m = Number(from.slice(5, 7)); m <= Number(to.slice(5, 7)); m++) months.push(m);
  return months;
}

/**
 * The state an entity belongs to (itself for a state), following roles and part-of links; -1 if
 * none. With `bodies`, the states of bodies no source locates count too (place-data.ts): an event's
 * phrase may name a participant's state ("a call from U.S. Secretary of State Marco Rubio"), while
 * role phrases still read offices as the sources give them.
 */
export function stateOf(
  list: readonly Entity[],
  indexOf: ReadonlyMap<string, number>,
  index: number,
  bodies = false,
): number {
  const seen = new Set<number>();
  const walk = (i: number): number => {
    if (seen.has(i)) return -1;
    seen.add(i);
    const entity = list[i]!;
    if (entity.kind === 'state') return i;
    if (entity.kind === 'event') return -1;
    const next = [
      ...entity.roles.map((r) => r.organisation),
      ...entity.related.filter((r) => r.type === 'part-of' || r.type === 'located-in').map((r) => r.target),
    ];
    for (const id of next) {
      const j = id === null ? undefined : indexOf.get(id);
      const state = j === undefined ? -1 : walk(j);
      if (state >= 0) return state;
    }
    const known =
      entity.kind === 'place' || (bodies && entity.kind === 'organisation')
        ? PLACE_STATES[entity.id]
        : undefined;
    return (known === undefined ? undefined : indexOf.get(known)) ?? -1;
  };
  return walk(index);
}

export function eventCueOf(
  event: KbEvent,
  list: readonly Entity[],
  indexOf: ReadonlyMap<string, number>,
  states: readonly number[],
): EventCue {
  const cues = event.cues!;
  const ids = (names: readonly (string | null)[]) =>
    names.flatMap((id) => (id === null ? [] : (indexOf.get(id) ?? [])));
  // Topics are the places of the events this one is related to ("the summit on Gaza"); people
  // and states it is merely related to would let "recognition of Israel" pass for another event.
  const related = ids(event.related.map((r) => r.target)).map((i) => list[i]!);
  const topics = related.flatMap((e) => (e.kind === 'event' ? [e.place] : []));
  const agents = ids(related.filter((e) => e.kind !== 'event').map((e) => e.id));
  const parties = new Set(ids([...event.participants, event.place]));
  // Where the event took place, more broadly: the place's state ("the summit in Egypt") and the
  // places the KB says it was located in ("the lunch in Washington").
  const around = [
    ...ids([event.place]).map((i) => states[i]!),
    ...ids(event.related.filter((r) => r.type === 'located-in').map((r) => r.target)),
  ].filter((i) => i >= 0 && !parties.has(i));
  const covers = [...new Set([...parties, ...ids(topics), ...around])];
  const coverSet = new Set(covers);
  const allowed = new Set(covers);
  for (const a of agents) allowed.add(a);
  for (const c of covers) if (states[c]! >= 0) allowed.add(states[c]!);
  states.forEach((state, i) => {
    if (state >= 0 && coverSet.has(state)) allowed.add(i);
  });
  const sides = [...new Set(agents.map((a) => states[a]!))].filter((st) => st >= 0 && !allowed.has(st));
  const members = ids(event.participants);
  const memberships = members.flatMap((person) =>
    ids(list[person]!.roles.map((r) => r.organisation))
      .filter((body) => list[body]!.kind === 'organisation')
      .map((body) => ({ body, person })),
  );
  for (const m of memberships) allowed.add(m.body);
  const pairKind = (k: string) => members.length === 2 && members.every((i) => list[i]!.kind === k);
  const cue: EventCue = {
    months: [],
    oneDay: false,
    places: [...new Set([...ids([event.place]), ...around])],
    events: [
      ...ids(event.related.map((r) => r.target)).filter((i) => list[i]!.kind === 'event'),
      ...ids(
        list
          .filter((e) => e.kind === 'event' && e.related.some((r) => r.target === event.id))
          .map((e) => e.id),
      ),
    ],
    bodies: members.filter((i) => list[i]!.kind === 'organisation'),
    // Only its first kind, what it chiefly was, is read under alike heads: the White House lunch
    // was a meeting too, but "talks with Trump" are another guest's.
    happenings: [...new Set([...cues.happenings, ...(alikeKinds[cues.happenings[0]!] ?? [])])].map((h) =>
      happeningKinds.indexOf(h),
    ),
    core: ids(cues.core ?? event.participants),
    covers,
    parties: parties.size,
    agents,
    allowed: [...allowed],
    sides,
    memberships,
    words: [
      ...new Set(
        [event.label, ...event.aliases.map((a) => a.text)]
          .flatMap((name) => name.toLowerCase().match(/\p{L}{3,}|\p{N}+/gu) ?? [])
          .flatMap(withNounOf),
      ),
    ],
  };
  const date = event.date;
  if ('on' in date) cue.from = cue.to = date.on;
  else if ('from' in date) {
    cue.from = date.from;
    cue.to = date.to;
  }
  cue.months = monthsOf(cue.from, cue.to);
  cue.oneDay = oneDayKinds.includes(happeningKinds[cue.happenings[0]!]!);
  if (cue.from && cue.from === cue.to && cue.from.length === 10) cue.day = Number(cue.from.slice(8, 10));
  const all = (title: RegExp) => members.every((i) => list[i]!.roles.some((r) => title.test(r.title)));
  if (pairKind('state'))
    cue.pair = {
      kind: 'state',
      members,
      neighbours: bordering(list[members[0]!]!.id, list[members[1]!]!.id),
    };
  else if (pairKind('person'))
    cue.pair = {
      kind: all(LEADER_TITLE) ? 'leader' : all(MILITARY_TITLE) ? 'military' : 'person',
      members,
    };
  return cue;
}

/**
 * A word of an event's names with the noun an adjective in "-ional" is made from: "changes to the
 * constitution" use the words of the Constitutional Amendment as "constitutional changes" do.
 */
const withNounOf = (word: string): string[] => (word.endsWith('ional') ? [word, word.slice(0, -2)] : [word]);

/** Words too common to say which event a phrase is about, though they occur in events' names. */
const COMMON = wordSet(
  `with from between after before over into under about against during this that their there which what when where while`,
);

/** Whether `word` is a word of events' names, or a compound of such ("the peace-prize nomination"). */
export const ofEventNames = (words: ReadonlySet<string>, word: string) =>
  words.has(word) || (word.includes('-') && word.split('-').every((w) => words.has(w)));

const eventWordCache = new WeakMap<readonly { cue?: EventCue }[], ReadonlySet<string>>();

/**
 * Words of the events' own names that a phrase may carry as modifiers or nouns ("the passport
 * change", "the change to the passport wording"), whatever the event: read from the knowledge
 * base, so a new event brings its own words.
 */
export function eventWordsOf(entities: readonly { cue?: EventCue }[]): ReadonlySet<string> {
  let words = eventWordCache.get(entities);
  if (!words) {
    const all = new Set<string>();
    for (const e of entities)
      for (const w of e.cue?.words ?? [])
        if (
          w.length >= 4 &&
          !/\d/.test(w) &&
          !COMMON.has(w) &&
          !GENERIC_MODIFIERS.has(w) &&
          !TITLE_WORDS.has(w)
        )
          all.add(w);
    eventWordCache.set(entities, (words = all));
  }
  return words;
}
