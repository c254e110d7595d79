/**
 * The words before a capital that make it the city or keep it the government, as data: each
 * rule reads the last words before the capital and looks them up in a `Set`. A `Set`, not an
 * alternation: V8 compiled the old end-anchored alternations (`(?:^|\s)(?:in|at|…)\s+$`) to
 * ~260 KB of machine code on a news page, the largest ~140 KB (issue #19). The word lists are
 * the old patterns written out; test/unit/match/capital-place-words.test.ts checks them against
 * those patterns.
 */
import { endsWithPhrase, firstWords, foldAscii, isSpace, lastWords, wordPrefixIn } from './word-reader';
import { wordSet } from './word-list';

/** A place after these: "in Islamabad", "the edge of Kabul", "the fall of Kabul", "pulled out of Kabul", "jets strike Tehran", "in north Tehran", "families who fled Tehran". */
const PLACE_WORDS = wordSet(
  `in at near over outside inside around across via into toward towards throughout within reach reached reaches reaching enter entered enters entering visit visited visits visiting left leave leaves leaving capital capital, strike strikes striking struck bomb bombed bombs bombing shell shelled shells shelling pound pounded pounds pounding fled flee flees fleeing central downtown northern southern eastern western north south east west`,
);
// Phrases of two words, added to the set (the content script's build fills in its words later).
const PLACE_PHRASES =
  'edge of|streets of|outskirts of|fall of|out of|residents of|city of|half of|part of|parts of|much of|converge on|converged on|converges on|converging on';
for (const phrase of PLACE_PHRASES.split('|')) PLACE_WORDS.add(phrase);
/**
 * A motion, matched at the end of a word as the old pattern did (it had no word boundary before
 * the motion, so "subway to" reads as "way to"); `travel+` is TRAVEL.
 */
