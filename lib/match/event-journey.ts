/**
 * A visit told by the verb of its journey before it: "travelled to Israel on a trip organised by
 * Sharaka" (event-phrase-left.ts reads the trip's phrase leftwards into the journey).
 */
import { isCue } from './event-phrase';
import { spacesBack, type Item, type PhraseIndex } from './phrase-index';

/** Verbs of a journey, before its destination ("travelled to Israel", "visited Israel"). */
const JOURNEY_VERB = /\b(?:travell?ed|went|flew|came|arrived|headed|visited|toured)\s+(?:to\s+|in\s+)?$/i;

/**
 * The destination and the start of "travelled to Israel on" before `at` (where "a" of "a trip"
 * starts): a name after a verb of a journey, then "on".
 */
export function journeyBefore(
  index: PhraseIndex,
  at: number,
): { destination: Item; start: number } | undefined {
  const s = index.text.text;
  const on = spacesBack(s, at);
  if (on === at || index.text.lower.slice(on - 3, on) !== ' on') return undefined;
  const destination = index.ending(spacesBack(s, on - 2));
  if (!destination || !isCue(destination)) return undefined;
  const verb = JOURNEY_VERB.exec(s.slice(Math.max(0, destination.start - 24), destination.start));
  if (!verb) return undefined;
  return { destination, start: destination.start - verb[0].length };
}
