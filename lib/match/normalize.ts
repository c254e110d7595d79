/**
 * Text normalisation for matching, with an offset map back to the original. Typographic
 * variants that news pages mix freely are made plain so one alias finds them all: curly
 * apostrophes, hyphens and dashes, non-breaking and other spaces, compatibility forms (NFKC:
 * full-width letters, ligatures), and invisible soft hyphens and zero-width characters (dropped).
 *
 * Whitespace runs are kept as they are (the matcher lets one space in an alias match any run),
 * so the common case — text whose special characters all map one-to-one — needs no offset map:
 * one pass over the code units, with what each character does learnt once per character. Only
 * text with characters that vanish or expand takes the offset-mapping path.
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
const NON_ASCII = /[\u0080-\uFFFF]/;
const INVISIBLE_CODES = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);

function plainOneToOne(text: string): string {
  return text.replace(APOSTROPHES, "'").replace(DASHES, '-').replace(SPACES, ' ');
}

/**
 * What normalising does to each non-ASCII code unit, learnt the first time it is seen: nothing;
 * a one-to-one replacement (curly apostrophe, dash, NBSP, full-width letter); or a change of
 * length (ellipsis, ligature, invisible, surrogate half), which needs the offset map.
 */
// 0: not seen yet.
const SAME = 1;
const ONE_TO_ONE = 2;
const CHANGES_LENGTH = 3;
const kinds = new Uint8Array(0x10000);

function classify(code: number): number {
  let kind = CHANGES_LENGTH;
  if (!(code >= 0xd800 && code <= 0xdfff) && !INVISIBLE_CODES.has(code)) {
    const ch = String.fromCharCode(code);
    const folded = plainOneToOne(ch.normalize('NFKC'));
    if (folded.length === 1 && folded.toLowerCase().length === 1) {
      kind = folded === ch ? SAME : ONE_TO_ONE;
      if (kind === ONE_TO_ONE) {
        const froms = learnt.get(folded) ?? [];
        froms.push(`\\u${code.toString(16).padStart(4, '0')}`);
        learnt.set(folded, froms);
        patterns = undefined;
      }
    }
  }
  kinds[code] = kind;
  return kind;
}

const stablePairs = new Map<string, boolean>();

/** Whether an astral character (emoji, most of them) is left alone by NFKC and lower-casing. */
function pairIsStable(pair: string): boolean {
  let stable = stablePairs.get(pair);
  if (stable === undefined) {
    stable = pair.normalize('NFKC') === pair && pair.toLowerCase() === pair;
    if (stablePairs.size < 10_000) stablePairs.set(pair, stable);
  }
  return stable;
}

/**
 * Every one-to-one replacement learnt so far (a page uses a handful: ’ – — NBSP). Plain
 * `includes`/`replaceAll` per character run natively; a regex with a callback costs a call
 * per occurrence, several times slower on news text.
 */
const learnt = new Map<string, string[]>();
let patterns: [RegExp, string][] | undefined;

function replaceOneToOne(input: string): string {
  patterns ??= [...learnt].map(([to, from]) => [new RegExp(`[${from.join('')}]`, 'g'), to]);
  let text = input;
  for (const [pattern, to] of patterns) text = text.replace(pattern, to);
  return text;
}

/** The next code unit outside ASCII: found natively, which pays while the scan's code is still cold. */
const NEXT_NON_ASCII = /[\u0080-\uFFFF]/g;

/** Where the first character that changes length is, or -1. Stable surrogate pairs are skipped. */
function scan(input: string, from: number): { changesAt: number; oneToOne: boolean } {
  let oneToOne = false;
  for (let i = from; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (code < 0x80) {
      // News copy is mostly ASCII with a curly quote now and then: jump to the next one.
      NEXT_NON_ASCII.lastIndex = i;
      if (!NEXT_NON_ASCII.test(input)) break;
      i = NEXT_NON_ASCII.lastIndex - 2; // the loop's i++ lands on it
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff) {
      const low = input.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff && pairIsStable(input.slice(i, i + 2))) {
        i++;
        continue;
      }
    }
    const kind = kinds[code] || classify(code);
    if (kind === ONE_TO_ONE) oneToOne = true;
    else if (kind === CHANGES_LENGTH) return { changesAt: i, oneToOne };
  }
  return { changesAt: -1, oneToOne };
}

/** Normalises `input` for matching and records where every output character came from. */
export function normalizeText(input: string): NormalizedText {
  if (!NON_ASCII.test(input)) return { text: input, lower: input.toLowerCase(), starts: null, ends: null };
  const { changesAt, oneToOne } = scan(input, 0);
  if (changesAt >= 0) return normalizeWithMap(input, changesAt);
  const text = oneToOne ? replaceOneToOne(input) : input;
  return { text, lower: text.toLowerCase(), starts: null, ends: null };
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

/**
 * The general path, for text with characters that vanish or expand: runs between them go
 * through the one-to-one path as whole strings; only those characters are expanded one by one.
 */
function normalizeWithMap(input: string, firstChange: number): NormalizedText {
  const texts: string[] = [];
  const lowers: string[] = [];
  // Per output piece: where it starts in the original, and the original length it covers
  // (-1: the piece maps one-to-one, character for character).
  const pieceStarts: number[] = [];
  const pieceSpans: number[] = [];
  const addRun = (from: number, to: number, oneToOne: boolean) => {
    if (to <= from) return;
    const run = input.slice(from, to);
    const text = oneToOne ? replaceOneToOne(run) : run;
    texts.push(text);
    lowers.push(text.toLowerCase());
    pieceStarts.push(from);
    pieceSpans.push(-1);
  };
  let runStart = 0;
  let changesAt = firstChange;
  let oneToOne = true; // unknown for the first run: replacing is always safe
  while (changesAt >= 0) {
    addRun(runStart, changesAt, oneToOne);
    const code = input.charCodeAt(changesAt);
    const pair = code >= 0xd800 && code <= 0xdbff && changesAt + 1 < input.length;
    const ch = pair ? input.slice(changesAt, changesAt + 2) : input[changesAt]!;
    const folded = INVISIBLE_CODES.has(code) ? '' : fold(ch);
    if (folded) {
      texts.push(folded);
      lowers.push(Array.from(folded, lowerOf).join(''));
      pieceStarts.push(changesAt);
      pieceSpans.push(ch.length);
    }
    runStart = changesAt + ch.length;
    ({ changesAt, oneToOne } = scan(input, runStart));
  }
  addRun(runStart, input.length, oneToOne);

  const text = texts.join('');
  const starts = new Int32Array(text.length);
  const ends = new Int32Array(text.length);
  let at = 0;
  for (let p = 0; p < texts.length; p++) {
    const length = texts[p]!.length;
    const from = pieceStarts[p]!;
    const span = pieceSpans[p]!;
    for (let k = 0; k < length; k++, at++) {
      // Every code unit of an expanded character maps back to the whole original character.
      starts[at] = span < 0 ? from + k : from;
      ends[at] = span < 0 ? from + k + 1 : from + span;
    }
  }
  return { text, lower: lowers.join(''), starts, ends };
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
