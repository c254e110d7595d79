/**
 * The press rules for clicks on Backstory's in-page controls (lib/dom/presses.ts): trusted,
 * pressed and released on the same control, which stood still for the dwell before the press.
 */
import { describe, expect, it, vi } from 'vitest';
import { DWELL_MS, pressRefusal, type PressTracker } from '@/lib/dom/presses';

const button = { id: 'mark' } as unknown as Element;
const other = { id: 'pause' } as unknown as Element;

function click(overrides: Partial<MouseEvent> = {}): MouseEvent {
  return { isTrusted: true, detail: 1, clientX: 10, clientY: 20, ...overrides } as MouseEvent;
}

function presses(at: number, overrides: { down?: object; up?: object } = {}): PressTracker {
  const press = { control: button, pointerId: 1, trusted: true, at, x: 10, y: 20 };
  return {
    down: { ...press, ...overrides.down },
    up: { ...press, at: at + 80, ...overrides.up },
  } as PressTracker;
}

const stillSince = (at: number) => ({ changedAt: () => at });

describe('pressRefusal', () => {
  it('accepts a trusted press and release on a control that was still for the dwell', () => {
    vi.spyOn(performance, 'now').mockReturnValue(10_000);
    expect(pressRefusal(click(), button, presses(9_000), stillSince(9_000 - DWELL_MS), null)).toEqual({
      points: [
        [10, 20],
        [10, 20],
        [10, 20],
      ],
    });
  });

  it('refuses a click the page made, or a press or release it made', () => {
    expect(pressRefusal(click({ isTrusted: false }), button, presses(9_000), stillSince(0), null)).toEqual({
      why: 'that click did not come from you',
    });
    for (const fake of [{ down: { trusted: false } }, { up: { trusted: false } }, { up: { pointerId: 2 } }])
      expect(pressRefusal(click(), button, presses(9_000, fake), stillSince(0), null)).toEqual({
        why: 'that click did not come from you',
      });
    expect(pressRefusal(click(), button, {} as PressTracker, stillSince(0), null)).toEqual({
      why: 'that click did not come from you',
    });
  });

  it('refuses a press on one control released on another', () => {
    for (const moved of [{ down: { control: other } }, { up: { control: other } }])
      expect(pressRefusal(click(), button, presses(9_000, moved), stillSince(0), null)).toEqual({
        why: 'the press and the release were not on the same button',
      });
  });

  it('refuses a control that appeared or moved less than the dwell before the press, or during it', () => {
    const tooSoon = { why: 'Backstory’s button had only just appeared or moved; try again' };
    expect(pressRefusal(click(), button, presses(9_000), stillSince(9_000 - DWELL_MS + 1), null)).toEqual(
      tooSoon,
    );
    expect(pressRefusal(click(), button, presses(9_000), stillSince(9_050), null)).toEqual(tooSoon);
  });

  it('takes Enter or Space only on the focused control, once it has been still for the dwell', () => {
    vi.spyOn(performance, 'now').mockReturnValue(10_000);
    const key = click({ detail: 0 });
    expect(pressRefusal(key, button, {} as PressTracker, stillSince(10_000 - DWELL_MS), button)).toEqual({
      points: [],
    });
    expect(pressRefusal(key, button, {} as PressTracker, stillSince(0), other)).toEqual({
      why: 'that click did not come from you',
    });
    expect(pressRefusal(key, button, {} as PressTracker, stillSince(9_900), button)).toEqual({
      why: 'Backstory’s button had only just appeared or moved; try again',
    });
  });
});
