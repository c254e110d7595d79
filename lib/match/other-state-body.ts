/**
 * An organisation's short form qualified by another state than its own ("Iran's Foreign Office",
 * "the Indian Foreign Office", "the Foreign Office of India", "India's Congress") names that
 * state's body: it links to nobody. Its own state's ("the US Defense Department", "Pakistan's FO")
 * is still the knowledge base's.
 */
import {
  CONTEXT_SHORT_FORM,
  FLAG_EVENT,
  FLAG_PERSON,
  FLAG_STATE,
  firstEntity,
  type CompiledDictionary,
} from './dictionary';
import type { MatchEntity } from './from-kb';
import type { RawMatch } from './raw-match';

const OTHER_KINDS = FLAG_PERSON | FLAG_EVENT | FLAG_STATE;

/**
 * Whether `matches[k]` is an organisation's short form with another state's name right before it
 * (joined by a space or "'s") or after it (by "of" or "of the"), or that state's demonym right
 * before it (`demonyms`: each demonym's match in the text). Without `entities`, never.
 */
export function otherStatesBody(
  dict: CompiledDictionary,
  entities: readonly MatchEntity[] | undefined,
  s: string,
  matches: readonly RawMatch[],
  k: number,
  demonyms: readonly RawMatch[],
): boolean {
  const m = matches[k]!;
  if (
    !entities ||
    dict.aliasContext[m.alias]! < CONTEXT_SHORT_FORM ||
    dict.aliasFlags[m.alias]! & OTHER_KINDS
  )
    return false;
  const own = entities[firstEntity(dict, m.alias)]?.state;
  if (own === undefined) return false;
  const other = (o: RawMatch | undefined, gap: RegExp, from: number, to: number) =>
    o !== undefined &&
    ((dict.aliasFlags[o.alias]! & FLAG_STATE) !== 0 || demonyms.includes(o)) &&
    firstEntity(dict, o.alias) !== own &&
    gap.test(s.slice(from, to));
  const before = matches[k - 1];
  const after = matches[k + 1];
  const demonym = demonyms.findLast((d) => d.end <= m.start);
  return (
    other(before, /^(?:['’]s)?\s+$/, before?.end ?? 0, m.start) ||
    // "the Foreign Office of India", not "of India's decision" (the state owns what follows).
    (other(after, /^\s+of\s+(?:the\s+)?$/, m.end, after?.start ?? 0) &&
      !/^['’]s\b/.test(s.slice(after!.end, after!.end + 3))) ||
    other(demonym, /^\s+$/, demonym?.end ?? 0, m.start)
  );
}
