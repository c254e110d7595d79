/**
 * Fairness for matching pages' text in the background (issue #19): one
 * service worker serves every tab, so one frame's requests are matched one at a time, in turn,
 * and a frame may have only a few waiting; a page that sends more is refused, whatever it says.
 * The frame is the one the browser reports as the sender, never anything the page sends.
 */
import { RequestError } from '../../result';
import type { RequestContext } from '../../messaging/server';

/**
 * Requests one frame may have waiting behind the one being matched: an honest page has at most
 * two batches out, plus one asked again after a failure.
 */
export const MAX_WAITING = 3;

interface Turns {
  tail: Promise<unknown>;
  waiting: number;
}

/** Runs each frame's jobs one after another; refuses a job when too many of its frame's wait. */
export function frameTurns(maxWaiting = MAX_WAITING) {
  const frames = new Map<string, Turns>();
  return <T>(context: Pick<RequestContext, 'tabId' | 'frameId'>, job: () => Promise<T>): Promise<T> => {
    const key = `${context.tabId ?? '-'}:${context.frameId ?? '-'}`;
    const turns = frames.get(key) ?? { tail: Promise.resolve(), waiting: 0 };
    // `waiting` counts the one being matched too.
    if (turns.waiting > maxWaiting)
      return Promise.reject(new RequestError('quota-exceeded', 'Too many matching requests from this frame'));
    turns.waiting++;
    frames.set(key, turns);
    const run = turns.tail.then(job);
    turns.tail = run.then(
      () => undefined,
      () => undefined,
    );
    const done = () => {
      if (--turns.waiting === 0) frames.delete(key);
    };
    return run.finally(done);
  };
}
