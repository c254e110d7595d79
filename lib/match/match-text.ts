/**
 * Matching a whole text, in original-text offsets. Long texts (a 10 MB live blog in one text
 * node) are matched window by window, so a caller can yield between windows; windows end at
 * whitespace and overlap enough that no alias is cut in two or found twice. With a recogniser,
 * each window's events in other words and role phrases are found too (phrases.ts).
 */
import { findMatches, type RawMatch } from './matcher';
import type { CompiledDictionary } from './dictionary';
import { normalizeText, toOriginalRange, type NormalizedText } from './normalize';
import { recognisePhrases, type Recogniser } from './phrases';
import { keepInWindow, WINDOW, windowCuts, type WindowCut } from './window';

export { WINDOW };

/** A match (and what is inside it) moved from normalised offsets to the original text's. */
function toOriginal(normalized: NormalizedText, base: number, m: RawMatch): RawMatch {
  // Most text needs no offset map, and a block shorter than a window starts at 0: nothing moves.
  if (base === 0 && normalized.starts === null) return m;
  const [s, e] = toOriginalRange(normalized, m.start, m.end);
  const match: RawMatch = { start: base + s, end: base + e, alias: m.alias };
  if (m.phrase) match.phrase = m.phrase;
  if (m.bearer) match.bearer = true;
  if (m.open) match.open = true;
  if (m.fallback)
    match.fallback = {
      end: base + toOriginalRange(normalized, m.start, m.fallback.end)[1],
      alias: m.fallback.alias,
    };
  if (m.inner) match.inner = m.inner.map((inner) => toOriginal(normalized, base, inner));
  return match;
}

/** A normalised text's matches, with its events in other words and roles if a recogniser is given. */
function findInWindow(
  dict: CompiledDictionary,
  normalized: NormalizedText,
  recogniser: Recogniser | undefined,
) {
  const cues: RawMatch[] | undefined = recogniser ? [] : undefined;
  const found = findMatches(dict, normalized, 0, normalized.lower.length, cues, recogniser?.entities);
  // An assembly's name may be its sitting ("in New York for the UN General Assembly") in a block
  // with no head noun, so such blocks are read too when the KB has sittings.
  if (recogniser && (cues!.length > 0 || recogniser.hasSessions))
    return recognisePhrases(recogniser, normalized, found, cues!);
  return found;
}

/**
 * The matches of one window: `text` from `start` to `sliceEnd` read, those starting before
 * `coreEnd` (or anywhere, in the text's last window) and not before `lastEnd` kept.
 */
function matchWindow(
  dict: CompiledDictionary,
  text: string,
  cut: WindowCut,
  lastEnd: number,
  recogniser: Recogniser | undefined,
): RawMatch[] {
  const { start, sliceEnd } = cut;
  const normalized = normalizeText(
    start === 0 && sliceEnd === text.length ? text : text.slice(start, sliceEnd),
  );
  const found = findInWindow(dict, normalized, recogniser);
  return keepInWindow(found, cut, text.length, lastEnd, (m) => toOriginal(normalized, start, m));
}

/**
 * Every match of one window's text, in its own offsets, none left out: what the background
 * answers for a window of a longer block (issue #19); the page moves them to the
 * block's offsets and keeps what `matchWindow` would (`keepInWindow`), so the matches are the same.
 */
export function matchWholeWindow(
  dict: CompiledDictionary,
  text: string,
  recogniser?: Recogniser,
): RawMatch[] {
  const normalized = normalizeText(text);
  return findInWindow(dict, normalized, recogniser).map((m) => toOriginal(normalized, 0, m));
}

/**
 * The matches of a text no longer than one window, in original offsets: what
 * `matchTextInWindows` yields for it, without a generator (a block of a page is nearly always
 * this short, and there are thousands of them).
 */
export function matchShortText(dict: CompiledDictionary, text: string, recogniser?: Recogniser): RawMatch[] {
  return matchWindow(dict, text, { start: 0, coreEnd: text.length, sliceEnd: text.length }, 0, recogniser);
}

/** Yields the matches of successive windows of `text`, each batch in order, in original offsets. */
export function* matchTextInWindows(
  dict: CompiledDictionary,
  text: string,
  window = WINDOW,
  recogniser?: Recogniser,
): Generator<RawMatch[]> {
  let lastEnd = 0;
  for (const cut of windowCuts(text, window)) {
    const batch = matchWindow(dict, text, cut, lastEnd, recogniser);
    if (batch.length > 0) lastEnd = batch[batch.length - 1]!.end;
    yield batch;
  }
}

/** All matches of `text` at once, in original offsets. */
export function matchText(dict: CompiledDictionary, text: string, recogniser?: Recogniser): RawMatch[] {
  const all: RawMatch[] = [];
  for (const batch of matchTextInWindows(dict, text, WINDOW, recogniser)) all.push(...batch);
  return all;
}