const MOTION = wordSet(
  `service services booked flew flies fly flying flown went go goes going gone arrived arrives arriving arrival return returned returns returning visit visited visits visiting trip trips journey moved moves moving head headed heads heading came comes coming back flight flights relocated relocates relocating embassy route road roads way march marched marches marching convoy convoys drive drove driving driven evacuated evacuation fled flee fleeing bus buses train trains highway motorway direct directed bound returnees shift shifted shifting transfer transfered transfering transferr transferred transferring deported deportation report reported reporting reports contributed contributing dispatch dispatched brought sent mail mailed posted delivery deliveries shipped`,
);
const TRAVEL = /travel+(?:ed|ing|s)?$/iu;
/** Between a motion and its preposition: "flew back to", "headed straight for", "moved quickly to". */
const MOTION_ADVERBS = new Set(['on', 'back', 'out', 'off', 'straight', 'directly', 'home']);
const ADVERB_LY = /^\p{L}+ly$/iu;
const MOTION_TO = new Set(['to', 'from', 'for', 'into', 'toward', 'towards', 'on']);
/** Bodily motion with a traveller or a start in between: "flew Henry Kissinger to Beijing" (and JOURNEY_TRAVEL). */
const JOURNEY = wordSet(
  `flew fly flies flying flown flight flights departed departs departing departure landed lands landing arrived arrives arriving arrival route routes trip trips journey convoy convoys drove drive driven driving airlift airlifted evacuated evacuation`,
);
const JOURNEY_TRAVEL = /^travel+(?:ed|ing|s)?$/iu;
const JOURNEY_TO = new Set(['to', 'from', 'for', 'into']);
/** A word between the journey and its preposition (up to seven of them: "flew Henry Kissinger on his secret leg from"). */
const JOURNEY_FILLER = /^[\p{L}'-]+$/iu;
/**
 * "Officials in Islamabad", "reaction from Tehran": the people of a government. (Not "diplomats
 * in Doha": the diplomats a capital holds are mostly other states', posted there.)
 */
const GOVERNMENT_WORDS = wordSet(
  `official officials policymakers policy-makers leaders leadership decision-makers establishment government regime administration rulers authorities counterparts commentators ministry affairs media few many nobody everyone some most circles reaction response statement word signal signals message pressure demand demands`,
);
/** "Hockey officials in Islamabad": a sport's officials are its federation's, in the city. */
const SPORTS = wordSet(
  `hockey cricket football soccer rugby tennis squash athletics boxing wrestling kabaddi olympic sports`,
);
// "The Foreign Office in Islamabad" (the ruling of 7 December), "the Ministry of External Affairs in
// New Delhi", "State media in Tehran": a government's own organs (sets C, F, H, I, J, K, M, N).
for (const phrase of ['no one', 'corridors of power', 'foreign office']) GOVERNMENT_WORDS.add(phrase);
const GOVERNMENT_IN = new Set(['in', 'from']);
/**
 * "A standing in Washington", "would be read in Tel Aviv", "welcomed in Islamabad", "a price in New
 * Delhi", "the calculus in Islamabad": what a government says or decides, and how it is seen (the
 * words from "welcomed" on: sets B, C, F–S; "a plan written in Washington", its authors: sets P, T). Not "received": "was received in Washington" is where a
 * visitor went (sets C, D, K, P, Q).
 */
const SEEN_IN = wordSet(
  `read seen viewed perceived noticed standing welcomed denied dismissed announced decided rejected condemned hailed applauded courted noted heard applause access question shift calculus view price caution moment matter patron pariah near-pariah politics debate favorite favourite figure interest tendency expectation thinking adulation relief asset absurd earned reputation goodwill influence mood unease alarm anger irritation satisfaction state partner partners credit leverage favour favours favor favors gain lose currency press heart talk indispensable afterthought written drafted announce announces`,
);
/**
 * "Inching towards Tel Aviv", "a channel to Jerusalem", "lines into Tehran", "foreign policy towards
 * Washington": how a government is approached (the last two: sets G, H, M, N).
 */
const APPROACH = wordSet(
  `policy policies line lines lean leans leaned leaning inch inches inched inching edges edged edging gesture gestures channel channels overture overtures outreach tilt tilts tilted tilting pivot pivots pivoted pivoting`,
);
const APPROACH_TO = new Set(['toward', 'towards', 'to', 'into']);

/** Whether a word ends in a motion ("flew", "travelled", "highway"). */
function endsInMotion(word: string): boolean {
  const folded = foldAscii(word, true);
  for (let i = 0; i < folded.length; i++) if (MOTION.has(folded.slice(i))) return true;
  // The regexp runs only on a likely word, so V8 never tiers it up to machine code.
  return folded.includes('travel') && TRAVEL.test(word);
}

/**
 * "over" a capital is the sky or the streets above the city ("smoke rises over Tehran"), except
 * in a choice between names ("chose Rawalpindi over New Delhi") or a win ("won over Washington").
 */
const OVER_CHOICE = /(?:\p{Lu}[\p{L}-]*|won|win|wins|winning)\s+over\s+$/u;

/** "in ", "the edge of ", "flew back to ", "the route to ", "smoke over ": a place follows. */
export function placeBefore(text: string): boolean {
  if (OVER_CHOICE.test(text)) return false;
  const read = lastWords(text, 3);
  if (!read) return false;
  if (endsWithPhrase(read, 0, PLACE_WORDS, 2, true)) return true;
  const [to, second, third] = read.words;
  if (to === undefined || !MOTION_TO.has(foldAscii(to, true)) || second === undefined) return false;
  if (endsInMotion(second)) return true;
  if (third === undefined || !endsInMotion(third)) return false;
  return MOTION_ADVERBS.has(foldAscii(second, true)) || ADVERB_LY.test(second);
}

/** "flew Henry Kissinger to ", "departed Sharm El-Sheikh International Airport for ". */
export function journeyBefore(text: string): boolean {
  const read = lastWords(text, 9);
  const to = read?.words[0];
  if (to === undefined || !JOURNEY_TO.has(foldAscii(to, true))) return false;
  const words = read!.words;
  // The nearest journey word, then the words in between: the filler regexp runs only when a journey
  // is there (a farther journey word would have the same words in between, and more).
  const isJourney = (word: string) => {
    const folded = foldAscii(word, true);
    return JOURNEY.has(folded) || (folded.includes('travel') && JOURNEY_TRAVEL.test(word));
  };
  const k = words.findIndex((word, i) => i > 0 && isJourney(word));
  return k > 0 && words.slice(1, k).every((word) => JOURNEY_FILLER.test(word));
}

/** "officials in ", "corridors of power in ", "reaction from ". */
export function governmentBefore(text: string): boolean {
  const read = lastWords(text, 4);
  const to = read?.words[0];
  if (to === undefined || !GOVERNMENT_IN.has(foldAscii(to, false))) return false;
  const sport = read!.words[2];
  if (sport !== undefined && read!.gaps[1] === ' ' && SPORTS.has(foldAscii(sport, false))) return false;
  return endsWithPhrase(read!, 1, GOVERNMENT_WORDS, 3, false);
}

/** "a standing in ", "inching towards ": the government as seen or approached. */
export function standingBefore(text: string): boolean {
  const read = lastWords(text, 2);
  const last = read?.words[1];
  if (last === undefined) return false;
  const to = foldAscii(read!.words[0]!, false);
  const word = foldAscii(last, false);
  return (to === 'in' && SEEN_IN.has(word)) || (APPROACH_TO.has(to) && APPROACH.has(word));
}

/** A place in the city after the possessive: "Kabul's airport", "Tel Aviv's Hostages Square". */
const CITY_PLACES = wordSet(
  `airport street streets square hotel hotels suburb suburbs outskirts hospital hospitals market markets bazaar bazaars port harbor harbour neighborhood neighbourhood neighborhoods neighbourhoods district districts skyline traffic`,
);
/** A capitalised word of a place's name between the possessive and the place ("Imam Khomeini"). */
const CITY_PLACE_NAME = /^\p{Lu}[\p{L}-]*$/iu;

/** "'s airport", "'s Imam Khomeini airport": after a capital, a place in the city (`'s` then up to two names). */
export function placeOfCityAfter(text: string): boolean {
  if (text.charCodeAt(0) !== 39 || foldAscii(text.charAt(1), true) !== 's' || !isSpace(text.charCodeAt(2)))
    return false;
  const words = firstWords(text, 2, 3);
  for (let k = 0; k < words.length; k++)
    if (
      wordPrefixIn(words[k]!, CITY_PLACES, true) &&
      words.slice(0, k).every((word) => CITY_PLACE_NAME.test(word))
    )
      return true;
  return false;
}
