/**
 * A body's short name in words only a legislature takes: "members of Congress", "his address to
 * Congress", "testified before Congress", "authorization from Congress", "authorized by Congress",
 * "both parties in Congress". A reader needs no full name on the page to know which body that is,
 * so such a short form links as its full name would, and vouches for the body's other short forms on
 * the page. India's party ("the Congress", "Congress leader") never stands in these words: it has
 * leaders and spokespeople, not sessions, testimony or authority to grant.
 */
import type { RawMatch } from './raw-match';
import { CONTEXT_SHORT_FORM, entitiesOf, entityCount, type CompiledDictionary } from './dictionary';
import { foldAscii, lastWords } from './word-reader';
import { wordSet } from './word-list';

/** The word before the preposition, by preposition: "members of", "address to", "authorization from". */
const FRAMES = new Map([
  ['of', wordSet(`member members session sessions`)],
  ['to', wordSet(`address addresses speech speeches remarks testimony report reported`)],
  ['before', wordSet(`address speech remarks testimony testified testify testifying stood appeared appear`)],
  ['from', wordSet(`authorization authorisation approval consent permission`)],
  ['by', wordSet(`authorized authorised approved passed blocked`)],
  ['in', wordSet(`parties leaders republicans democrats allies critics hawks supporters members`)],
]);

/** "Congress of Deputies", "Congress Party": the short name opens a longer one. */
const LONGER_NAME_AFTER = /^\s+(?:of\b|\p{Lu})/u;

/** Whether the short form at `start`–`end` stands in a legislature's frame (see the module comment). */
export function inLegislatureFrame(text: string, start: number, end: number): boolean {
  if (LONGER_NAME_AFTER.test(text.slice(end, end + 6))) return false;
  const read = lastWords(text.slice(Math.max(0, start - 40), start), 2);
  const [preposition, word] = read?.words ?? [];
  if (preposition === undefined || word === undefined) return false;
  const frame = FRAMES.get(foldAscii(preposition, false));
  return frame !== undefined && frame.has(foldAscii(word, false));
}

/** Per dictionary, a short form's entity's alias that needs no context (-1: none). */
const fullForms = new WeakMap<CompiledDictionary, Map<number, number>>();

/**
 * For a short form of one entity ("Congress"), an alias of the same entity that links by itself
 * ("U.S. Congress"), to stand for it where the words say which body it is; -1 for anything else.
 */
export function fullFormOf(dict: CompiledDictionary, alias: number): number {
  if (dict.aliasContext[alias] !== CONTEXT_SHORT_FORM || entityCount(dict, alias) !== 1) return -1;
  let known = fullForms.get(dict);
  if (!known) fullForms.set(dict, (known = new Map()));
  const cached = known.get(alias);
  if (cached !== undefined) return cached;
  const entity = entitiesOf(dict, alias)[0]!;
  let full = -1;
  for (let a = 0; a < dict.aliasContext.length && full < 0; a++)
    if (dict.aliasContext[a] === 0 && entityCount(dict, a) === 1 && entitiesOf(dict, a)[0] === entity)
      full = a;
  known.set(alias, full);
  return full;
}

/** The alias a match links by: its full form where a legislature's words frame it, else its own. */
export function framedAlias(dict: CompiledDictionary, text: string, m: RawMatch): number {
  const full = m.inner || m.fallback ? -1 : fullFormOf(dict, m.alias);
  return full >= 0 && inLegislatureFrame(text, m.start, m.end) ? full : m.alias;
}
