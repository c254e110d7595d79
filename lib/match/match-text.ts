/**
 * Matching a whole text, in original-text offsets. Long texts (a 10 MB live blog in one text
 * node) are matched window by window, so a caller can yield between windows; windows end at
 * whitespace and overlap enough that no alias is cut in two or found twice.
 */
import { findMatches, type RawMatch } from './matcher';
import type { CompiledDictionary } from './dictionary';
import { normalizeText, toOriginalRange } from './normalize';

export const WINDOW = 32_768;
/** Longer than any alias: a match that starts in a window is always complete within it. */
const OVERLAP = 512;

/** Yields the matches of successive windows of `text`, each batch in order, in original offsets. */
export function* matchTextInWindows(
  dict: CompiledDictionary,
  text: string,
  window = WINDOW,
): Generator<RawMatch[]> {
  let start = 0;
  let lastEnd = 0;
  while (start < text.length) {
    let coreEnd = Math.min(text.length, start + window);
    // End the window's core at whitespace so no word is split between windows.
    while (coreEnd < text.length && coreEnd < start + window + 200 && !/\s/.test(text[coreEnd]!)) coreEnd++;
    const sliceEnd = Math.min(text.length, coreEnd + OVERLAP);
    const normalized = normalizeText(text.slice(start, sliceEnd));
    const batch: RawMatch[] = [];
    for (const m of findMatches(dict, normalized)) {
      const [s, e] = toOriginalRange(normalized, m.start, m.end);
      const from = start + s;
      if (from >= coreEnd && coreEnd < text.length) break; // belongs to the next window
      if (from < lastEnd) continue; // the tail of a match the previous window already took
      const match: RawMatch = { start: from, end: start + e, alias: m.alias };
      if (m.fallback)
        match.fallback = {
          end: start + toOriginalRange(normalized, m.start, m.fallback.end)[1],
          alias: m.fallback.alias,
        };
      batch.push(match);
      lastEnd = start + e;
    }
    yield batch;
    start = coreEnd;
  }
}

/** All matches of `text` at once, in original offsets. */
export function matchText(dict: CompiledDictionary, text: string): RawMatch[] {
  const all: RawMatch[] = [];
  for (const batch of matchTextInWindows(dict, text)) all.push(...batch);
  return all;
}
