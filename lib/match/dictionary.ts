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
const roleFlags = {
  person: FLAG_PERSON,
  event: FLAG_EVENT,
  demonym: FLAG_DEMONYM,
  head: FLAG_HEAD,
  title: FLAG_TITLE,
  sport: FLAG_SPORT,
} as const;

const contextCodes: Record<ContextReason, number> = {
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

const roleFlag = (spec: AliasSpec) =>
  spec.entity < 0
    ? 0
    : (spec.role && spec.role !== 'city' ? roleFlags[spec.role] : 0) |
      (spec.state ? FLAG_STATE : 0) |
      (spec.surname ? FLAG_SURNAME : 0);

/** Which word (1-based) of an alias first starts with a capital letter; 0 when none does. */
function capitalWord(text: string): number {
  // Words as the matcher counts them: runs of letters and digits ("four-day" is two).
  const words = text.split(/[^\p{L}\p{M}\p{N}]+/u).filter((w) => w.length > 0);
  const index = words.findIndex((w) => /^\p{Lu}/u.test(w));
  return index < 0 || index > 250 ? 0 : index + 1;
}
const isCue = (spec: AliasSpec) =>
  spec.role === 'demonym' || spec.role === 'head' || spec.role === 'title' || spec.role === 'sport';

const isAcronym = (text: string) =>
  text.length >= 2 && /^[A-Z0-9.&-]+$/.test(text) && /[A-Z].*[A-Z]|[A-Z]\./.test(text);

/** Compiles aliases into the matcher's tables. Aliases that cannot start a word are skipped. */
export function compileDictionary(specs: readonly AliasSpec[]): CompiledDictionary {
  const aliases: string[] = [];
  const entities: number[][] = [];
  const flags: number[] = [];
  const context: number[] = [];
  const capitals: number[] = [];
  const cities: { pattern: string; id: number }[] = [];
  const byText = new Map<string, number>();
  const edges = new Map<string, number>();
  const nodeAliasLists: number[][] = [[]];

  for (const spec of specs) {
    const normalized = normalizeAlias(spec.text);
    if (!normalized || !isWordCode(normalized.charCodeAt(0))) continue;
    const lower = normalized.toLowerCase();
    const pattern = spec.caseSensitive ? normalized : lower;
    if (spec.role === 'city') {
      // Not matched by itself: the capital with the same text points at it (see `aliasCity`).
      cities.push({ pattern, id: aliases.length });
      aliases.push(pattern);
      entities.push([spec.entity]);
      flags.push(spec.caseSensitive ? FLAG_CASE_SENSITIVE : 0);
      context.push(0);
      capitals.push(spec.caseSensitive ? 0 : capitalWord(normalized));
      continue;
    }
    // A cue never shares an entry with a name: its `entity` means something else.
    const key = `${isCue(spec) ? spec.role : ''}${spec.caseSensitive ? 'C' : 'i'}${pattern}`;
    const existing = byText.get(key);
    if (existing !== undefined) {
      // The same text for another entity (or again for the same one): one alias, several meanings.
      if (spec.entity >= 0 && !entities[existing]!.includes(spec.entity))
        entities[existing]!.push(spec.entity);
      if (spec.entity >= 0) flags[existing] = (flags[existing]! & ~FLAG_BLOCKER) | roleFlag(spec);
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
        (spec.caseSensitive && isAcronym(normalized) ? FLAG_ACRONYM : 0) |
        roleFlag(spec),
    );
    context.push(spec.needsContext ? contextCodes[spec.needsContext] : 0);
    capitals.push(spec.caseSensitive || isCue(spec) ? 0 : capitalWord(normalized));
    nodeAliasLists[node]!.push(id);
  }

  // Which names have, after their first word, a word that starts an office phrase.
  const titleStarts = new Set<number>();
  specs.forEach((spec) => {
    if (spec.role !== 'title') return;
    const first = wordHashes(normalizeAlias(spec.text).toLowerCase())[0];
    if (first !== undefined) titleStarts.add(first);
  });
  if (titleStarts.size > 0)
    aliases.forEach((alias, a) => {
      if (flags[a]! & (FLAG_HEAD | FLAG_TITLE | FLAG_DEMONYM | FLAG_SPORT)) return;
      if (wordHashes(alias.toLowerCase()).some((hash, i) => i > 0 && titleStarts.has(hash)))
        flags[a] = flags[a]! | FLAG_INNER_TITLE;
    });

  const parsed = [...edges].map(([edge, child]) => {
    const colon = edge.indexOf(':');
    return { parent: Number(edge.slice(0, colon)), hash: Number(edge.slice(colon + 1)) | 0, child };
  });
  const rootEdges = parsed.filter((e) => e.parent === 0);
  const deepEdges = parsed.filter((e) => e.parent !== 0);
  const tableSize = (count: number) => {
    let size = 16;
    while (size < count * 2) size *= 2;
    return size;
  };

  const rootSize = tableSize(rootEdges.length);
  const rootHash = new Int32Array(rootSize);
  const rootChild = new Int32Array(rootSize).fill(-1);
  const rootMask = rootSize - 1;
  for (const { hash, child } of rootEdges) {
    let slot = hash & rootMask;
    while (rootChild[slot] !== -1) slot = (slot + 1) & rootMask;
    rootHash[slot] = hash;
    rootChild[slot] = child;
  }

  const size = tableSize(deepEdges.length);
  const slotParent = new Int32Array(size).fill(-1);
  const slotHash = new Int32Array(size);
  const slotChild = new Int32Array(size).fill(-1);
  const mask = size - 1;
  for (const { parent, hash, child } of deepEdges) {
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

  const aliasCity = new Int32Array(aliases.length).fill(-1);
  for (const city of cities) {
    const capital = byText.get(`${city.pattern === city.pattern.toLowerCase() ? 'i' : 'C'}${city.pattern}`);
    if (capital !== undefined && context[capital] === CONTEXT_CAPITAL) aliasCity[capital] = city.id;
  }

  const aliasStart = new Int32Array(aliases.length + 1);
  aliases.forEach((alias, a) => (aliasStart[a + 1] = aliasStart[a]! + alias.length + 1));

  return {
    aliasText: aliases.map((alias) => `${alias}\u0000`).join(''),
    aliasStart,
    aliasEntityStart,
    aliasEntities: Int32Array.from(entities.flat()),
    aliasFlags: Uint16Array.from(flags),
    aliasContext: Uint8Array.from(context),
    aliasCapital: Uint8Array.from(capitals),
    aliasCity,
    rootHash,
    rootChild,
    rootMask,
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
