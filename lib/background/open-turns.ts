/**
 * How often a page may have Backstory open something for it (the reader page, the side panel, or
 * the side panel's view in a tab when the browser refuses the panel without a gesture). Each is a
 * new tab or panel the page itself could not open past the pop-up blocker, and a page's renderer
 * that asks in a loop would bury the reader in tabs; a reader clicks a card's link a few times a
 * minute.
 */
import { tabTurns } from './tab-turns';

/** Opens one tab's pages may ask for within `OPEN_WINDOW_MS`. */
export const MAX_OPENS = 4;
export const OPEN_WINDOW_MS = 10_000;
/** What the reader is told when a click asks for one open too many. */
export const OPENS_REFUSAL = 'Backstory opened enough tabs for this page just now; try again in a moment.';

/** Throws once a tab's content scripts have asked for more than `max` opens within `windowMs`. */
export function openTurns(max = MAX_OPENS, windowMs = OPEN_WINDOW_MS, now: () => number = Date.now) {
  return tabTurns({ max, windowMs, refusal: OPENS_REFUSAL }, now);
}
