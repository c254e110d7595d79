/**
 * How much text is matched at once: a longer text (a 10 MB live blog in one text node) is
 * matched window by window (match-text.ts). In a module of its own so code that only needs the
 * windows (the page scanner, which sends a long block to the background a window at a time)
 * does not bring the matcher into a build that matches elsewhere.
 */
import type { RawMatch } from './raw-match';

export const WINDOW = 32_768;
/** Longer than any alias: a match that starts in a window is always complete within it. */
const OVERLAP = 512;
/** How far a window's core may run on to reach whitespace, so no word is split between windows. */
const WORD_RUN = 200;

/**
 * The longest text one window holds (core, the word it runs on to, and the overlap): no text a
 * page sends to be matched elsewhere is longer (lib/dom/remote-blocks.ts).
 */
export const MAX_WINDOW_TEXT = WINDOW + WORD_RUN + OVERLAP;

/** One window of a text: read from `start` to `sliceEnd`, keeping matches that start before `coreEnd`. */
export interface WindowCut {
  start: number;
  coreEnd: number;
  sliceEnd: number;
}

/** The windows of `text`: each core ends at whitespace, so no word is split between windows. */
export function* windowCuts(text: string, window = WINDOW): Generator<WindowCut> {
  let start = 0;
  while (start < text.length) {
    let coreEnd = Math.min(text.length, start + window);
    while (coreEnd < text.length && coreEnd < start + window + WORD_RUN && !/\s/.test(text[coreEnd]!))
      coreEnd++;
    yield { start, coreEnd, sliceEnd: Math.min(text.length, coreEnd + OVERLAP) };
    start = coreEnd;
  }
}

/**
 * Of a window's matches, those it keeps (as `matchTextInWindows` does): the
 * ones starting before its core's end (or anywhere, in the text's last window) and not before
 * `lastEnd`, the end of the last match kept, each kept match moving `lastEnd` on.
 */
export function keepInWindow(
  found: Iterable<RawMatch>,
  cut: WindowCut,
  textLength: number,
  lastEnd: number,
  /** Moves a found match to the text's offsets (read one at a time, so those past the core cost nothing). */
  place: (m: RawMatch) => RawMatch,
): RawMatch[] {
  const batch: RawMatch[] = [];
  for (const m of found) {
    const match = place(m);
    if (match.start >= cut.coreEnd && cut.coreEnd < textLength) break; // belongs to the next window
    if (match.start < lastEnd) continue; // the tail of a match the previous window already took
    batch.push(match);
    lastEnd = match.end;
  }
  return batch;
}

/** A match (and what is inside it) moved by `by` characters: from a window's offsets to its text's. */
export function shiftMatch(m: RawMatch, by: number): RawMatch {
  if (by === 0) return m;
  const match: RawMatch = { start: m.start + by, end: m.end + by, alias: m.alias };
  if (m.phrase) match.phrase = m.phrase;
  if (m.bearer) match.bearer = true;
  if (m.open) match.open = true;
  if (m.fallback) match.fallback = { end: m.fallback.end + by, alias: m.fallback.alias };
  if (m.inner) match.inner = m.inner.map((inner) => shiftMatch(inner, by));
  return match;
}
