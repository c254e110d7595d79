import { afterEach, describe, expect, it, vi } from 'vitest';
import { timeoutWithin } from '@/lib/dom/schedule';

afterEach(() => {
  vi.useRealTimers();
});

describe('timeoutWithin', () => {
  it('runs once the time is up and then lets go of the signal', () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const remove = vi.spyOn(controller.signal, 'removeEventListener');
    const callback = vi.fn();
    timeoutWithin(controller.signal, callback, 100);
    vi.advanceTimersByTime(99);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(callback).toHaveBeenCalledTimes(1);
    expect(remove).toHaveBeenCalledWith('abort', expect.any(Function));
  });

  it('never runs once the signal has aborted, before or after it was set', () => {
    vi.useFakeTimers();
    const callback = vi.fn();
    const early = new AbortController();
    early.abort();
    timeoutWithin(early.signal, callback, 10);
    const late = new AbortController();
    timeoutWithin(late.signal, callback, 10);
    late.abort();
    vi.advanceTimersByTime(100);
    expect(callback).not.toHaveBeenCalled();
  });
});
