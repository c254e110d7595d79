/**
 * The passage index behind "Seen elsewhere": every saved claim and knowledge-base quote as the
 * set of its word pairs (2-term shingles over `terms.ts`), kept as an inverted index in three
 * typed arrays (sorted shingle hashes, where each one's postings start, the postings). A page
 * is looked up shingle by shingle (`find-echoes.ts`); an entry whose shingles the page
 * contains, close together, for at least `MIN_CONTAINMENT` of them is an echo. Containment, not resemblance: a claim is
 * found inside a longer paragraph, across sentences split differently, with a few words
 * changed. Chosen over MinHash-LSH by measurement (`bench/echo.ts`, README "Seen elsewhere").
 */
import { termsOf, type PhraseTable, type Term } from './terms';

/** Terms per shingle. */
export const SHINGLE = 2;
/** Entries with fewer terms are not indexed: too short to tell a repeat from a coincidence. */
export const MIN_TERMS = 5;
/** Share of an entry's shingles a passage must contain. */
export const MIN_CONTAINMENT = 0.5;
/** Shingles in more entries than this say nothing about which one a page repeats. */
export const MAX_POSTINGS = 400;
/** Most terms an entry is indexed by (a long quote's first part is enough to know it). */
export const MAX_TERMS = 120;

export interface EchoIndex {
  /** Entry number → the caller's id. */
  ids: string[];
  /** Entry number → its text (the caller's strings, shared, not copied), to verify a candidate. */
  texts: string[];
  /** Distinct shingles per entry. */
  shingles: Uint16Array;
  /** Terms per entry. */
  terms: Uint16Array;
  /** Sorted distinct shingle hashes. */
  keys: Uint32Array;
  /** `postings[starts[k] .. starts[k + 1]]`: the entries with shingle `keys[k]`. */
  starts: Uint32Array;
  postings: Uint32Array;
}

/** An entry a page repeats, and where. */
export interface EchoHit {
  id: string;
  /** Where the repeated words stand in the page text (first to last matching term). */
  start: number;
  end: number;
  /** Share of the entry's shingles found there (0..1). */
  containment: number;
  /**
   * How alike the two are, word order counted (0..1): twice the longest common run of terms,
   * in order, over the terms of both.
   */
  similarity: number;
}

/** Share of an entry's terms that must appear in the passage in the same order. */
export const MIN_IN_ORDER = 0.6;

function termHash(key: string): number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The shingle hashes of a run of terms, one per position. */
export function shingleHashes(terms: readonly Term[]): Uint32Array {
  const n = Math.max(0, terms.length - SHINGLE + 1);
  const out = new Uint32Array(n);
  let previous = terms.length > 0 ? termHash(terms[0]!.key) : 0;
  for (let i = 0; i < n; i++) {
    const next = termHash(terms[i + 1]!.key);
    // Order matters ("Iran struck Israel" is not "Israel struck Iran").
    let h = Math.imul(previous ^ 0x9e3779b9, 0x85ebca6b) ^ next;
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    out[i] = (h ^ (h >>> 16)) >>> 0;
    previous = next;
  }
  return out;
}

/** One entry as the index reads it: its distinct shingles and how many terms it has. */
export interface PreparedEntry {
  id: string;
  text: string;
  hashes: Uint32Array;
  terms: number;
}

/**
 * Reads one entry's text for the index (the costly part of building it: folding, stemming,
 * names); undefined when it is too short to index. Depends only on the text and the table, so
 * a caller may keep it across rebuilds.
 */
export function prepareEntry(
  entry: { id: string; text: string },
  table: PhraseTable,
): PreparedEntry | undefined {
  const terms = termsOf(entry.text, table).slice(0, MAX_TERMS);
  if (terms.length < MIN_TERMS) return undefined;
  return {
    id: entry.id,
    text: entry.text,
    hashes: new Uint32Array(new Set(shingleHashes(terms))),
    terms: terms.length,
  };
}

/** Builds the index from entries' texts. */
export function buildEchoIndex(
  entries: readonly { id: string; text: string }[],
  table: PhraseTable,
): EchoIndex {
  return indexPrepared(entries.flatMap((entry) => prepareEntry(entry, table) ?? []));
}

/** Builds the index from prepared entries: one sort of every (shingle, entry) pair. */
export function indexPrepared(prepared: readonly PreparedEntry[]): EchoIndex {
  let total = 0;
  for (const entry of prepared) total += entry.hashes.length;
  // One number per (hash, entry) pair, sorted natively: hash × 2^21 + entry stays exact in a
  // double for up to two million entries.
  const pairs = new Float64Array(total);
  let at = 0;
  prepared.forEach(({ hashes }, entry) => {
    for (const hash of hashes) pairs[at++] = hash * 2097152 + entry;
  });
  pairs.sort();
  const keys: number[] = [];
  const starts: number[] = [];
  const postings = new Uint32Array(total);
  let last = -1;
  for (let i = 0; i < total; i++) {
    const hash = Math.floor(pairs[i]! / 2097152);
    if (hash !== last) {
      keys.push(hash);
      starts.push(i);
      last = hash;
    }
    postings[i] = pairs[i]! - hash * 2097152;
  }
  starts.push(total);
  return {
    ids: prepared.map((e) => e.id),
    texts: prepared.map((e) => e.text),
    shingles: Uint16Array.from(prepared, (e) => e.hashes.length),
    terms: Uint16Array.from(prepared, (e) => e.terms),
    keys: Uint32Array.from(keys),
    starts: Uint32Array.from(starts),
    postings,
  };
}

/** Bytes the index's arrays take (ids aside). */
export function indexBytes(index: EchoIndex): number {
  return (
    index.shingles.byteLength +
    index.terms.byteLength +
    index.keys.byteLength +
    index.starts.byteLength +
    index.postings.byteLength
  );
}
