/**
 * What counts as a word character for whole-word matching: letters, combining marks and digits
 * in any script. ASCII is answered from a table; other characters once each, then cached.
 */
/** 1 for ASCII word characters: exported for the trie walk's inner loop, which reads it inline. */
export const WORD_ASCII = new Uint8Array(128);
const ascii = WORD_ASCII;
for (let c = 0; c < 128; c++) {
  ascii[c] = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 1 : 0;
}
const WORD = /[\p{L}\p{M}\p{N}]/u;
const cache = new Map<number, boolean>();

export function isWordCode(code: number): boolean {
  if (code < 128) return ascii[code] === 1;
  // Surrogates: treat both halves of a pair as word characters only if the pair is a letter,
  // which `isWordAt` decides; alone they are not.
  let known = cache.get(code);
  if (known === undefined) {
    known = WORD.test(String.fromCharCode(code));
    cache.set(code, known);
  }
  return known;
}

export function isSpaceCode(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

/**
 * FNV-1a step: folds one character code into a 32-bit hash. Kept a signed 32-bit integer
 * (`| 0`, not `>>> 0`) so V8 holds it in a register instead of boxing it as a double.
 * trie-walk.ts writes this step out in its inner loop: change both together.
 */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 16777619) | 0;
}

export const HASH_SEED = 2166136261 | 0;
