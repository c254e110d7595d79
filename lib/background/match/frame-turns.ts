/**
 * Fairness for matching pages' text in the background (issue #19): one
 * service worker serves every tab, so one frame's requests are matched one at a time, in turn,
 * and a frame may have only a few waiting; a page that sends more is refused, whatever it says.
 * A tab, too, may have only so many waiting across its frames: a page can open as many frames
 * as it likes (each with its own content script, `about:blank` ones included), and without a cap
 * per tab it could pile its text on the worker that answers every other tab's cards. A refused
 * batch is sent again a little later (entrypoints/content/remote-matcher.ts): the page waits.
 * The frame and tab are the ones the browser reports for the sender, never anything the page sends.
 */
import { RequestError } from '../../result';
import type { RequestContext } from '../../messaging/server';

/**
 * Requests one frame may have waiting behind the one being matched: an honest page has at most
 * two batches out, plus one asked again after a failure.
 */
export const MAX_WAITING = 3;

/**
 * Requests one tab may have in the worker at once, across its frames: an article with a few
 * frames of text of its own (a live blog's embeds) keeps each of them busy; more frames than
 * that wait their turn.
 */
export const MAX_TAB_WAITING = 8;

interface Turns {
  tail: Promise<unknown>;
  waiting: number;
}

/** Runs each frame's jobs one after another; refuses a job when too many of its frame's or tab's wait. */
export function frameTurns(maxWaiting = MAX_WAITING, maxTabWaiting = MAX_TAB_WAITING) {
  const frames = new Map<string, Turns>();
  const tabs = new Map<string, number>();
  return <T>(context: Pick<RequestContext, 'tabId' | 'frameId'>, job: () => Promise<T>): Promise<T> => {
    const tab = `${context.tabId ?? '-'}`;
    const key = `${tab}:${context.frameId ?? '-'}`;
    const turns = frames.get(key) ?? { tail: Promise.resolve(), waiting: 0 };
    const inTab = tabs.get(tab) ?? 0;
    // `waiting` counts the one being matched too.
    if (turns.waiting > maxWaiting || inTab >= maxTabWaiting)
      return Promise.reject(new RequestError('quota-exceeded', 'Too many matching requests from this page'));
    turns.waiting++;
    frames.set(key, turns);
    tabs.set(tab, inTab + 1);
    const run = turns.tail.then(job);
    turns.tail = run.then(
      () => undefined,
      () => undefined,
    );
    const done = () => {
      if (--turns.waiting === 0) frames.delete(key);
      const left = (tabs.get(tab) ?? 1) - 1;
      if (left === 0) tabs.delete(tab);
      else tabs.set(tab, left);
    };
    return run.finally(done);
  };
}
