/**
 * The alias dictionary, compiled for matching: a trie over whole words, stored as an
 * open-addressing hash table keyed by (node, word hash), with each node's aliases longest
 * first. Whole words are the unit because mentions must be whole words anyway; keying on
 * words keeps the structure small (a 100,000-alias pack is a few megabytes of typed arrays)
 * where a character-level Aho–Corasick automaton would need an object per state.
 */
import { HASH_SEED, hashStep, isWordCode } from './words';
import { normalizeAlias } from './normalize';
import type { contextReasons } from '../kb/schema';

export type ContextReason = (typeof contextReasons)[number];

/** One alias as the matcher needs it. `entity` indexes `entities`; -1 marks a confusable. */
export interface AliasSpec {
  text: string;
  entity: number;
  caseSensitive: boolean;
  needsContext: ContextReason | null;
}

export const FLAG_CASE_SENSITIVE = 1;
export const FLAG_BLOCKER = 2;
/** An all-capitals acronym ("US", "TLP"): not matched inside all-capitals runs of text. */
export const FLAG_ACRONYM = 4;

const contextCodes: Record<ContextReason, number> = {
  surname: 1,
  'given-name': 2,
  capital: 3,
  'short-form': 4,
  'common-word': 5,
};
export const CONTEXT_CAPITAL = contextCodes.capital;
export const CONTEXT_SHORT_FORM = contextCodes['short-form'];

export interface CompiledDictionary {
  /** Normalised alias texts (lower-cased unless case-sensitive). */
  aliases: string[];
  /**
   * Entities an alias can mean: `aliasEntities[aliasEntityStart[a] .. aliasEntityStart[a + 1]]`.
   * Usually one; several when entities share an alias (then page context decides), none for a
   * confusable.
   */
  aliasEntityStart: Int32Array;
  aliasEntities: Int32Array;
  aliasFlags: Uint8Array;
  /** 0 when the alias links on its own, else the reason code it needs page context. */
  aliasContext: Uint8Array;
  /** Hash table: slot → parent node, word hash, child node (-1 empty). */
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

const isAcronym = (text: string) =>
  text.length >= 2 && /^[A-Z0-9.&-]+$/.test(text) && /[A-Z].*[A-Z]|[A-Z]\./.test(text);

/** Compiles aliases into the matcher's tables. Aliases that cannot start a word are skipped. */
export function compileDictionary(specs: readonly AliasSpec[]): CompiledDictionary {
  const aliases: string[] = [];
  const entities: number[][] = [];
  const flags: number[] = [];
  const context: number[] = [];
  const byText = new Map<string, number>();
  const edges = new Map<string, number>();
  const nodeAliasLists: number[][] = [[]];

  for (const spec of specs) {
    const normalized = normalizeAlias(spec.text);
    if (!normalized || !isWordCode(normalized.charCodeAt(0))) continue;
    const lower = normalized.toLowerCase();
    const pattern = spec.caseSensitive ? normalized : lower;
    const key = `${spec.caseSensitive ? 'C' : 'i'}${pattern}`;
    const existing = byText.get(key);
    if (existing !== undefined) {
      // The same text for another entity (or again for the same one): one alias, several meanings.
      if (spec.entity >= 0 && !entities[existing]!.includes(spec.entity))
        entities[existing]!.push(spec.entity);
      if (spec.entity >= 0) flags[existing] = flags[existing]! & ~FLAG_BLOCKER;
      if (spec.needsContext)
        context[existing] = Math.max(context[existing]!, contextCodes[spec.needsContext]);
      continue;
    }
    const hashes = wordHashes(lower.length === normalized.length ? lower : normalized);
    if (hashes.length === 0) continue;
    let node = 0;
    for (const hash of hashes) {
      const edge = `${node}:${hash}`;
      let child = edges.get(edge);
      if (child === undefined) {
        child = nodeAliasLists.length;
        nodeAliasLists.push([]);
        edges.set(edge, child);
      }
      node = child;
    }
    const id = aliases.length;
    byText.set(key, id);
    aliases.push(pattern);
    entities.push(spec.entity >= 0 ? [spec.entity] : []);
    flags.push(
      (spec.caseSensitive ? FLAG_CASE_SENSITIVE : 0) |
        (spec.entity < 0 ? FLAG_BLOCKER : 0) |
        (spec.caseSensitive && isAcronym(normalized) ? FLAG_ACRONYM : 0),
    );
    context.push(spec.needsContext ? contextCodes[spec.needsContext] : 0);
    nodeAliasLists[node]!.push(id);
  }

  let size = 16;
  while (size < edges.size * 2) size *= 2;
  const slotParent = new Int32Array(size).fill(-1);
  const slotHash = new Int32Array(size);
  const slotChild = new Int32Array(size).fill(-1);
  const mask = size - 1;
  for (const [edge, child] of edges) {
    const colon = edge.indexOf(':');
    const parent = Number(edge.slice(0, colon));
    const hash = Number(edge.slice(colon + 1)) | 0;
    let slot = mix(parent, hash) & mask;
    while (slotChild[slot] !== -1) slot = (slot + 1) & mask;
    slotParent[slot] = parent;
    slotHash[slot] = hash;
    slotChild[slot] = child;
  }

  const nodeStart = new Int32Array(nodeAliasLists.length + 1);
  const nodeAliases: number[] = [];
  nodeAliasLists.forEach((list, node) => {
    nodeStart[node] = nodeAliases.length;
    // Longest first, so the first alias that verifies at a node is the longest one there.
    nodeAliases.push(...list.toSorted((x, y) => aliases[y]!.length - aliases[x]!.length));
  });
  nodeStart[nodeAliasLists.length] = nodeAliases.length;

  const aliasEntityStart = new Int32Array(aliases.length + 1);
  entities.forEach((list, a) => (aliasEntityStart[a + 1] = aliasEntityStart[a]! + list.length));

  return {
    aliases,
    aliasEntityStart,
    aliasEntities: Int32Array.from(entities.flat()),
    aliasFlags: Uint8Array.from(flags),
    aliasContext: Uint8Array.from(context),
    slotParent,
    slotHash,
    slotChild,
    mask,
    nodeStart,
    nodeAliases: Int32Array.from(nodeAliases),
  };
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

/** The child of `node` along a word with hash `hash`, or -1. */
export function childOf(dict: CompiledDictionary, node: number, hash: number): number {
  const { slotParent, slotHash, slotChild, mask } = dict;
  const h = hash | 0;
  let slot = mix(node, h) & mask;
  for (;;) {
    const child = slotChild[slot]!;
    if (child === -1) return -1;
    if (slotParent[slot] === node && slotHash[slot] === h) return child;
    slot = (slot + 1) & mask;
  }
}
