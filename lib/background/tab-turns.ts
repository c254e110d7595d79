/**
 * A per-tab budget for requests a page's content script may make only as often as a reader's own
 * actions do (opening tabs, creating claims). Counted per tab as the browser reports the sender
 * (`sender.tab`), never as the page says, so a renderer that loops or frames itself a hundred
 * times has one tab's budget; Backstory's own pages are not counted.
 */
import { RequestError } from '../result';
import type { RequestContext } from '../messaging/server';

export interface TabTurnLimit {
  /** Requests a tab may make within `windowMs`. */
  max: number;
  windowMs: number;
  /** The sentence a refused request carries back to the page (one plain sentence). */
  refusal: string;
  /**
   * Counts a tab's top frame apart from its subframes: an embedded frame (an advert) that uses up
   * its budget then cannot refuse the reader's own action on the page they are reading.
   */
  topFrameApart?: boolean;
}

/** Returns a check that throws `quota-exceeded` once a tab has used its turns within the window. */
export function tabTurns(limit: TabTurnLimit, now: () => number = Date.now) {
  const recent = new Map<string, number[]>();
  return (context: Pick<RequestContext, 'sender' | 'tabId' | 'frameId'>): void => {
    if (context.sender !== 'content-script' || context.tabId === undefined) return;
    const part = limit.topFrameApart && context.frameId === 0 ? 'top' : 'frames';
    const key = `${context.tabId}:${limit.topFrameApart ? part : ''}`;
    const at = now();
    const kept = (recent.get(key) ?? []).filter((t) => at - t < limit.windowMs);
    if (kept.length >= limit.max) {
      recent.set(key, kept);
      throw new RequestError('quota-exceeded', limit.refusal);
    }
    kept.push(at);
    recent.set(key, kept);
  };
}
