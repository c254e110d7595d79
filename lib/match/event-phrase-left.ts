/**
 * The left side of an event's phrase (event-phrase.ts): the modifiers before the head noun, read
 * right to left ("last month's aerial", "U.S.-led", "Pakistan's brief", "four days of").
 */
import { endingHeads, headNouns, peopleHeads } from '../kb/happenings';
import { MONTH_NUMBERS, TITLE_WORDS, WEEKDAYS } from './name-words';
import { minorPlaceEnding } from './minor-places';
import { capitalisedAt, isCue, monthAt, spanOf, YEAR, type Phrase } from './event-phrase';
import { isDuration } from './durations';
import { ofEventNames } from './cue-data';
import { demonymAndBefore, listed, outcomeBefore, roundToCome, wordBefore } from './event-left-words';
import { wordSet } from './word-list';
import { lastWordIn } from './word-reader';
import { titleCaseAround } from './title-case';
import { journeyBefore } from './event-journey';
import { officePossessor } from './event-role-holders';
import type { Holder } from './epithets';
import {
  isUpperAt,
  opensSentence,
  spacesBack,
  wordStartBefore,
  type Item,
  type PhraseIndex,
} from './phrase-index';
import {
  AGENT_SUFFIXES,
  BROKER_VERBS,
  doubtedPlan,
  MODIFIERS,
  NOT_AN_EVENT_BEFORE,
  UNREAL_HAPPENINGS,
  NOUN_COMPOUNDS,
  PREDICATIVE_BEFORE,
} from './phrase-words';

/**
 * Small words a Title Case headline capitalises, which are never a stranger's name there. In
 * prose a capitalised one is part of a title the knowledge base does not know ("the documentary
 * Voices From Israeli Strikes"), so it counts only in a Title Case line (title-case.ts).
 */
