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
