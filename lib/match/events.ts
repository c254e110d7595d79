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

const isCue = (item: Item | undefined) => item && (item.kind === 'name' || item.kind === 'demonym');

/** Whether a date written in the phrase contradicts the event's (ISO partial dates). */
function contradicts(phrase: Phrase, from?: string, to?: string): boolean {
  if (!from || !to) return false;
  const fromYear = Number(from.slice(0, 4));
  const toYear = Number(to.slice(0, 4));
  if (phrase.years.some((y) => y < fromYear || y > toYear)) return true;
  if (phrase.months.length === 0 || from.length < 7 || fromYear !== toYear) return false;
  const first = Number(from.slice(5, 7));
  const last = Number(to.slice(5, 7));
  return phrase.months.some((m) => m < first || m > last);
}

/** Words of the phrase's modifiers that could identify an event ("four", "day", "peace", "may"). */
function identifyingWords(phrase: Phrase): string[] {
  return phrase.modifiers
    .flatMap((m) => m.split('-'))
    .filter((w) => w.length > 0 && !GENERIC_MODIFIERS.has(w) && !TITLE_WORDS.has(w));
}

/** The phrase around a head noun and the events it can name, if any. */
export function recogniseEvent(
  index: PhraseIndex,
  head: Item,
  events: readonly number[],
  holders: readonly Holder[][],
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
    modifiers: [],
  };
  if (!readLeft(index, head, phrase)) return undefined;
  phrase.agents = phrase.items.length;
  // "strike Iran", "call Trump": a verb with its object, not a happening.
  const next = index.at(spacesForward(text.text, head.end));
  if (next && next.start > head.end && isCue(next)) return undefined;
  readRight(index, phrase, holders);
  if (phrase.unknownName) return undefined;
  const named = phrase.items.map((i) => i.entity).filter((e) => e >= 0);
  const agents = new Set(phrase.items.slice(0, phrase.agents).map((i) => i.entity));
  const tailNamed = phrase.tail.map((i) => i.entity).filter((e) => e >= 0);
  const own = identifyingWords(phrase);
  const words = named.length === 0 && phrase.roles.length === 0 ? own : [];
  if (named.length + tailNamed.length === 0 && phrase.roles.length === 0 && words.length === 0)
    return undefined;
  const candidates: { entity: number; needs: number[]; score: number; end: number }[] = [];
  for (const event of events) {
    const cue = entities[event]!.cue!;
    if (!head.kinds.some((k) => cue.happenings.includes(k)) || contradicts(phrase, cue.from, cue.to))
      continue;
    if (named.some((e) => !cue.allowed.includes(e))) continue;
    const covered = new Set<number>();
    let agentOnly = 0;
    const cover = (e: number, agent: boolean) => {
      if (cue.covers.includes(e)) covered.add(e);
      else if (agent && cue.agents.includes(e)) agentOnly++;
      const state = entities[e]!.state;
      if (state !== undefined && cue.covers.includes(state)) covered.add(state);
    };
    for (const e of named) cover(e, agents.has(e));
    // "the secretary of state and the prime minister": each office must be held by a participant.
    const roles = phrase.roles.map((holdersOfRole) => holdersOfRole.find((h) => cue.covers.includes(h)));
    if (roles.some((r) => r === undefined)) continue;
    for (const r of roles) covered.add(r!);
    const tailFits = tailNamed.length > 0 && tailNamed.every((e) => cue.allowed.includes(e));
    if (tailFits) for (const e of tailNamed) cover(e, false);
    // An agent the event is tied to ("Trump's", "US-brokered") is not enough alone: the phrase
    // must also name a party, the place, or words of the event's own names ("Trump's Gaza plan").
    const byWords = own.length > 0 && own.every((w) => cue.words.includes(w));
    if (covered.size === 0 && !(byWords && (agentOnly > 0 || named.length + roles.length === 0))) continue;
    // A participant or the place named counts for more than a topic or an agent of the event.
    const score =
      agentOnly +
      [...covered].reduce((sum, e) => {
        const at = cue.covers.indexOf(e);
        return sum + (at >= 0 && at < cue.parties ? 10 : 1);
      }, 0);
    candidates.push({
      entity: event,
      needs: cue.core.filter((c) => !covered.has(c)),
      score,
      end: tailFits ? phrase.tailEnd : phrase.end,
    });
  }
  if (candidates.length === 0) return undefined;
  // The best-placed events; among them, those the phrase places without help from the page.
  const best = Math.max(...candidates.map((c) => c.score));
  const placed = candidates.filter((c) => c.score === best);
  const fewest = Math.min(...placed.map((c) => c.needs.length));
  const chosen = placed.filter((c) => c.needs.length === fewest);
  const link: PhraseLink = { via: 'cue', candidates: chosen.map(({ entity, needs }) => ({ entity, needs })) };
  return { start: phrase.start, end: Math.max(...chosen.map((c) => c.end)), alias: -1, phrase: link };
}
