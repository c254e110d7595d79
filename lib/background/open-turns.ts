/**
 * How often a page may have Backstory open something for it (the reader page, the side panel, or
 * the side panel's view in a tab when the browser refuses the panel without a gesture). Each is a
 * new tab or panel the page itself could not open past the pop-up blocker, and a page's renderer
 * that asks in a loop would bury the reader in tabs; a reader clicks a card's link a few times a
 * minute. Counted per tab as the browser reports the sender, never as the page says.
 */
import { RequestError } from '../result';
import type { RequestContext } from '../messaging/server';

/** Opens one tab's pages may ask for within `OPEN_WINDOW_MS`. */
export const MAX_OPENS = 4;
export const OPEN_WINDOW_MS = 10_000;

/** Throws once a tab's content scripts have asked for more than `max` opens within `windowMs`. */
export function openTurns(max = MAX_OPENS, windowMs = OPEN_WINDOW_MS, now: () => number = Date.now) {
  const recent = new Map<number, number[]>();
  return (context: Pick<RequestContext, 'sender' | 'tabId'>): void => {
    if (context.sender !== 'content-script' || context.tabId === undefined) return;
    const at = now();
    const kept = (recent.get(context.tabId) ?? []).filter((t) => at - t < windowMs);
    if (kept.length >= max) {
      recent.set(context.tabId, kept);
      throw new RequestError('quota-exceeded', 'Backstory opened enough for this page just now');
    }
    kept.push(at);
    recent.set(context.tabId, kept);
  };
}
