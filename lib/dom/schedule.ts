/**
 * Cooperative scheduling: long work is cut into slices that each stay well under the 50 ms a
 * task may take before it blocks input, yielding to the browser in between.
 */

/** Target length of one slice of work. */
export const SLICE_MS = 8;

interface Scheduler {
  yield?: () => Promise<void>;
}

let channel: MessageChannel | undefined;
const waiting: (() => void)[] = [];

/**
 * Gives the browser a turn: `scheduler.yield()` where it exists (continuation keeps its
 * priority), else a message-channel task (no 4 ms clamp, unlike nested `setTimeout`).
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.addEventListener('message', () => waiting.shift()?.());
    channel.port1.start();
  }
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel!.port2.postMessage(null);
  });
}

/** Measures one slice: `expired()` once the slice's time is up. */
export class Slice {
  private started = performance.now();
  constructor(private readonly ms = SLICE_MS) {}
  expired(): boolean {
    return performance.now() - this.started > this.ms;
  }
  async next(): Promise<void> {
    await yieldToMain();
    this.started = performance.now();
  }
}
