import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { HoverTracker, type HoverState } from '@/lib/dom/hover';
import type { Mention } from '@/lib/dom/page-mentions';

/**
 * Hover intent, on a fake clock: states are reported as they are decided, so a browser test can
 * wait for "the pointer is on the card" instead of waiting for time to pass.
 */
describe('HoverTracker', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function track(
    overUi: () => boolean,
    overMention: () => Mention | undefined,
    blocked: () => boolean = () => false,
  ) {
    const { document } = parseHTML('<html><body></body></html>');
    const states: HoverState[] = [];
    const calls: string[] = [];
    const controller = new AbortController();
    const tracker = new HoverTracker(
      {
        delayMs: 300,
        modifier: 'none',
        graceMs: 300,
        hitTest: overMention,
        isOwnUi: overUi,
        onHoverStart: () => calls.push('start'),
        onIntent: () => calls.push('intent'),
        onLeave: () => calls.push('leave'),
        onState: (state) => states.push(state),
        blocked,
      },
      controller.signal,
      document as unknown as Document,
    );
    const move = (buttons = 0, isTrusted = true) => {
      const event = new document.defaultView!.Event('pointermove') as unknown as PointerEvent;
      Object.defineProperty(event, 'buttons', { value: buttons });
      // As the browser marks the reader's own moves (a page's dispatched ones are not).
      Object.defineProperty(event, 'isTrusted', { value: isTrusted });
      // Long after the last move: answered at once rather than coalesced into the next frame.
      Object.defineProperty(event, 'timeStamp', { value: performance.now() + 1_000_000 });
      document.dispatchEvent(event);
    };
    const press = (isTrusted: boolean) => {
      const event = new document.defaultView!.Event('pointerdown');
      Object.defineProperty(event, 'isTrusted', { value: isTrusted });
      document.dispatchEvent(event);
    };
    return { tracker, states, calls, move, press };
  }

  it('keeps the card while the pointer is on it, and closes it a moment after it leaves', () => {
    let where: 'mention' | 'ui' | 'away' = 'mention';
    const mention = {} as Mention;
    const { states, calls, move } = track(
      () => where === 'ui',
      () => (where === 'mention' ? mention : undefined),
    );
    move();
    vi.advanceTimersByTime(300);
    expect(calls).toEqual(['start', 'intent']);
    where = 'away';
    move();
    where = 'ui';
    move();
    vi.advanceTimersByTime(10_000);
    expect(states).toEqual(['mention', 'leaving', 'own-ui']);
    expect(calls).toEqual(['start', 'intent']);
    where = 'away';
    move();
    vi.advanceTimersByTime(300);
    expect(states.slice(-2)).toEqual(['leaving', 'away']);
    expect(calls).toEqual(['start', 'intent', 'leave']);
  });

  it('opens nothing for a move the page dispatched itself, only for the reader’s own pointer', () => {
    const mention = {} as Mention;
    const { states, calls, move } = track(
      () => false,
      () => mention,
    );
    move(0, false);
    vi.advanceTimersByTime(10_000);
    expect(calls).toEqual([]);
    expect(states).toEqual([]);
    move();
    vi.advanceTimersByTime(300);
    expect(calls).toEqual(['start', 'intent']);
  });

  it('lets only the reader’s own press stop the card their pointer is opening', () => {
    const mention = {} as Mention;
    const { calls, move, press } = track(
      () => false,
      () => mention,
    );
    move();
    press(false);
    vi.advanceTimersByTime(300);
    expect(calls).toEqual(['start', 'intent']);
    const other = track(
      () => false,
      () => mention,
    );
    other.move();
    other.press(true);
    vi.advanceTimersByTime(300);
    expect(other.calls).toEqual(['start']);
  });

  it('opens nothing while a mouse button is down or while blocked: selection wins over hover', () => {
    let selecting = false;
    const mention = {} as Mention;
    const { states, calls, move } = track(
      () => false,
      () => mention,
      () => selecting,
    );
    move(1);
    vi.advanceTimersByTime(10_000);
    expect(calls).toEqual([]);
    expect(states).toEqual(['blocked']);
    selecting = true;
    move();
    vi.advanceTimersByTime(10_000);
    expect(calls).toEqual([]);
    selecting = false;
    move();
    vi.advanceTimersByTime(300);
    expect(calls).toEqual(['start', 'intent']);
  });

  it('stays blocked when a selection starts during the grace after leaving a name', () => {
    // Seen under load in reader-quiet.e2e.ts: the pointer left a name, a selection began before
    // the grace period ran out, and the grace's 'away' then overwrote 'blocked'.
    let where: 'mention' | 'away' = 'mention';
    let selecting = false;
    const mention = {} as Mention;
    const { states, calls, move } = track(
      () => false,
      () => (where === 'mention' ? mention : undefined),
      () => selecting,
    );
    move();
    vi.advanceTimersByTime(300);
    where = 'away';
    move();
    selecting = true;
    move();
    vi.advanceTimersByTime(10_000);
    expect(states).toEqual(['mention', 'leaving', 'blocked']);
    // The card still closes: the pointer did leave it.
    expect(calls).toEqual(['start', 'intent', 'leave']);
  });
});
