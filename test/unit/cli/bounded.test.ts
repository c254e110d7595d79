import { afterEach, describe, expect, it, vi } from 'vitest';
import { bounded } from '../../../scripts/lib/own-ui';

afterEach(() => {
  vi.useRealTimers();
});

describe('bounded calls into a page (scripts/lib/own-ui.ts)', () => {
  it('fails, naming the call, when the page never answers', async () => {
    vi.useFakeTimers();
    const outcome = bounded(new Promise<never>(() => {}), 'the page, for an animation frame').then(
      () => 'answered',
      (error: Error) => error.message,
    );
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await outcome).toBe('No answer after 60 s from the page, for an animation frame');
  });

  it('passes on an answer, and a failure, as they come', async () => {
    await expect(bounded(Promise.resolve(42), 'x')).resolves.toBe(42);
    await expect(bounded(Promise.reject(new Error('closed')), 'x')).rejects.toThrow('closed');
  });
});
