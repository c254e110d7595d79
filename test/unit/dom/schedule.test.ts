import { describe, expect, it } from 'vitest';
import { Slice } from '@/lib/dom/schedule';

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
