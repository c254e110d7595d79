/**
 * User Timing marks for Backstory's work on a page (`backstory:scan-start`, `…:first-highlights`,
 * `…:scan-end`, `…:reanchor-start`, `…:reanchor-end`, `…:popover-shown`, `…:card-warmed`), for the benchmark only.
 * A content script's marks land in the page's own performance timeline, where any page could
 * read them and learn that Backstory runs and how many claims the reader keeps there; so they
 * exist only in builds made for the benchmark (`BACKSTORY_BUILD=bench`, scripts/lib/build.ts),
 * and the shipped build carries no code for them.
 */
declare const BACKSTORY_TIMING_MARKS_BUILD: boolean | undefined;

/** Replaced at build time (wxt.config.ts); undefined where nothing replaces it (unit tests). */
export const TIMING_MARKS =
  typeof BACKSTORY_TIMING_MARKS_BUILD !== 'undefined' && BACKSTORY_TIMING_MARKS_BUILD === true;

export function mark(name: string, detail?: unknown): void {
  if (!TIMING_MARKS) return;
  try {
    performance.mark(`backstory:${name}`, detail === undefined ? undefined : { detail });
  } catch {
    // A page that replaced `performance` cannot stop Backstory from working.
  }
}

const spans = new WeakMap<object, number[]>();

/**
 * Notes that a piece of work (`owner`: a scan's `Slice`) ran from `start` to `end` (page clock),
 * for the benchmark's profile of the scan's slices alone (bench/scan-profile.ts).
 */
export function markSpan(owner: object, start: number, end: number): void {
  if (!TIMING_MARKS) return;
  const list = spans.get(owner);
  if (list) list.push(start, end);
  else spans.set(owner, [start, end]);
}

/** The spans noted for `owner`, as start, end, start, end… */
export function spansOf(owner: object): number[] | undefined {
  return TIMING_MARKS ? spans.get(owner) : undefined;
}
