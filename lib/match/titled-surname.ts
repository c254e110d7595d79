/**
 * A title right before a bare surname, when the knowledge base's bearer of that surname holds the
 * office: "PAKISTAN PM SHARIF", "Iran's military chief, General Mousavi". A bare surname needs the
 * page to name its person in full, because other people share it; the office, of the right state,
 * names him as surely as a given name does, so the surname is read as his full name.
 */
import {
  CONTEXT_SURNAME,
  FLAG_PERSON,
  FLAG_SURNAME,
  entityCount,
  firstEntity,
  type CompiledDictionary,
} from './dictionary';
import type { Item, PhraseIndex } from './phrase-index';
import { foldAscii, lastWords } from './word-reader';

/** For each entity, an alias that names it alone and is no bare surname; -1 if it has none. */
export function fullNameAliases(dict: CompiledDictionary, entityTotal: number): Int32Array {
  const full = new Int32Array(entityTotal).fill(-1);
  const aliases = dict.aliasFlags.length;
  for (let a = 0; a < aliases; a++) {
    const flags = dict.aliasFlags[a]!;
    if (!(flags & FLAG_PERSON) || flags & FLAG_SURNAME || dict.aliasContext[a] !== 0) continue;
    if (entityCount(dict, a) !== 1) continue;
    const entity = firstEntity(dict, a);
    if (full[entity] === -1) full[entity] = a;
  }
  return full;
}

/** Words up to two before a title that make it a past holder's ("former Pakistan PM Sharif"). */
const PAST = new Set(['former', 'ex', 'late', 'then']);
/** Words right before a title that make it someone else's ("a PM Sharif"). */
const OTHER = new Set(['a', 'an', 'another']);

/**
 * Reads a bare surname after a title as its person's full name when the person holds the office
 * (`key`) of the state the title names (`state`, -1 when none). Changes the match in place.
 */
export function nameTitledSurname(
  index: PhraseIndex,
  named: Item | undefined,
  title: Item,
  key: number,
  state: number,
  fullNames: Int32Array,
): void {
  const m = named?.match;
  if (!m || m.bearer || named.entity < 0) return;
  const dict = index.dict;
  if (dict.aliasContext[m.alias] !== CONTEXT_SURNAME || entityCount(dict, m.alias) !== 1) return;
  const person = index.entities[named.entity]!;
  if (!person.roles?.some((r) => r.key === key && (state < 0 || r.state < 0 || r.state === state))) return;
  const before =
    lastWords(index.text.lower.slice(Math.max(0, title.start - 40), title.start), 2)?.words ?? [];
  if (before.some((w) => PAST.has(foldAscii(w, false))) || OTHER.has(foldAscii(before.at(-1) ?? '', false)))
    return;
  const full = fullNames[named.entity]!;
  if (full < 0) return;
  m.alias = full;
  delete m.open;
}
