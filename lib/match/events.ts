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
import type { Holder } from './epithets';
import type { RawMatch } from './matcher';
import { TITLE_WORDS } from './name-words';
import type { Phrase } from './event-phrase';
import { readLeft } from './event-phrase-left';
import { readRight } from './event-phrase-right';
import type { Item, PhraseIndex } from './phrase-index';
import { spacesForward } from './phrase-index';
import type { PhraseLink } from './phrase-link';
import { GENERIC_MODIFIERS } from './phrase-words';
import { aboutEvent, endingEvent, ENDING_HEADS } from './event-compose';
import { contenders, scoreEvent, type Evidence, type Scored } from './event-score';

const isCue = (item: Item | undefined) => item && (item.kind === 'name' || item.kind === 'demonym');

/** Words of the phrase's modifiers that could identify an event ("four", "day", "peace", "june"). */
function identifyingWords(phrase: Phrase): string[] {
  return phrase.modifiers
    .flatMap((m) => m.split('-'))
    .filter((w) => w.length > 0 && !GENERIC_MODIFIERS.has(w) && !TITLE_WORDS.has(w));
}

/** Where the sentence around `from`–`to` starts and ends in the block. */
function sentenceAround(text: string, from: number, to: number): [number, number] {
  let start = from;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1]!)) start--;
  let end = to;
  while (
    end < text.length &&
    !/[!?\n]/.test(text[end]!) &&
    !(text[end] === '.' && /\s/.test(text[end + 1] ?? ' '))
  )
    end++;
  return [start, end];
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
  };
  if (!readLeft(index, head, phrase)) return undefined;
  phrase.agents = phrase.items.length;
  // "strike Iran", "call Trump": a verb with its object, not a happening.
  const next = index.at(spacesForward(text.text, head.end));
  if (next && next.start > head.end && isCue(next)) return undefined;
  // "Didn't Pakistan change its passports?": a verb with a possessive object.
  if (/^\s+(?:its|their|his|her|our)\s/i.test(text.text.slice(head.end, head.end + 7))) return undefined;
  readRight(index, phrase, holders);
  if (phrase.unknownName) return undefined;
  const ending = endingEvent(index, head, phrase.start, phrase.end, events, (h) =>
    recogniseEvent(index, h, eventsOf(h), holders, eventsOf),
  );
  if (ending) return ending;
  const before = phrase.items
    .slice(0, phrase.agents)
    .map((i) => i.entity)
    .filter((e) => e >= 0);
  const about = aboutEvent(index, head, phrase.start, before, events, (h) =>
    recogniseEvent(index, h, eventsOf(h), holders, eventsOf),
  );
  if (about) return about;
  if (ENDING_HEADS.has(text.lower.slice(head.start, head.end))) return undefined;
  const named = phrase.items.map((i) => i.entity).filter((e) => e >= 0);
  const tailNamed = phrase.tail.map((i) => i.entity).filter((e) => e >= 0);
  const own = identifyingWords(phrase);
  const words = named.length === 0 && phrase.roles.length === 0 ? own : [];
  const dated = phrase.months.length > 0 || phrase.pair !== undefined;
  if (named.length + tailNamed.length === 0 && phrase.roles.length === 0 && words.length === 0 && !dated)
    return undefined;
  // Participants named elsewhere in the sentence tell apart events the phrase fits alike.
  const [from, to] = sentenceAround(text.text, phrase.start, phrase.tailEnd);
  const sentence = [...index.namesWithin(from, phrase.start), ...index.namesWithin(phrase.tailEnd, to)]
    .map((i) => i.entity)
    .filter((e) => e >= 0);
  const states = [...new Set(sentence.filter((e) => entities[e]!.kind === 'state'))];
  const evidence: Evidence = {
    phrase,
    named,
    agents: new Set(phrase.items.slice(0, phrase.agents).map((i) => i.entity)),
    tailNamed,
    own,
    sentence: [...new Set(sentence.flatMap((e) => [e, entities[e]!.state ?? -1]))].filter((e) => e >= 0),
    stateOf: (e) => entities[e]!.state ?? -1,
    kindOf: (e) => entities[e]!.kind,
    states,
  };
  const scored: Scored[] = [];
  for (const event of events) {
    const cue = entities[event]!.cue!;
    if (!head.kinds.some((k) => cue.happenings.includes(k))) continue;
    const found = scoreEvent(event, cue, evidence);
    if (found) scored.push(found);
  }
  const chosen = contenders(scored);
  if (chosen.length === 0) return undefined;
  const link: PhraseLink = {
    via: 'cue',
    candidates: chosen.map(({ entity, needs, score }) => ({ entity, needs, score })),
  };
  const end = chosen.some((c) => c.tail) ? phrase.tailEnd : phrase.end;
  return { start: phrase.start, end, alias: -1, phrase: link };
}
