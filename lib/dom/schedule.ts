/**
 * Cooperative scheduling: long work is cut into slices that each stay well under the 50 ms a
 * task may take before it blocks input, yielding to the browser in between.
 */

import { markSpan } from './timing';

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

/** Work (in characters read) between two looks at the clock: well under a millisecond of it. */
export const CHECK_EVERY = 2048;

/** Items (matches to record) worked on between two looks at the clock, when there are many. */
export const ITEMS_PER_STEP = 128;

/**
 * A list in consecutive parts of at most `size` items (the list itself when it is that short),
 * so that work on each part can end with a look at the clock.
 */
export function* inSteps<T>(list: readonly T[], size = ITEMS_PER_STEP): Generator<readonly T[]> {
  if (list.length <= size) {
    yield list;
    return;
  }
  for (let i = 0; i < list.length; i += size) yield list.slice(i, i + size);
}

/**
 * Measures one slice: `expired()` once the slice's time is up. Callers may say how much work
 * they did since the last call, so the clock (a surprisingly costly call in an extension's
 * isolated world) is read only every couple of thousand characters.
 */
export class Slice {
  private started = performance.now();
  private work = 0;
  /** Time spent working (not yielded), summed over finished slices: the cost to the page. */
  busyMs = 0;
  /** How many times the work yielded to the browser. */
  yields = 0;
  /** The longest stretch between yields: the longest task this work made the page wait. */
  longestMs = 0;
  /** How many slices had ended before the longest one (0: the first): where the worst one falls. */
  longestAt = 0;
  /**
   * The most work (in characters) done between two looks at the clock. However fast or slow the
   * machine, a slice can overrun its time by at most this much work: tests check it is bounded.
   */
  largestStep = 0;
  constructor(private readonly ms = SLICE_MS) {}
  /** The figures above, for the benchmark's `scan-end` mark. */
  figures() {
    const { busyMs, yields, longestMs, longestAt, largestStep } = this;
    return { busyMs, yields, longestMs, longestAt, largestStep };
  }
  expired(work = CHECK_EVERY): boolean {
    this.work += work;
    if (this.work < CHECK_EVERY) return false;
    this.largestStep = Math.max(this.largestStep, this.work);
    this.work = 0;
    return performance.now() - this.started > this.ms;
  }
  async next(): Promise<void> {
    this.finish();
    this.yields++;
    await yieldToMain();
    this.started = performance.now();
    this.work = 0;
  }
  /**
   * Waits for work done elsewhere (the background matching a batch of blocks) without counting
   * the wait as the page's work: the slice ends here and a new one starts when it arrives.
   */
  async waitFor<T>(pending: Promise<T>): Promise<T> {
    this.finish();
    this.yields++;
    try {
      return await pending;
    } finally {
      this.started = performance.now();
      this.work = 0;
    }
  }
  /** Ends the current slice's accounting (call once the work is done). */
  finish() {
    const now = performance.now();
    this.busyMs += now - this.started;
    markSpan(this, this.started, now);
    if (now - this.started > this.longestMs) {
      this.longestMs = now - this.started;
      this.longestAt = this.yields;
    }
    this.started = now;
  }
}

/**
 * Resolves once the browser has rendered a frame (so layout is fresh and reading it is cheap),
 * or at once for a hidden document, which renders no frames; a timer covers frames that never
 * come (a throttled or background frame).
 */
export function afterNextFrame(doc: Document, timeoutMs = 100): Promise<void> {
  const view = doc.defaultView;
  if (!view || doc.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    view.requestAnimationFrame(() => {
      // rAF runs before the frame's layout and paint; the next task runs after them.
      void yieldAfterFrame().then(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  });
}

/** How long one idle period must have left for the browser to count as having no idle work queued. */
const IDLE_ENOUGH_MS = 20;
/** The longest wait for idle work to end: a page that is never idle still gets scanned. */
const IDLE_WAIT_MS = 1000;

/**
 * Resolves once the browser has no more idle-time work queued ahead of this (an idle period that
 * reaches us with time to spare), or after `IDLE_WAIT_MS`. After a page loads, Blink sweeps
 * its heap (the garbage of parsing and laying out the page) in idle time, step by step; V8 finishes
 * that sweep at once, inside whatever script runs, when it next starts marking — which the scan's
 * allocations cause. On the page of one 10 MB text node, traces on a busy machine showed that
 * sweep (CppGC.SweepFinish) take 350–1,060 ms of CPU inside one of the scan's slices, its longest;
 * waited for, it is done in the browser's own short idle steps before the scan starts.
 */
export async function afterIdleWork(doc: Document): Promise<void> {
  const view = doc.defaultView;
  if (!view?.requestIdleCallback || doc.visibilityState === 'hidden') return;
  const until = performance.now() + IDLE_WAIT_MS;
  while (performance.now() < until) {
    const left = await new Promise<number>((resolve) =>
      view.requestIdleCallback((deadline) => resolve(deadline.timeRemaining()), {
        timeout: Math.max(1, until - performance.now()),
      }),
    );
    if (left >= IDLE_ENOUGH_MS) return;
  }
}

function yieldAfterFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * `setTimeout` tied to a signal (the content script context's): cleared when the signal aborts.
 * Unlike WXT's `ctx.setTimeout`, which adds an abort listener per call and never removes it,
 * this forgets its listener once it has run, so a timer per click or key leaves nothing behind.
 */
export function timeoutWithin(signal: AbortSignal, callback: () => void, ms: number): void {
  if (signal.aborted) return;
  const cancel = () => clearTimeout(id);
  const id = setTimeout(() => {
    signal.removeEventListener('abort', cancel);
    callback();
  }, ms);
  signal.addEventListener('abort', cancel, { once: true });
}

/**
 * A callback run at the next animation frame, once however often it is asked for before then,
 * and a promise of that run for whoever must see its effects (none waiting: at once).
 */
export class NextFrame {
  private frame = 0;
  private ran: Promise<void> = Promise.resolve();
  private release: () => void = () => undefined;

  constructor(private readonly callback: () => void) {}

  request() {
    if (this.frame) return;
    this.ran = new Promise((resolve) => (this.release = resolve));
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      try {
        this.callback();
      } finally {
        this.release();
      }
    });
  }

  /** Resolves once the run asked for has happened (or was cancelled). */
  done(): Promise<void> {
    return this.ran;
  }

  cancel() {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.release();
  }
}

/**
 * A costly job (a full rescan) run a little later however often it is asked for meanwhile, and
 * braked: after `perMinute` runs in a minute, it waits longer, so a page that keeps asking for it
 * cannot keep it running.
 */
export class BrakedJob {
  private times: number[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly job: () => void,
    private readonly perMinute: number,
  ) {}

  request() {
    if (this.timer) return;
    const now = Date.now();
    this.times = this.times.filter((t) => now - t < 60_000);
    const delay = this.times.length >= this.perMinute ? 10_000 : 500;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.times.push(Date.now());
      this.job();
    }, delay);
  }

  cancel() {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
