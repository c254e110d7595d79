/**
 * A saved quote whose words are all still on the page, in order, with something now between
 * them: an advertisement, a "Read more" link or a newsletter box that the site put inside the
 * paragraph (many do so on every load, after the reader marked it), or changed line breaks. The
 * approximate search gives up once the insertion is longer than its error budget; this walks the
 * quote piece by piece instead, each piece word for word, and takes the place only where the
 * quote's context still stands on both sides. Words taken out or changed are not looked through:
 * that is the approximate search's job.
 */
import type { QuoteSelectors } from './selectors';

/** Characters of the quote looked up to find where its next piece resumes. */
const SEED = 12;
/** At most this many interruptions in one quote. */
const MAX_PIECES = 16;
/** At most this much inserted text in all: about a box or two, not another passage. */
const MAX_INSERTED = 1500;
/** Where the quote starts, looked up no more often than this. */
const MAX_STARTS = 8;
/** Context on each side must still agree this well. */
const CONTEXT_AGREES = 0.8;

export interface Interrupted {
  start: number;
  end: number;
  /** Whether only whitespace came between the pieces. */
  onlySpace: boolean;
}

/** Length of the common start of `text[at..]` and `quote`. */
function sharedStart(text: string, at: number, quote: string): number {
  let n = 0;
  while (n < quote.length && at + n < text.length && text[at + n] === quote[n]) n++;
  return n;
}

/** Where the quote's pieces run from `start`, or undefined when a piece is not there in time. */
function walk(text: string, exact: string, start: number): (Interrupted & { inserted: number }) | undefined {
  let at = start;
  let rest = exact;
  let inserted = 0;
  let onlySpace = true;
  for (let pieces = 0; pieces <= MAX_PIECES; pieces++) {
    const shared = sharedStart(text, at, rest);
    const resumeFrom = at + shared;
    rest = rest.slice(shared).trimStart();
    if (rest === '') return { start, end: resumeFrom, onlySpace, inserted };
    const next = text.indexOf(rest.slice(0, SEED), resumeFrom);
    if (next === -1 || inserted + next - resumeFrom > MAX_INSERTED) return undefined;
    const between = text.slice(resumeFrom, next);
    if (between.trim() !== '') onlySpace = false;
    inserted += between.length;
    at = next;
  }
  return undefined;
}

/**
 * Finds the quote with insertions between its pieces, where its prefix still ends and its
 * suffix still begins (each scored by `context`, 0..1), the least interrupted place first.
 */
export function findInterrupted(
  text: string,
  selectors: QuoteSelectors,
  context: (expected: string, at: number, before: boolean) => number,
): Interrupted | undefined {
  const { exact, prefix, suffix } = selectors.quote;
  if (exact.trim().length < SEED * 2) return undefined;
  const head = exact.slice(0, SEED);
  let best: (Interrupted & { inserted: number }) | undefined;
  let tried = 0;
  for (let at = text.indexOf(head); at !== -1 && tried < MAX_STARTS; at = text.indexOf(head, at + 1)) {
    tried++;
    const found = walk(text, exact, at);
    if (!found || (best && best.inserted <= found.inserted)) continue;
    if (context(prefix, found.start, true) < CONTEXT_AGREES) continue;
    if (context(suffix, found.end, false) < CONTEXT_AGREES) continue;
    best = found;
  }
  return best && { start: best.start, end: best.end, onlySpace: best.onlySpace };
}
