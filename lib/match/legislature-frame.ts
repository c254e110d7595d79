/**
 * A body's short name in words only a legislature takes: "members of Congress", "his address to
 * Congress", "testified before Congress", "authorization from Congress", "authorized by Congress",
 * "both parties in Congress". A reader needs no full name on the page to know which body that is,
 * so such a short form links as its full name would, and vouches for the body's other short forms on
 * the page. India's party ("the Congress", "Congress leader") never stands in these words: it has
 * leaders and spokespeople, not sessions, testimony or authority to grant.
 */
import { CONTEXT_SHORT_FORM, entityCount, firstEntity, type CompiledDictionary } from './dictionary';
import type { RawMatch } from './raw-match';
import { foldAscii, lastWords } from './word-reader';
import { wordSet } from './word-list';

/**
 * The word before the short name's preposition, and the preposition, joined by "_" (one list, so
 * the content script carries one key): "members_of", "address_to", "authorization_from".
 */
const FRAMES = wordSet(
  `member_of members_of session_of sessions_of address_to addresses_to speech_to speeches_to remarks_to testimony_to report_to reported_to address_before speech_before remarks_before testimony_before testified_before testify_before testifying_before stood_before appeared_before appear_before authorization_from authorisation_from approval_from consent_from permission_from authorized_by authorised_by approved_by passed_by blocked_by parties_in leaders_in republicans_in democrats_in allies_in critics_in hawks_in supporters_in members_in`,
);

/**
 * India's party or parliament named shortly before: "members of Congress" there are the party's
 * ("The Indian National Congress met … several members of Congress said", "a walkout from the Lok
 * Sabha"), so the frame decides nothing.
 */
const INDIAN_CONGRESS = wordSet(
  `Indian_National_Congress Congress_party Congress_Party Lok_Sabha Rajya_Sabha`,
);

/** "Congress of Deputies", "Congress Party": the short name opens a longer one. */
const LONGER_NAME_AFTER = /^\s+(?:of\b|\p{Lu})/u;

/**
 * The alias a match links by: for a short form of one entity ("Congress") in a legislature's
 * words, an alias of that entity that needs no context ("U.S. Congress"); else its own.
 */
export function framedAlias(dict: CompiledDictionary, text: string, m: RawMatch): number {
  const alias = m.alias;
  if (
    m.inner ||
    m.fallback ||
    dict.aliasContext[alias] !== CONTEXT_SHORT_FORM ||
    entityCount(dict, alias) !== 1
  )
    return alias;
  if (LONGER_NAME_AFTER.test(text.slice(m.end, m.end + 6))) return alias;
  const [preposition, word] = lastWords(text.slice(Math.max(0, m.start - 40), m.start), 2)?.words ?? [];
  if (word === undefined || !FRAMES.has(foldAscii(`${word}_${preposition}`, false))) return alias;
  for (const name of INDIAN_CONGRESS) {
    // A negative start searches from the text's start.
    const at = text.indexOf(name.replaceAll('_', ' '), m.start - 600);
    if (at >= 0 && at < m.end + 200) return alias;
  }
  // Frames are rare, so the full form is looked up only when one is met.
  const entity = firstEntity(dict, alias);
  for (let a = 0; a < dict.aliasContext.length; a++)
    if (dict.aliasContext[a] === 0 && entityCount(dict, a) === 1 && firstEntity(dict, a) === entity) return a;
  return alias;
}
