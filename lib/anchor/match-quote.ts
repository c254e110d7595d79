/**
 * Finding a saved quote again in a page's text. Exact matches come first (scored on their
 * context and closeness to the old position, so a duplicate quote lands on the right copy);
 * then a bounded approximate search with approx-string-match, scored on the quote, its prefix
 * and suffix and the position. A match that is not clearly right is reported as doubtful, and
 * one that is not good enough is not reported at all: an orphan is better than a wrong anchor.
 */
import approxSearch from 'approx-string-match';
import { findInterrupted } from './interrupted-quote';
import type { QuoteSelectors } from './selectors';

export interface Anchor {
  start: number;
  end: number;
  /** 0..1: how well quote, context and position agree. */
  score: number;
  /** `exact`: the quote is there word for word; `fuzzy`: with edits; `doubtful`: flag it to the user. */
  quality: 'exact' | 'fuzzy' | 'doubtful';
}

/** Below this a candidate is an orphan. */
export const ORPHAN_BELOW = 0.6;
/** At or above this a fuzzy match is confident; between the two it is doubtful. */
export const CONFIDENT_AT = 0.8;
/** Quotes shorter than this are never matched approximately: too easy to land on the wrong words. */
export const MIN_FUZZY_LENGTH = 12;

/** Similarity (0..1) of `expected` to the text around a spot, allowing edits. */
function contextScore(text: string, expected: string, at: number, before: boolean): number {
  if (!expected) return 1;
  const windowStart = before ? Math.max(0, at - expected.length - 8) : at;
  const windowEnd = before ? at : Math.min(text.length, at + expected.length + 8);
  const window = text.slice(windowStart, windowEnd);
  if (before ? window.endsWith(expected) : window.startsWith(expected)) return 1;
  const maxErrors = Math.floor(expected.length / 2);
  const found = approxSearch(window, expected, maxErrors);
  if (found.length === 0) return 0;
  const errors = Math.min(...found.map((m) => m.errors));
  return 1 - errors / expected.length;
}

function positionScore(start: number, hint: number | undefined, length: number): number {
  if (hint === undefined || length === 0) return 0.5;
  return 1 - Math.min(1, Math.abs(start - hint) / Math.max(2000, length / 4));
}

/** Combined score: the quote matters most, then its context, then the old position. */
function score(quote: number, prefix: number, suffix: number, position: number): number {
  return (quote * 50 + prefix * 20 + suffix * 20 + position * 10) / 100;
}

/** An exact quote of fewer words than this needs some of its context to be placed unflagged. */
const FEW_WORDS = 8;
const wordsIn = (quote: string) => quote.split(/\s+/).filter(Boolean).length;

/** All start offsets of `needle` in `text`. */
function occurrences(text: string, needle: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) starts.push(at);
  return starts;
}

