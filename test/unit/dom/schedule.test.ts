import { describe, expect, it } from 'vitest';
import { afterIdleWork, inSteps, ITEMS_PER_STEP, Slice } from '@/lib/dom/schedule';

describe('Slice', () => {
  it('reports the most work done between two looks at the clock', () => {
    const slice = new Slice(1_000_000);
    for (let i = 0; i < 10; i++) slice.expired(100); // 1,000 characters: not yet worth a look
    expect(slice.largestStep).toBe(0);
    slice.expired(5_000); // 6,000 since the last look
    expect(slice.largestStep).toBe(6_000);
    slice.expired(3_000);
    expect(slice.largestStep).toBe(6_000);
    slice.expired(40_000);
    expect(slice.largestStep).toBe(40_000);
  });
});

/** A document whose idle periods reach Backstory with these times left, one per request. */
function idleDocument(left: number[], visibilityState = 'visible') {
  let asked = 0;
  const view = {
    requestIdleCallback(callback: (deadline: { timeRemaining(): number }) => void) {
      const ms = left[Math.min(asked++, left.length - 1)]!;
      setTimeout(() => callback({ timeRemaining: () => ms }), 0);
      return asked;
    },
  };
  const doc = { defaultView: view, visibilityState } as unknown as Document;
  return { doc, asked: () => asked };
}

describe('afterIdleWork', () => {
  it('waits out idle periods the browser fills with its own work (a heap sweep after load)', async () => {
    const { doc, asked } = idleDocument([1, 0, 3, 45]);
    await afterIdleWork(doc);
    expect(asked()).toBe(4);
  });

  it('asks once when the browser is idle already, and never for a hidden page', async () => {
    const idle = idleDocument([49]);
    await afterIdleWork(idle.doc);
    expect(idle.asked()).toBe(1);
    const hidden = idleDocument([0], 'hidden');
    await afterIdleWork(hidden.doc);
    expect(hidden.asked()).toBe(0);
  });
});

describe('inSteps', () => {
  it("cuts a long block's window of matches into steps, all of them, in order", () => {
    const window = Array.from({ length: 1_366 }, (_, i) => i); // the 10 MB text node's first window
    const steps = [...inSteps(window)];
    expect(steps.length).toBe(Math.ceil(1_366 / ITEMS_PER_STEP));
    for (const step of steps) expect(step.length).toBeLessThanOrEqual(ITEMS_PER_STEP);
    expect(steps.flat()).toEqual(window);
  });

  it('leaves a short list whole (no copy)', () => {
    const short = [1, 2, 3];
    const steps = [...inSteps(short)];
    expect(steps).toHaveLength(1);
    expect(steps[0]).toBe(short);
  });
});
