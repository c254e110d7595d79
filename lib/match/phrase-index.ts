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
import type { MatchEntity } from './from-kb';
import type { RawMatch } from './matcher';
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
}

export interface PhraseIndex {
  text: NormalizedText;
  dict: CompiledDictionary;
  entities: readonly MatchEntity[];
  items: Item[];
  byStart: Map<number, Item>;
  byEnd: Map<number, Item>;
}

const NONE: readonly number[] = [];

function itemOf(dict: CompiledDictionary, m: RawMatch): Item {
  const flags = dict.aliasFlags[m.alias]!;
  const meant = entitiesOf(dict, m.alias);
  const first = meant.length === 1 ? meant[0]! : -1;
  const base = { start: m.start, end: m.end, match: m, kinds: NONE };
  if (m.bearer) return { ...base, kind: 'bearer', entity: -1, cue: -1 };
  if (flags & FLAG_HEAD) return { ...base, kind: 'head', entity: -1, cue: meant[0] ?? -1, kinds: [...meant] };
  if (flags & FLAG_TITLE) return { ...base, kind: 'title', entity: -1, cue: meant[0] ?? -1 };
  if (flags & FLAG_DEMONYM) return { ...base, kind: 'demonym', entity: first, cue: -1 };
  return { ...base, kind: flags & FLAG_EVENT ? 'event' : 'name', entity: first, cue: -1 };
}

export function buildIndex(
  text: NormalizedText,
  dict: CompiledDictionary,
  entities: readonly MatchEntity[],
  matches: readonly RawMatch[],
  cues: readonly RawMatch[],
): PhraseIndex {
  const items = [...matches, ...cues].map((m) => itemOf(dict, m)).toSorted((a, b) => a.start - b.start);
  const byStart = new Map<number, Item>();
  const byEnd = new Map<number, Item>();
  for (const item of items) {
    byStart.set(item.start, item);
    byEnd.set(item.end, item);
  }
  return { text, dict, entities, items, byStart, byEnd };
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

/** Whether `at` opens a sentence: nothing but quotes and brackets since a full stop or line start. */
export function opensSentence(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && /[\s"'“‘([]/.test(text[k - 1]!)) {
    if (text[k - 1] === '\n') return true;
    k--;
  }
  return k === 0 || /[.!?:;…]/.test(text[k - 1]!);
}