/** Finds the quote in `text`, or returns undefined when it cannot be placed with confidence. */
export function anchorQuote(text: string, selectors: QuoteSelectors): Anchor | undefined {
  const { exact, prefix, suffix } = selectors.quote;
  const hint = selectors.position.start;

  const exactHits = occurrences(text, exact);
  if (exactHits.length > 0) {
    const scored = exactHits.map((start) => {
      const p = contextScore(text, prefix, start, true);
      const s = contextScore(text, suffix, start + exact.length, false);
      return { start, s: score(1, p, s, positionScore(start, hint, text.length)), contextOk: p + s };
    });
    const ranked = scored.toSorted((a, b) => b.s - a.s);
    const best = ranked[0]!;
    const runnerUp = ranked[1];
    // Several identical copies and nothing to tell them apart: placing it would be a guess.
    const ambiguous = runnerUp !== undefined && best.s - runnerUp.s < 0.02;
    const weakContext = (prefix || suffix) && best.contextOk < 1;
    if (ambiguous && exact.length < MIN_FUZZY_LENGTH) return undefined;
    // A few words with neither neighbour left around them are as likely the same words in
    // another passage (the one the reader marked taken out) as the passage itself.
    const contextGone = prefix && suffix && best.contextOk < 0.5 && wordsIn(exact) < FEW_WORDS;
    return {
      start: best.start,
      end: best.start + exact.length,
      score: best.s,
      quality:
        ambiguous || contextGone || (weakContext && exact.length < MIN_FUZZY_LENGTH) ? 'doubtful' : 'exact',
    };
  }

  if (exact.length < MIN_FUZZY_LENGTH) return undefined;
  // Cheapest first: near where the quote was; then around places where an unedited piece of
  // the quote, its prefix or its suffix still stands word for word (edits elsewhere in the page
  // cannot move those out of reach); only then through the whole text.
  const windows = [[hint - NEAR, hint + exact.length + NEAR], ...seededWindows(text, selectors)] as const;
  let best: Anchor | undefined;
  for (const [from, to] of windows) {
    const found = fuzzyIn(text, selectors, Math.max(0, from), Math.min(text.length, to));
    if (found && (!best || found.score > best.score)) best = found;
    if (best && best.score >= CONFIDENT_AT) break;
  }
  if (!best || best.score < CONFIDENT_AT) best = fuzzyIn(text, selectors, 0, text.length) ?? best;
  if (!best || best.score < CONFIDENT_AT) {
    const through = findInterrupted(text, selectors, (expected, at, before) =>
      contextScore(text, expected, at, before),
    );
    if (through) {
      const position = positionScore(through.start, hint, text.length);
      const quality = through.onlySpace ? 'exact' : 'fuzzy';
      return { start: through.start, end: through.end, score: score(1, 1, 1, position), quality };
    }
  }
  if (!best || best.score < ORPHAN_BELOW) return undefined;
  const whole = { ...best, ...wholeWords(text, best, selectors) };
  return whole.score < CONFIDENT_AT ? { ...whole, quality: 'doubtful' } : whole;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordAt = (text: string, at: number) => at >= 0 && at < text.length && WORD_CHAR.test(text[at]!);
/** Longer than any word: a match inside a run this long is not inside a word. */
const MAX_WORD = 40;

/**
 * The approximate search ends a match wherever the edits cost least, which can be inside a word
 * ("the US president" found in "the US presidency" ends before "cy"). A reader marked whole
 * words, so a quote that began or ended on a word boundary is widened to the whole word it now
 * starts or ends inside.
 */
function wholeWords(text: string, match: { start: number; end: number }, selectors: QuoteSelectors) {
  const { exact, prefix, suffix } = selectors.quote;
  const beganOnWord = isWordAt(exact, 0) && !isWordAt(prefix, prefix.length - 1);
  const endedOnWord = isWordAt(exact, exact.length - 1) && !isWordAt(suffix, 0);
  let { start, end } = match;
  if (beganOnWord && isWordAt(text, start) && isWordAt(text, start - 1)) {
    let at = start;
    while (at > 0 && start - at < MAX_WORD && isWordAt(text, at - 1)) at--;
    if (!isWordAt(text, at - 1)) start = at;
  }
  if (endedOnWord && isWordAt(text, end - 1) && isWordAt(text, end)) {
    let at = end;
    while (at < text.length && at - end < MAX_WORD && isWordAt(text, at)) at++;
    if (!isWordAt(text, at)) end = at;
  }
  return { start, end };
}

/** Pieces of the quote looked up word for word to find where an edited quote may be. */
const SEED_PIECES = 4;
const MIN_SEED = 12;
const MAX_SEED_HITS = 8;

/**
 * Windows of text where the quote may start, from exact hits of its prefix, its suffix and
 * pieces of it (each `indexOf` runs natively, a fraction of one approximate pass).
 */
function seededWindows(text: string, selectors: QuoteSelectors): [number, number][] {
  const { exact, prefix, suffix } = selectors.quote;
  const slack = Math.floor(exact.length / 4) + 16;
  // Each seed: its text, and where the quote starts relative to it.
  const seeds: [string, number][] = [];
  if (prefix.length >= MIN_SEED) seeds.push([prefix, prefix.length]);
  if (suffix.length >= MIN_SEED) seeds.push([suffix, -exact.length]);
  const size = Math.floor(exact.length / SEED_PIECES);
  if (size >= MIN_SEED)
    for (let i = 0; i < SEED_PIECES; i++) seeds.push([exact.slice(i * size, (i + 1) * size), -i * size]);
  const windows: [number, number][] = [];
  for (const [seed, shift] of seeds) {
    let hits = 0;
    for (let at = text.indexOf(seed); at !== -1 && hits < MAX_SEED_HITS; at = text.indexOf(seed, at + 1)) {
      hits++;
      const start = at + shift;
      if (windows.some(([from, to]) => start - slack >= from && start + exact.length + slack <= to)) continue;
      windows.push([start - slack, start + exact.length + slack]);
    }
  }
  return windows;
}

/** How far from the old position the first, cheap fuzzy search looks. */
const NEAR = 4096;
/** Candidates scored on context per search. */
const MAX_CANDIDATES = 32;

/** The best approximate match of the quote within `text[from..to]`, in whole-text offsets. */
function fuzzyIn(text: string, selectors: QuoteSelectors, from: number, to: number): Anchor | undefined {
  const { exact, prefix, suffix } = selectors.quote;
  const maxErrors = Math.min(256, Math.floor(exact.length / 4));
  const found = approxSearch(text.slice(from, to), exact, maxErrors);
  if (found.length === 0) return undefined;
  // The search reports every end position within the error budget (thousands for a long
  // quote, most of them shifted copies of the same place): scoring the context around each
  // would cost far more than the search. One candidate per place competes, the place's best,
  // among those nearly as close to the quote as the closest.
  const fewest = Math.min(...found.map((m) => m.errors));
  const slack = Math.max(2, Math.floor(exact.length / 20));
  const candidates: typeof found = [];
  for (const match of found
    .filter((m) => m.errors <= fewest + slack)
    .toSorted((a, b) => a.errors - b.errors)) {
    if (candidates.some((c) => Math.abs(c.start - match.start) < exact.length / 2)) continue;
    candidates.push(match);
    if (candidates.length === MAX_CANDIDATES) break;
  }
  let best: Anchor | undefined;
  for (const candidate of candidates) {
    const start = from + candidate.start;
    const end = from + candidate.end;
    const quoteScore = 1 - candidate.errors / exact.length;
    const p = contextScore(text, prefix, start, true);
    const s = contextScore(text, suffix, end, false);
    const total = score(quoteScore, p, s, positionScore(start, selectors.position.start, text.length));
    if (!best || total > best.score) best = { start, end, score: total, quality: 'fuzzy' };
  }
  return best;
}
