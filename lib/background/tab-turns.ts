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

/** One turn taken: `giveBack` returns it when the request turned out to cost nothing. */
export interface TabTurn {
  giveBack(): void;
}

/**
 * A check that throws `quota-exceeded` once a tab has used its turns within the window, and
 * otherwise takes a turn. The record of a tab goes once its window has passed or the tab closes
 * (`forgetTab`): a background that lives for days and sees thousands of tabs keeps only the few
 * that asked lately.
 */
export interface TabTurns {
  (context: Pick<RequestContext, 'sender' | 'tabId' | 'frameId'>): TabTurn;
  forgetTab(tabId: number): void;
  /** How many tab records are kept now (each tab's part counts apart). */
  records(): number;
}

const NO_TURN: TabTurn = { giveBack: () => undefined };

export function tabTurns(limit: TabTurnLimit, now: () => number = Date.now): TabTurns {
  /** Turns taken lately, oldest first, by tab (and part of it). */
  const recent = new Map<string, number[]>();
  const keyOf = (tabId: number, part: string) => `${tabId}:${part}`;
  /** Drops every record whose window has passed (each is cheap: a tab asks a few times a minute). */
  const dropPassed = (at: number) => {
    for (const [key, times] of recent) {
      if (at - times[times.length - 1]! >= limit.windowMs) recent.delete(key);
    }
  };
  const check = (context: Pick<RequestContext, 'sender' | 'tabId' | 'frameId'>): TabTurn => {
    if (context.sender !== 'content-script' || context.tabId === undefined) return NO_TURN;
    const part = limit.topFrameApart ? (context.frameId === 0 ? 'top' : 'frames') : '';
    const key = keyOf(context.tabId, part);
    const at = now();
    dropPassed(at);
    const kept = (recent.get(key) ?? []).filter((t) => at - t < limit.windowMs);
    if (kept.length >= limit.max) {
      recent.set(key, kept);
      throw new RequestError('quota-exceeded', limit.refusal);
    }
    kept.push(at);
    recent.set(key, kept);
    return {
      giveBack: () => {
        const times = recent.get(key);
        const index = times?.lastIndexOf(at) ?? -1;
        if (index < 0) return;
        times!.splice(index, 1);
        if (times!.length === 0) recent.delete(key);
      },
    };
  };
  return Object.assign(check, {
    forgetTab: (tabId: number) => {
      for (const part of ['', 'top', 'frames']) recent.delete(keyOf(tabId, part));
    },
    records: () => recent.size,
  });
}
