/**
 * The passage index behind "Seen elsewhere": every saved claim and knowledge-base quote as the
 * set of its word pairs (2-term shingles over `terms.ts`), kept as an inverted index in three
 * typed arrays (sorted shingle hashes, where each one's postings start, the postings). A page
 * is looked up shingle by shingle; an entry whose shingles the page contains, close together,
 * for at least `MIN_CONTAINMENT` of them is an echo. Containment, not resemblance: a claim is
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
const MAX_POSTINGS = 400;
/** Most terms an entry is indexed by (a long quote's first part is enough to know it). */
const MAX_TERMS = 120;

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

function findKey(keys: Uint32Array, hash: number): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const key = keys[mid]!;
    if (key === hash) return mid;
    if (key < hash) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * The entries a text repeats. `breaks` are block boundaries in the text (see `termsOf`);
 * `minContainment` is the share of an entry's shingles that must be found close together.
 * `alongside` is another index searched with this one (`layers.ts`): a shingle too common
 * across the two says nothing in either.
 */
export function findEchoes(
  index: EchoIndex,
  text: string,
  table: PhraseTable,
  options: { breaks?: readonly number[]; minContainment?: number; alongside?: EchoIndex } = {},
): EchoHit[] {
  const minContainment = options.minContainment ?? MIN_CONTAINMENT;
  const terms = termsOf(text, table, options.breaks);
  const hashes = shingleHashes(terms);
  const keyAt = new Int32Array(hashes.length);
  const postingsIn = (of: EchoIndex, k: number) => (k >= 0 ? of.starts[k + 1]! - of.starts[k]! : 0);
  for (let i = 0; i < hashes.length; i++) {
    const k = findKey(index.keys, hashes[i]!);
    const elsewhere = options.alongside
      ? postingsIn(options.alongside, findKey(options.alongside.keys, hashes[i]!))
      : 0;
    keyAt[i] = k >= 0 && postingsIn(index, k) + elsewhere <= MAX_POSTINGS ? k : -1;
  }
  const counts = new Uint16Array(index.ids.length);
  const found = new Map<number, EchoHit>();
  // The page in overlapping stretches: hits are counted per stretch, so common pairs spread
  // over a long page do not add up to a candidate; the overlap holds the longest entry whole.
  const overlap = MAX_TERMS * 2 + 4;
  for (let from = 0; from < hashes.length; from += CHUNK) {
    const to = Math.min(hashes.length, from + CHUNK + overlap);
    for (const hit of findInStretch(index, table, terms, hashes, keyAt, counts, from, to, minContainment)) {
      const known = found.get(hit.e);
      if (!known || hit.hit.similarity > known.similarity) found.set(hit.e, hit.hit);
    }
    if (to === hashes.length) break;
  }
  const hits = [...found.values()];
  return hits.toSorted((a, b) => a.start - b.start || b.containment - a.containment);
}

/** The run of hit positions no wider than `span` with the most distinct shingles. */
function densestWindow(positions: number[], hashes: Uint32Array, span: number) {
  let best = { distinct: 0, first: positions[0]!, last: positions[0]! };
  const inWindow = new Map<number, number>();
  let left = 0;
  for (let right = 0; right < positions.length; right++) {
    const h = hashes[positions[right]!]!;
    inWindow.set(h, (inWindow.get(h) ?? 0) + 1);
    while (positions[right]! - positions[left]! > span) {
      const out = hashes[positions[left]!]!;
      const n = inWindow.get(out)! - 1;
      if (n === 0) inWindow.delete(out);
      else inWindow.set(out, n);
      left++;
    }
    if (inWindow.size > best.distinct)
      best = { distinct: inWindow.size, first: positions[left]!, last: positions[right]! };
  }
  return best;
}

/**
 * The longest common subsequence of two term lists, and where it starts and ends in the
 * second (dynamic programming; both lists are a few dozen terms).
 */
export function longestCommonRun(a: readonly string[], b: readonly string[]) {
  const width = b.length + 1;
  const table = new Uint16Array((a.length + 1) * width);
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      table[i * width + j] =
        a[i - 1] === b[j - 1]
          ? table[(i - 1) * width + j - 1]! + 1
          : Math.max(table[(i - 1) * width + j]!, table[i * width + j - 1]!);
  const length = table[a.length * width + b.length]!;
  // Walk back to find the first and last positions of b that the subsequence uses.
  let i = a.length;
  let j = b.length;
  let passageFirst = 0;
  let passageLast = -1;
  while (i > 0 && j > 0) {
    if (a[i - 1] === b[j - 1]) {
      if (passageLast < 0) passageLast = j - 1;
      passageFirst = j - 1;
      i--;
      j--;
    } else if (table[(i - 1) * width + j]! >= table[i * width + j - 1]!) i--;
    else j--;
  }
  return { length, passageFirst, passageLast: Math.max(passageFirst, passageLast) };
}

/** Terms of page read per stretch (see `findEchoes`). */
const CHUNK = 2000;

/** Echoes whose shingles fall within `hashes[from..to]`. `counts` is all zeros on entry and exit. */
function findInStretch(
  index: EchoIndex,
  table: PhraseTable,
  terms: readonly Term[],
  hashes: Uint32Array,
  keyAt: Int32Array,
  counts: Uint16Array,
  from: number,
  to: number,
  minContainment: number,
): { e: number; hit: EchoHit }[] {
  // Pass 1: count hits per entry (touched entries remembered for the reset).
  const touched: number[] = [];
  for (let i = from; i < to; i++) {
    const k = keyAt[i]!;
    if (k < 0) continue;
    for (let p = index.starts[k]!; p < index.starts[k + 1]!; p++) {
      const e = index.postings[p]!;
      if (counts[e] === 0) touched.push(e);
      if (counts[e]! < 65535) counts[e]!++;
    }
  }
  const candidates = new Map<number, number[]>();
  for (const e of touched) {
    if (counts[e]! >= Math.max(2, Math.ceil(index.shingles[e]! * minContainment))) candidates.set(e, []);
    counts[e] = 0;
  }
  if (candidates.size === 0) return [];
  // Pass 2: where each candidate's hits are, in page order.
  for (let i = from; i < to; i++) {
    const k = keyAt[i]!;
    if (k < 0) continue;
    for (let p = index.starts[k]!; p < index.starts[k + 1]!; p++) candidates.get(index.postings[p]!)?.push(i);
  }
  const hits: { e: number; hit: EchoHit }[] = [];
  for (const [e, positions] of candidates) {
    const best = densestWindow(positions, hashes, index.terms[e]! * 2 + 4);
    const containment = best.distinct / index.shingles[e]!;
    if (containment < minContainment) continue;
    // The same words in another order share few pairs, but some: check the order itself.
    const entry = termsOf(index.texts[e]!, table)
      .slice(0, MAX_TERMS)
      .map((t) => t.key);
    const slack = 3;
    const start = Math.max(0, best.first - slack);
    const end = Math.min(terms.length, best.last + SHINGLE + slack);
    const passage = terms.slice(start, end).map((t) => t.key);
    const common = longestCommonRun(entry, passage);
    if (common.length / entry.length < MIN_IN_ORDER) continue;
    const first = start + common.passageFirst;
    const last = start + common.passageLast;
    hits.push({
      e,
      hit: {
        id: index.ids[e]!,
        start: terms[first]!.start,
        end: terms[last]!.end,
        containment: Math.min(1, containment),
        similarity: (2 * common.length) / (entry.length + (last - first + 1)),
      },
    });
  }
  return hits;
}
