/**
 * Head words of institutions, publications, buildings and natural features. The namesake rule
 * decides most longer names from capitalisation alone ("Pakistan Super League"), but two places
 * need to know which capitalised word heads a name, because capitalisation cannot tell:
 *
 * - "<Head> of <name>": "State Bank of Pakistan", "The Times of India", "University of Tehran" are
 *   institutions, while "Government of Pakistan", "State of Qatar", "Emir of Qatar" name the
 *   state or its office. Both are capitalised words and "of"; only the head word differs.
 * - A Title Case line, where every word is capitalised: "Markets Pakistan Stock Exchange KSE-100"
 *   or "Copyright © 2025, Pakistan Herald Publications" still name an exchange and a publisher,
 *   but "Trump Meets Sharif In Cairo" names the people.
 *
 * General English words of kinds of names, not facts about any entity; kept small on purpose.
 * Words that also head a state's own titles (republic, kingdom, state, government, union, people)
 * and offices (president, emir, minister) are deliberately absent.
 */
import { wordSet } from './word-list';

export const HEAD_WORDS = wordSet(`
  bank banks times post daily weekly herald tribune gazette journal chronicle observer express review
  magazine publications publishing ltd limited inc corp corporation company holdings airlines airways
  exchange board commission council committee association federation league club cup university
  college institute academy school museum library society foundation trust fund tower towers hotel
  centre center square stadium time stream bay gulf sea strait voice court brief program programme
  dispatch agency complex house forum
`);

/**
 * Heads that make an institution only before "of" or "for" a name ("Embassy of Pakistan", "Senate
 * of Pakistan", "Civil Aviation Authority of Iran"): written alone before a name ("Pakistan
 * Senate", "Iran Press") they may be the state's own body or a headline. "Armed Forces of Pakistan"
 * and "Constitution of Pakistan" name a body and a document since the rulings of 7 December
 * settled the labels (in capitals only: "the armed forces of Pakistan" is the state's).
 */
export const OF_HEAD_WORDS = wordSet(`
  embassy consulate mission senate assembly press authority constitution forces
`);

/**
 * A company's legal ending, which closes a name however long its run: "Pakistan State Oil Company
 * Limited", "Pak Suzuki Motor Company Limited", "Pakistan Global Sukuk Programme Co Ltd".
 */
export const COMPANY_ENDINGS = wordSet(`company limited ltd corporation corp inc plc co`);

/** "State Bank of Pakistan", "High Commission for Pakistan": a capitalised head word, "of" or "for". */
const HEAD_OF_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{L}*)(?:\s+General)?\s+(of|OF|for|FOR)\s+(?:the\s+|THE\s+)?$/u;
/** An office's chain before a body's name: "Chief of Staff of the (Armed) …". */
const OF_CHAIN_BEFORE = /\p{Lu}\p{L}*\s+(?:of|OF)\s+(?:the\s+|THE\s+)?(?:\p{Lu}\p{L}*\s+){0,2}$/u;

/**
 * Whether the text before a name ends in an institution's head word and "of" or "for" ("State
 * Bank of ", "Embassy of the "), so that the name is part of the institution's. `person`: the name
 * is a person's, for whom "for" names what an office is for ("a post of Chief of Defence Forces for
 * Munir"), not a body.
 */
export function institutionOfBefore(before: string, person: boolean): boolean {
  const headOf = HEAD_OF_BEFORE.exec(before);
  if (!headOf || (person && headOf[2]!.toLowerCase() === 'for')) return false;
  const head = headOf[1]!.toLowerCase();
  if (HEAD_WORDS.has(head)) return true;
  // "Chief of Staff of the Armed Forces of the Islamic Republic of Iran": a body inside an office's
  // chain of "of"s is the title's, which names the state (nested), not a body's own name.
  return OF_HEAD_WORDS.has(head) && !OF_CHAIN_BEFORE.test(before.slice(0, headOf.index + 1));
}

/**
 * A body named for where it works, "in" one or two names after a run of at least three
 * capitalised words ending in its head: "(UN) Military Observer Group in India and Pakistan",
 * "(UN) Assistance Mission in Afghanistan". A shorter run ("the Observer Group in India", a
 * sentence's "The" not counted) describes the body and names the state; a lower-case head ("a
 * contact group in Doha") names no body.
 */
const BODY_IN_BEFORE =
  /(?:^|[^\p{L}])(?!The\s)\p{Lu}[\p{L}.]*\s+\p{Lu}\p{L}*\s+(\p{Lu}\p{L}*)\s+in\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+(?:and|&)\s+)?$/u;
const IN_HEAD_WORDS = wordSet(`group mission`);

/** Whether the text before a name ends in a body's name "in" it (BODY_IN_BEFORE). */
export function bodyInBefore(before: string): boolean {
  const head = BODY_IN_BEFORE.exec(before)?.[1];
  return head !== undefined && IN_HEAD_WORDS.has(head.toLowerCase());
}
