/**
 * The alias dictionary, compiled for matching: a trie over whole words, stored as an
 * open-addressing hash table keyed by (node, word hash), with each node's aliases longest
 * first. Whole words are the unit because mentions must be whole words anyway; keying on
 * words keeps the structure small (a 100,000-alias pack is a few megabytes of typed arrays)
 * where a character-level Aho–Corasick automaton would need an object per state.
 */
import { HASH_SEED, hashStep, isWordCode } from './words';
import type { contextReasons } from '../kb/schema';

export type ContextReason = (typeof contextReasons)[number];

/** One alias as the matcher needs it. `entity` indexes `entities`; -1 marks a confusable. */
export interface AliasSpec {
  text: string;
  entity: number;
  caseSensitive: boolean;
  needsContext: ContextReason | null;
  /**
   * `person` and `event` aliases can hold other names inside them ("US President Donald Trump");
   * a `demonym` ("Pakistani") is matched only as a cue for events and role phrases, never linked.
   * A `head` noun or role `title` is a cue too; its `entity` is then the index of its kind of
   * happening or role (see phrase-link.ts), not of an entity.
   */
  role?: 'person' | 'event' | 'demonym' | 'head' | 'title' | 'city' | 'sport';
  /** The alias names a state (the sports rule reads "Pakistan were 35 for one" as a team). */
  state?: boolean;
  /** A person's surname on its own ("Trump", "Sharif"): the family rule applies to it. */
  surname?: boolean;
  /**
   * The all-capitals form of a one-word name ("IRAN" for "Iran"), written for headlines and
   * all-capitals wire copy: no acronym, so it is read inside all-capitals runs of text.
   */
  shouted?: boolean;
}

export const FLAG_CASE_SENSITIVE = 1;
export const FLAG_BLOCKER = 2;
/** An all-capitals acronym ("US", "TLP"): not matched inside all-capitals runs of text. */
export const FLAG_ACRONYM = 4;
/** A person's alias: a full name keeps its link after honorifics and middle names. */
export const FLAG_PERSON = 8;
/** An event's alias. Person and event aliases can hold other entities' names (nested mentions). */
export const FLAG_EVENT = 16;
/** A demonym ("Iranian"): a cue for the state, never linked itself. */
export const FLAG_DEMONYM = 32;
/** A happening's head noun ("strikes", "phone call"), a cue for the event recogniser. */
export const FLAG_HEAD = 64;
/** A role phrase ("the premier", "army chief"), a cue for the epithet recogniser. */
export const FLAG_TITLE = 128;
/** A person's surname alone: decided against the nearest full name with that surname. */
export const FLAG_SURNAME = 256;
/** A state's name. */
export const FLAG_STATE = 512;
/**
 * A name with a word inside it that starts an office phrase ("Pakistan's army chief"): the
 * matcher checks whether the office runs past the name's end (see `walkName`).
 */
export const FLAG_INNER_TITLE = 1024;
/** A word of sports reporting ("wickets"); its `entity` is its weight (sports-words.ts). */
export const FLAG_SPORT = 2048;
/** The code `aliasContext` stores for each reason an alias needs page context. */
export const contextCodes: Record<ContextReason, number> = {
  surname: 1,
  'given-name': 2,
  capital: 3,
  'short-form': 4,
  'common-word': 5,
};
export const CONTEXT_CAPITAL = contextCodes.capital;
export const CONTEXT_SURNAME = contextCodes.surname;
export const CONTEXT_SHORT_FORM = contextCodes['short-form'];

export interface CompiledDictionary {
  /**
   * Normalised alias texts (lower-cased unless case-sensitive), each followed by a NUL: alias
   * `a` is `aliasText[aliasStart[a] .. aliasStart[a + 1] - 1]`. One string rather than one per
   * alias: a 100,000-alias pack would otherwise be 100,000 more objects on every page's heap.
   */
  aliasText: string;
  aliasStart: Int32Array;
  /**
   * Entities an alias can mean: `aliasEntities[aliasEntityStart[a] .. aliasEntityStart[a + 1]]`.
   * Usually one; several when entities share an alias (then page context decides), none for a
   * confusable.
   */
  aliasEntityStart: Int32Array;
  aliasEntities: Int32Array;
  aliasFlags: Uint16Array;
  /** 0 when the alias links on its own, else the reason code it needs page context. */
  aliasContext: Uint8Array;
  /**
   * For an alias written with capitals in the knowledge base but matched regardless of case,
   * which word (1-based) must start with a capital on the page: "trump card", "the gulf between
   * them", "turkey" are common nouns. 0: no such word.
   */
  aliasCapital: Uint8Array;
  /**
   * For a capital standing for its government ("Washington"), the alias of the city itself
   * (the place "Washington, D.C.") to link where the text reads it as a place; -1 if none.
   */
  aliasCity: Int32Array;
  /**
   * The root's children (every alias's first word) in a table of their own: every word of a
   * page is looked up there, and a small table stays in the processor's cache.
   */
  rootHash: Int32Array;
  rootChild: Int32Array;
  rootMask: number;
  /** Hash table for deeper edges: slot → parent node, word hash, child node (-1 empty). */
  slotParent: Int32Array;
  slotHash: Int32Array;
  slotChild: Int32Array;
  mask: number;
  /** Node n's aliases are `nodeAliases[nodeStart[n] .. nodeStart[n + 1]]`, longest first. */
  nodeStart: Int32Array;
  nodeAliases: Int32Array;
}