const HEADLINE_SMALL_WORDS = wordSet(
  `at on in of for to with by from into over after before against then as and or`,
);
/** A possessive or "the" before a word ("its new", "Pakistan's new", "the new"). */
const DEFINITE_BEFORE = /(?:\bthe|\bits|\btheir|'s|’s) $/;
/** "invited to lunch": a noun after "to", not a verb. */
const NOUN_AFTER_TO = /(?:invited|invitation|due|sat down)\s+to$/i;

/** "pro-" or "anti-" right before a name: a stance towards it ("pro-Palestinian"). */
const STANCE = /(?:^|[^a-z])(?:pro|anti)-$/;

/** Heads a noun compound names the kind of ("a trade fair", "a trade show"), not another thing. */
const FAIR_HEADS = new Set(headNouns.fair);

/** "not a war", "never a strike": a happening denied (a Set, not a regexp compiled to machine code). */
const NOT_NEVER = new Set(['not', 'never']);

/** A capitalised month right before a day ("June 21"). */
const DAY_AFTER_MONTH = /([A-Z][a-z]{2,8})\.? $/;

const VISIT_HEADS = new Set(headNouns.visit);
const ENDING_NOUNS = new Set(Object.values(endingHeads).flat());
const PEOPLE_HEADS: ReadonlySet<string> = new Set(peopleHeads);
/** A model designation: letters, an optional hyphen and a number ("B-2", "F-35", "S-400", "J-10C"). */
const DESIGNATION = /^\p{L}{1,3}-?\d{1,4}\p{L}?$/u;
/** Reads the modifiers before the head, right to left; false when the head is a verb or hypothetical. */
export function readLeft(
  index: PhraseIndex,
  head: Item,
  phrase: Phrase,
  holders: readonly Holder[][] = [],
): boolean {
  const { text } = index;
  const s = text.text;
  const lower = text.lower;
  let prevHead = false;
  for (let steps = 0; steps < 9; steps++) {
    // Right before the head, or before another head noun ("trade delegation visit").
    const afterHead = steps === 0 || prevHead;
    prevHead = false;
    let k = spacesBack(s, phrase.start);
    // "missile, drone and artillery exchanges": a list of modifiers, joined by commas.
    if (s[k - 1] === ',' && listed(lower, phrase)) k = spacesBack(s, k - 1);
    if (k === phrase.start || k === 0 || s[k - 1] === '\n') return true;
    let end = k;
    let possessive = false;
    if (lower.startsWith("'s", k - 2)) {
      end = k - 2;
      possessive = true;
    } else if (s[k - 1] === "'") {
      end = k - 1; // "the Gulf states' summit"
      possessive = true;
    }
    const item = index.ending(end);
    if (item) {
      if (item.kind === 'bearer') phrase.unknownName = true;
      // "the field marshal's visit": an office as the possessor (event-role-holders.ts).
      if (item.kind === 'title' && possessive && steps === 0)
        return officePossessor(index, item, phrase, holders);
      if (!isCue(item) && item.kind !== 'head') return true;
      if (item.kind === 'head' && PEOPLE_HEADS.has(lower.slice(item.start, item.end))) return true;
      // "the pro-Palestinian march": a stance, not a participant.
      if (isCue(item) && STANCE.test(lower.slice(Math.max(0, item.start - 5), item.start))) {
        phrase.modifiers.push(lower.slice(item.start - 4, item.end));
        phrase.start = item.start - 4;
        continue;
      }
      if (isCue(item)) {
        phrase.items.push(item);
        // "Israeli and American strikes": demonyms joined by "and" before the head are both its agents.
        const joinedBy =
          !possessive && item.kind === 'demonym' ? demonymAndBefore(index, item.start) : undefined;
        if (joinedBy) {
          phrase.items.push(joinedBy);
          phrase.start = joinedBy.start;
          continue;
        }
        // "renewed Pakistan's nomination": a possessive is the phrase's determiner; what stands
        // before it is outside the phrase (unless a name is joined to it: "US-Israeli").
        if (possessive && s[item.start - 1] !== '-') {
          phrase.start = item.start;
          return true;
        }
      } else {
        phrase.modifiers.push(lower.slice(item.start, item.end));
        prevHead = item.kind === 'head';
      }
      phrase.start = item.start;
      // "US-Israeli war": names joined by a hyphen belong together.
      const joined = s[item.start - 1] === '-' ? index.ending(item.start - 1) : undefined;
      if (joined && isCue(joined)) {
        phrase.items.push(joined);
        phrase.start = joined.start;
      }
      continue;
    }
    // "the Cabinet Room lunch", "the Red Sea summit": a place the KB does not name.
    const site = isUpperAt(text, wordStartBefore(s, end))
      ? minorPlaceEnding(text, index.entities, end)
      : undefined;
    if (site) {
      phrase.items.push(site);
      phrase.start = site.start;
      if (possessive) return true;
      continue;
    }
    const wordStart = wordStartBefore(s, end);
    if (wordStart === end) return true;
    const word = lower.slice(wordStart, end);
    const dash = word.lastIndexOf('-');
    const hyphen = dash > 0 ? wordStart + dash : s[wordStart - 1] === '-' ? wordStart - 1 : -1;
    if (hyphen > 0 && AGENT_SUFFIXES.has(word.slice(dash + 1))) {
      // "U.S.-led", "Saudi-backed": the name before the hyphen belongs to the phrase.
      const agent = index.ending(hyphen);
      // "the Western-backed force": backed by no one in particular, a modifier like "international".
      if (!agent && MODIFIERS.has(word.slice(0, dash))) {
        phrase.modifiers.push(word.slice(0, dash));
        phrase.start = wordStart;
        continue;
      }
      if (agent && isCue(agent)) {
        phrase.items.push(agent);
        if (BROKER_VERBS.has(word.slice(dash + 1)) && agent.entity >= 0) phrase.brokers.push(agent.entity);
        phrase.start = agent.start;
        continue;
      }
    }
    // "the June 21 raids": a day after its month.
    const day = /^\d{1,2}$/.test(word) && !possessive ? DAY_AFTER_MONTH.exec(s.slice(0, wordStart)) : null;
    if (day && MONTH_NUMBERS.has(day[1]!.toLowerCase())) {
      phrase.days.push(Number(word));
      phrase.months.push(MONTH_NUMBERS.get(day[1]!.toLowerCase())!);
      phrase.modifiers.push(day[1]!.toLowerCase());
      phrase.start = wordStart - day[0].length;
      continue;
    }
    const capitalised = capitalisedAt(index, phrase, wordStart);
    // "the Sunday call": a weekday dates the happening without saying which it is.
    if (WEEKDAYS.has(word) && capitalised && !possessive) {
      phrase.start = wordStart;
      continue;
    }
    // "the May war": a capitalised month, unless it opens the sentence ("May God …").
    if (MONTH_NUMBERS.has(word) && monthAt(index, phrase, wordStart, word)) {
      phrase.months.push(MONTH_NUMBERS.get(word)!);
      phrase.modifiers.push(word);
      if (possessive) return true;
      phrase.start = wordStart;
      continue;
    }
    // "four days of hostilities", "two years of war": a duration written out, as "four-day".
    if (word === 'of' && !possessive) {
      // "the 12-day war of aggression against …": the head completes the event named before it.
      if (index.ending(spacesBack(s, wordStart))?.kind === 'event') return false;
      const span = spanOf(s, lower, wordStart);
      if (span) {
        phrase.modifiers.push(span.modifier);
        phrase.start = span.start;
        continue;
      }
      // "a renewed round of hostilities", "another round of talks": a round not yet held.
      if (steps === 0 && roundToCome(lower, wordStart)) return false;
    }
    // "at war with Iran", "spoke by phone": the noun without an article is part of what someone
    // does, not a mention of a happening.
    if (steps === 0 && PREDICATIVE_BEFORE.has(word)) return false;
    // "agreed to Trump's plan": after a name, "to" is a preposition, not an infinitive's; so it is
    // after a noun of ending ("a halt to fighting between India and Pakistan", where no truce of
    // theirs is known to name the halt by: event-compose.ts), and before an adjective ("contribute
    // to stabilisation mission": no verb takes one before its object).
    if (
      word === 'to' &&
      (phrase.items.length + phrase.modifiers.length > 0 || ENDING_NOUNS.has(wordBefore(lower, wordStart)))
    )
      return true;
    // "which ended in bloodshed (at Muridke)": how another happening ended (event-left-words.ts).
    const outcome = word === 'in' || word === 'into' ? outcomeBefore(lower, wordStart, end) : undefined;
    if (outcome === 'clause') return false;
    if (outcome) return (phrase.outcome = true);
    if (steps === 0 && UNREAL_HAPPENINGS.has(`${word}-${lower.slice(head.start, head.end)}`)) return false;
    // "its new constitutional amendment", "the new truce": new, but made (unlike "a new war"); "a
    // possible Gaza mission": a planned happening, reported while in doubt (unlike "a possible war").
    if (
      (word === 'new' && DEFINITE_BEFORE.test(lower.slice(Math.max(0, wordStart - 8), wordStart))) ||
      doubtedPlan(word, head.kinds)
    ) {
      phrase.start = wordStart;
      continue;
    }
    if (NOT_AN_EVENT_BEFORE.has(word))
      return word === 'to' && steps === 0 && NOUN_AFTER_TO.test(s.slice(Math.max(0, wordStart - 20), end));
    // "travelled to Israel on a trip organised by Sharaka": the journey told by its verb and
    // destination, which the blind labels mark as the visit.
    if ((word === 'a' || word === 'an') && VISIT_HEADS.has(lower.slice(head.start, head.end))) {
      const journey = journeyBefore(index, wordStart);
      if (journey) {
        phrase.items.push(journey.destination);
        phrase.start = journey.start;
        return true;
      }
    }
    // "not a war on Iran", "no strikes": a happening denied.
    if (
      (word === 'a' || word === 'an') &&
      lastWordIn(s.slice(Math.max(0, wordStart - 8), wordStart), NOT_NEVER)
    )
      return false;
    // "a propaganda campaign", "a trade war": another kind of thing altogether.
    if (afterHead && NOUN_COMPOUNDS.has(word) && !FAIR_HEADS.has(lower.slice(head.start, head.end)))
      return false;
    if (possessive) {
      if (YEAR.test(word)) phrase.years.push(Number(word));
      // "Monday's gathering": a weekday is a time, like "last month's"; "Kargil's" a stranger.
      else if (capitalised && !WEEKDAYS.has(word)) phrase.unknownName = true;
      return true; // "last month's", "Kargil's"
    }
    if (YEAR.test(word)) {
      phrase.years.push(Number(word));
      phrase.modifiers.push(word);
      phrase.start = wordStart;
      continue;
    }
    // "drone and artillery": "and" between two modifiers.
    if (word === 'and' && listed(lower, phrase) && MODIFIERS.has(wordBefore(lower, wordStart))) {
      phrase.start = wordStart;
      continue;
    }
    if (MODIFIERS.has(word) || isDuration(word) || (!capitalised && ofEventNames(index.eventWords, word))) {
      phrase.modifiers.push(word);
      phrase.start = wordStart;
      continue;
    }
    // "the B-2 raids", "F-16 sorties": an aircraft's or a weapon's designation says how, not who.
    if (DESIGNATION.test(word)) {
      phrase.start = wordStart;
      continue;
    }
    // "Trump Praises Army Chief At Gaza Summit": a headline's capitalised preposition is no name.
    if (
      capitalised &&
      !opensSentence(s, wordStart) &&
      !TITLE_WORDS.has(word) &&
      !(HEADLINE_SMALL_WORDS.has(word) && titleCaseAround(text, wordStart, end))
    )
      phrase.unknownName = true;
    return true;
  }
  return true;
}
