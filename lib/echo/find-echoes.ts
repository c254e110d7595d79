/**
 * Looking a page up in the echo index (`index.ts`): shingle by shingle, a stretch of the page at
 * a time, then each candidate entry verified against the passage for words in the same order.
 */
import { termsOf, type PhraseTable, type Term } from './terms';
import {
  SHINGLE,
  MIN_CONTAINMENT,
  MIN_IN_ORDER,
  MAX_POSTINGS,
  MAX_TERMS,
  shingleHashes,
  type EchoIndex,
  type EchoHit,
} from './index';

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