/** Splits normalised text into lower-cased word hashes. */
export function wordHashes(lower: string): number[] {
  const hashes: number[] = [];
  let hash = HASH_SEED;
  let inWord = false;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (isWordCode(code)) {
      hash = hashStep(hash, code);
      inWord = true;
    } else if (inWord) {
      hashes.push(hash);
      hash = HASH_SEED;
      inWord = false;
    }
  }
  if (inWord) hashes.push(hash);
  return hashes;
}

/** How many entities alias `alias` can mean (without allocating, for the hot path). */
export function entityCount(dict: CompiledDictionary, alias: number): number {
  return dict.aliasEntityStart[alias + 1]! - dict.aliasEntityStart[alias]!;
}

/** The first (usually only) entity alias `alias` can mean. */
export function firstEntity(dict: CompiledDictionary, alias: number): number {
  return dict.aliasEntities[dict.aliasEntityStart[alias]!]!;
}

/** The entities alias `alias` can mean. */
export function entitiesOf(dict: CompiledDictionary, alias: number): Int32Array {
  return dict.aliasEntities.subarray(dict.aliasEntityStart[alias]!, dict.aliasEntityStart[alias + 1]!);
}

/** Mixes a node id and a word hash into a table slot. */
export function mix(parent: number, hash: number): number {
  return (Math.imul(parent, 0x9e3779b1) ^ hash) >>> 0;
}

/** Memory the compiled tables take, in bytes (the alias text counted at two bytes a character). */
export function dictionaryBytes(dict: CompiledDictionary): number {
  const arrays = [
    dict.aliasStart,
    dict.aliasEntityStart,
    dict.aliasEntities,
    dict.aliasFlags,
    dict.aliasContext,
    dict.aliasCapital,
    dict.aliasCity,
    dict.rootHash,
    dict.rootChild,
    dict.slotParent,
    dict.slotHash,
    dict.slotChild,
    dict.nodeStart,
    dict.nodeAliases,
  ];
  return arrays.reduce((sum, array) => sum + array.byteLength, 0) + dict.aliasText.length * 2;
}

/** Alias `alias`'s normalised text. */
export function aliasAt(dict: CompiledDictionary, alias: number): string {
  return dict.aliasText.slice(dict.aliasStart[alias]!, dict.aliasStart[alias + 1]! - 1);
}

/** The child of `node` along a word with hash `hash`, or -1. */
export function childOf(dict: CompiledDictionary, node: number, hash: number): number {
  const h = hash | 0;
  if (node === 0) {
    const { rootHash, rootChild, rootMask } = dict;
    for (let slot = h & rootMask; ; slot = (slot + 1) & rootMask) {
      const child = rootChild[slot]!;
      if (child === -1 || rootHash[slot] === h) return child;
    }
  }
  const { slotParent, slotHash, slotChild, mask } = dict;
  let slot = mix(node, h) & mask;
  for (;;) {
    const child = slotChild[slot]!;
    if (child === -1) return -1;
    if (slotParent[slot] === node && slotHash[slot] === h) return child;
    slot = (slot + 1) & mask;
  }
}

/** Whether aliases `a` and `b` each name exactly one entity, the same one. */
export const sameEntity = (dict: CompiledDictionary, a: number, b: number) =>
  entityCount(dict, a) === 1 && entityCount(dict, b) === 1 && firstEntity(dict, a) === firstEntity(dict, b);

/** Whether alias `full` names exactly one entity, and one that alias `surname` can mean. */
export function fullNameFor(dict: CompiledDictionary, full: number, surname: number): boolean {
  if (dict.aliasContext[full] !== 0 || entityCount(dict, full) !== 1 || dict.aliasFlags[full]! & FLAG_SURNAME)
    return false;
  const entity = firstEntity(dict, full);
  for (let k = dict.aliasEntityStart[surname]!; k < dict.aliasEntityStart[surname + 1]!; k++)
    if (dict.aliasEntities[k] === entity) return true;
  return false;
}
