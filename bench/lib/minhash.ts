/**
 * MinHash with banded LSH, the alternative the echo index was measured against: each claim a
 * signature of 64 minimum hashes of its 2-term shingles, 16 bands of 4; a page is read in
 * windows of 24 terms every 8, each window's bands looked up, candidates kept when their
 * estimated resemblance to the window reaches 0.3.
 */
const HASHES = 64;
const BANDS = 16;
const ROWS = HASHES / BANDS;
const WINDOW = 24;
const STEP = 8;
const seeds = Array.from({ length: HASHES }, (_, i) => Math.imul(i + 1, 0x9e3779b1) >>> 0);

const hashString = (s: string) => {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
};

function signature(terms: readonly string[]): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (let i = 0; i + 1 < terms.length; i++) {
    const base = hashString(`${terms[i]} ${terms[i + 1]}`);
    for (let k = 0; k < HASHES; k++) {
      let h = Math.imul(base ^ seeds[k]!, 0x85ebca6b);
      h = (h ^ (h >>> 13)) >>> 0;
      if (h < sig[k]!) sig[k] = h;
    }
  }
  return sig;
}

const bandKey = (sig: Uint32Array, band: number) => {
  let h = band;
  for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ sig[band * ROWS + r]!, 16777619);
  return h >>> 0;
};

export function minHashIndex(
  entries: readonly { id: string; text: string }[],
  termsOf: (text: string) => string[],
) {
  const sigs: Uint32Array[] = [];
  const ids: string[] = [];
  const buckets = new Map<number, number[]>();
  for (const entry of entries) {
    const terms = termsOf(entry.text);
    if (terms.length < 5) continue;
    const sig = signature(terms);
    const n = sigs.push(sig) - 1;
    ids.push(entry.id);
    for (let b = 0; b < BANDS; b++) {
      const key = bandKey(sig, b);
      const list = buckets.get(key);
      if (list) list.push(n);
      else buckets.set(key, [n]);
    }
  }
  return {
    bytes: sigs.length * HASHES * 4 + buckets.size * 8 + sigs.length * BANDS * 4,
    find(text: string): string[] {
      const terms = termsOf(text);
      const found = new Set<string>();
      for (let start = 0; start < Math.max(1, terms.length - WINDOW + STEP); start += STEP) {
        const sig = signature(terms.slice(start, start + WINDOW));
        const candidates = new Set<number>();
        for (let b = 0; b < BANDS; b++) for (const n of buckets.get(bandKey(sig, b)) ?? []) candidates.add(n);
        for (const n of candidates) {
          let same = 0;
          for (let k = 0; k < HASHES; k++) if (sigs[n]![k] === sig[k]) same++;
          if (same / HASHES >= 0.3) found.add(ids[n]!);
        }
      }
      return [...found];
    },
  };
}
