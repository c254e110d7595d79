/**
 * Text normalisation for matching, with an offset map back to the original. Typographic
 * variants that news pages mix freely are made plain so one alias finds them all: curly
 * apostrophes, hyphens and dashes, non-breaking and other spaces, compatibility forms (NFKC:
 * full-width letters, ligatures), and invisible soft hyphens and zero-width characters (dropped).
 *
 * Whitespace runs are kept as they are (the matcher lets one space in an alias match any run),
 * so the common case — text whose special characters all map one-to-one — needs no offset map
 * at all and is done with a few native passes. Only text with characters that vanish or expand
 * takes the character-by-character path.
 */

export interface NormalizedText {
  /** The normalised text, case preserved (for case-sensitive aliases). */
  text: string;
  /** The same, lower-cased, with the same length as `text`. */
  lower: string;
  /** `starts[i]`: index in the original of the character that produced `text[i]`; null when identical. */
  starts: Int32Array | null;
  /** `ends[i]`: index in the original just after that character; null when identical. */
  ends: Int32Array | null;
}

// One-to-one replacements: the output has the same length, so offsets are unchanged.
const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u2032\uFF07]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SPACES = /[\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\u0085]/g;
// Characters that change the length: dropped invisibles, and anything NFKC rewrites.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const NON_ASCII = /[\u0080-\uFFFF]/;

function plainOneToOne(text: string): string {
  return text.replace(APOSTROPHES, "'").replace(DASHES, '-').replace(SPACES, ' ');
}

/** Normalises `input` for matching and records where every output character came from. */
export function normalizeText(input: string): NormalizedText {
  if (!NON_ASCII.test(input)) return { text: input, lower: input.toLowerCase(), starts: null, ends: null };
  const text = plainOneToOne(input);
  if (!INVISIBLE.test(text) && text.normalize('NFKC') === text) {
    const lower = text.toLowerCase();
    if (lower.length === text.length) return { text, lower, starts: null, ends: null };
  }
  return normalizeSlowly(text);
}

const foldCache = new Map<string, string>();

/** NFKC for one character (or surrogate pair), cached: pages repeat the same few. */
function fold(ch: string): string {
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    folded = plainOneToOne(ch.normalize('NFKC'));
    if (foldCache.size < 10_000) foldCache.set(ch, folded);
  }
  return folded;
}

function lowerOf(ch: string): string {
  const lower = ch.toLowerCase();
  // A few characters change length when lower-cased (İ); keep them so both texts stay aligned.
  return lower.length === ch.length ? lower : ch;
}

const INVISIBLE_CODES = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
const utf16 = new TextDecoder('utf-16le');

/** The general path: character by character, with an offset map. `input` is already one-to-one plain. */
function normalizeSlowly(input: string): NormalizedText {
  const n = input.length;
  let capacity = n + 16;
  let text = new Uint16Array(capacity);
  let lower = new Uint16Array(capacity);
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let length = 0;
  for (let i = 0; i < n; i++) {
    const code = input.charCodeAt(i);
    if (code < 0x80) {
      text[length] = code;
      lower[length] = code >= 0x41 && code <= 0x5a ? code | 0x20 : code;
      starts[length] = i;
      ends[length++] = i + 1;
      continue;
    }
    if (INVISIBLE_CODES.has(code)) continue;
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < n;
    const ch = pair ? input.slice(i, i + 2) : input[i]!;
    const folded = fold(ch);
    if (length + folded.length + 1 >= capacity) {
      capacity = capacity * 2 + folded.length;
      const grow = <T extends Uint16Array | Int32Array>(from: T, to: T): T => (to.set(from), to);
      text = grow(text, new Uint16Array(capacity));
      lower = grow(lower, new Uint16Array(capacity));
      starts = grow(starts, new Int32Array(capacity));
      ends = grow(ends, new Int32Array(capacity));
    }
    // Every code unit of the folded form maps back to the whole original character.
    for (const part of folded.length === 1 ? folded : Array.from(folded)) {
      const lowered = lowerOf(part);
      for (let k = 0; k < part.length; k++) {
        text[length] = part.charCodeAt(k);
        lower[length] = lowered.charCodeAt(k);
        starts[length] = i;
        ends[length++] = i + ch.length;
      }
    }
    if (pair) i++;
  }
  return {
    text: utf16.decode(text.subarray(0, length)),
    lower: utf16.decode(lower.subarray(0, length)),
    starts: starts.slice(0, length),
    ends: ends.slice(0, length),
  };
}

/** Maps a range of normalised text back to the original text's offsets. */
export function toOriginalRange(normalized: NormalizedText, start: number, end: number): [number, number] {
  if (!normalized.starts || !normalized.ends) return [start, end];
  return [normalized.starts[start]!, normalized.ends[end - 1]!];
}

/** Normalises an alias the same way page text is normalised, with runs of spaces made single. */
export function normalizeAlias(alias: string): string {
  return normalizeText(alias.trim()).text.replace(/\s+/g, ' ');
}
