/**
 * A block's matches and cue words laid out for the recognisers to walk a phrase word by word:
 * what starts or ends at an offset, the entities a match or demonym stands for, and the words
 * in between.
 */
import {
  FLAG_DEMONYM,
  FLAG_EVENT,
  FLAG_HEAD,
  FLAG_TITLE,
  entitiesOf,
  type CompiledDictionary,
} from './dictionary';
import { eventWordsOf } from './cue-data';
import type { MatchEntity } from './from-kb';
import type { RawMatch } from './raw-match';
import type { NormalizedText } from './normalize';
import { isWordCode } from './words';

export type ItemKind = 'name' | 'event' | 'demonym' | 'head' | 'title' | 'bearer';

export interface Item {
  start: number;
  end: number;
  kind: ItemKind;
  /** For names and demonyms: the one entity meant (a shared alias names none for sure: -1). */
  entity: number;
  /** For heads and titles: the kind of happening or the office (the first, when a word names several). */
  cue: number;
  /** For heads: every kind of happening the word names ("aggression": a conflict, or strikes). */
  kinds: readonly number[];
  match?: RawMatch;
  /** A place the KB does not name, standing for the KB place or state it lies in (minor-places.ts). */
  site?: boolean;
  /**
   * "the capital": the capital of whichever state a happening took place in ("the march on the
   * capital"), so it places an event by that event's own place (event-score.ts), never a name.
   */
  capital?: boolean;
}

export interface PhraseIndex {
  text: NormalizedText;
  dict: CompiledDictionary;
  entities: readonly MatchEntity[];
  /** The match or cue word that starts at `at`. */
  at(at: number): Item | undefined;
  /** The match or cue word that ends at `end`. */
  ending(end: number): Item | undefined;
  /** The block's head nouns, titles or names, in order. */
  ofKind(kind: ItemKind): Item[];
  /** The item for one of the block's matches or cue words. */
  item(m: RawMatch): Item;
  /** Words of the events' own names (cue-data.ts `eventWordsOf`). */
  eventWords: ReadonlySet<string>;
  /** The names and demonyms that lie wholly within `from`–`to`. */
  namesWithin(from: number, to: number): Item[];
}

const NONE: readonly number[] = [];

function itemOf(dict: CompiledDictionary, m: RawMatch): Item {
  const flags = dict.aliasFlags[m.alias]!;
  const meant = entitiesOf(dict, m.alias);
  const first = meant.length === 1 ? meant[0]! : -1;
  let kind: ItemKind = flags & FLAG_EVENT ? 'event' : 'name';
  let entity = first;
  let cue = -1;
  let kinds = NONE;
  if (m.bearer) {
    kind = 'bearer';
    entity = -1;
  } else if (flags & (FLAG_HEAD | FLAG_TITLE)) {
    kind = flags & FLAG_HEAD ? 'head' : 'title';
    entity = -1;
    cue = meant[0] ?? -1;
    if (kind === 'head') kinds = meant.length === 1 ? [cue] : [...meant];
  } else if (flags & FLAG_DEMONYM) kind = 'demonym';
  return { start: m.start, end: m.end, kind, entity, cue, kinds, match: m };
}

/** The first index of a list (in order of start) whose start is at least `at`. */
function firstFrom(list: readonly RawMatch[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The recognisers' view of a block. Lookups search the block's matches and cue words (both in
 * order of their start) and make an item only for what they find: most of a block is never
 * looked at.
 */
export function buildIndex(
  text: NormalizedText,
  dict: CompiledDictionary,
  entities: readonly MatchEntity[],
  matches: readonly RawMatch[],
  cues: readonly RawMatch[],
): PhraseIndex {
  const made = new Map<RawMatch, Item>();
  const item = (m: RawMatch) => {
    let found = made.get(m);
    if (!found) made.set(m, (found = itemOf(dict, m)));
    return found;
  };
  const startingAt = (list: readonly RawMatch[], at: number) => {
    const m = list[firstFrom(list, at)];
    return m && m.start === at ? item(m) : undefined;
  };
  // Matches and cue words are short: whatever ends at `end` started less than 80 characters before.
  const endingAt = (list: readonly RawMatch[], end: number) => {
    for (let k = firstFrom(list, end - 80); k < list.length && list[k]!.start < end; k++)
      if (list[k]!.end === end) return item(list[k]!);
    return undefined;
  };
  return {
    text,
    dict,
    entities,
    at: (at) => startingAt(matches, at) ?? startingAt(cues, at),
    ending: (end) => endingAt(matches, end) ?? endingAt(cues, end),
    item,
    eventWords: eventWordsOf(entities),
    namesWithin: (from, to) => {
      const out: Item[] = [];
      for (const list of [matches, cues])
        for (let k = firstFrom(list, from); k < list.length && list[k]!.start < to; k++) {
          const found = list[k]!.end <= to ? item(list[k]!) : undefined;
          if (found && (found.kind === 'name' || found.kind === 'demonym')) out.push(found);
        }
      return out;
    },
    ofKind: (kind) =>
      (kind === 'head' || kind === 'title' ? cues : matches).map(item).filter((i) => i.kind === kind),
  };
}

export const isUpperAt = (text: NormalizedText, at: number) =>
  at >= 0 && at < text.text.length && text.text.charCodeAt(at) !== text.lower.charCodeAt(at);

/** Steps back over spaces (not line breaks) from `at`; `at` itself when there are none. */
export function spacesBack(text: string, at: number): number {
  let k = at;
  while (k > 0 && (text.charCodeAt(k - 1) === 0x20 || text.charCodeAt(k - 1) === 0x09)) k--;
  return k;
}

/** Steps forward over spaces (not line breaks) from `at`. */
export function spacesForward(text: string, at: number): number {
  let k = at;
  while (k < text.length && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k++;
  return k;
}

/** The start of the word (letters, digits, inner hyphens) ending at `end`. */
export function wordStartBefore(text: string, end: number): number {
  let k = end;
  while (
    k > 0 &&
    (isWordCode(text.charCodeAt(k - 1)) ||
      (text[k - 1] === '-' && k - 1 > 0 && isWordCode(text.charCodeAt(k - 2)) && k < end))
  )
    k--;
  return k;
}

/** The end of the word (letters, digits, inner hyphens) starting at `start`. */
export function wordEndAfter(text: string, start: number): number {
  let k = start;
  while (
    k < text.length &&
    (isWordCode(text.charCodeAt(k)) || (text[k] === '-' && k > start && isWordCode(text.charCodeAt(k + 1))))
  )
    k++;
  return k;
}

/** Whether `at` opens a sentence: nothing but quotes and brackets since a full stop or line start (or a full stop and closing quotes). */
export function opensSentence(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && /[\s"'“‘([]/.test(text[k - 1]!)) {
    if (text[k - 1] === '\n') return true;
    k--;
  }
  // A quotation or an aside may close the sentence before: 'calling.” When', '(AFP.) The'.
  while (k > 1 && /[”’)\]]/.test(text[k - 1]!)) k--;
  return k === 0 || /[.!?:;…·•|]/.test(text[k - 1]!);
}
