/**
 * Backstory's highlights are shared with the page, which can add, remove or restyle ranges:
 * OwnHighlight puts them back to exactly Backstory's ranges (lib/dom/highlighter.ts), without
 * ever iterating the page's object (a Firefox content script cannot).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { OwnHighlight as OwnHighlightClass } from '@/lib/dom/highlighter';

/** The platform Highlight as a page sees it, except that it cannot be iterated (as in Firefox). */
class PageHighlight extends Set<object> {
  priority = 0;
  type = 'highlight';
  override [Symbol.iterator](): SetIterator<object> {
    throw new Error('Xray wrapping of iterators not supported.');
  }
  override forEach(): void {
    throw new Error('Permission denied to access object');
  }
  override values(): SetIterator<object> {
    throw new Error('Xray wrapping of iterators not supported.');
  }
  /** What is in it, for the test's eyes only. */
  contents(): object[] {
    return [...super.values()];
  }
}

// Loaded once the stand-in Highlight is installed, as the platform's is before a content script runs.
let OwnHighlight: typeof OwnHighlightClass;
beforeAll(async () => {
  (globalThis as unknown as { Highlight: unknown }).Highlight = PageHighlight;
  ({ OwnHighlight } = await import('@/lib/dom/highlighter'));
});

const range = (name: string) => ({ name }) as unknown as StaticRange;

describe('OwnHighlight.repair', () => {
  it('leaves Backstory’s own ranges alone', () => {
    const own = new OwnHighlight();
    const [a, b] = [range('a'), range('b')];
    own.add(a);
    own.add(b);
    own.delete(b);
    expect(own.repair(true)).toBe(false);
    expect((own.native as unknown as PageHighlight).contents()).toEqual([a]);
  });

  it('takes out a range the page added, and puts back one it removed', () => {
    const own = new OwnHighlight();
    const [a, b, fake] = [range('a'), range('b'), range('fake')];
    own.add(a);
    own.add(b);
    const native = own.native as unknown as PageHighlight;
    native.add(fake);
    expect(own.repair(false)).toBe(true);
    expect(native.contents()).toEqual([a, b]);
    native.delete(a);
    expect(own.repair(false)).toBe(true);
    expect(new Set(native.contents())).toEqual(new Set([a, b]));
  });

  it('finds a swap (one of Backstory’s ranges for one of the page’s) when thorough', () => {
    const own = new OwnHighlight();
    const [a, b, fake] = [range('a'), range('b'), range('fake')];
    own.add(a);
    own.add(b);
    const native = own.native as unknown as PageHighlight;
    native.delete(b);
    native.add(fake);
    // Counts agree: only the thorough check sees it.
    expect(own.repair(false)).toBe(false);
    expect(own.repair(true)).toBe(true);
    expect(native.contents()).toEqual([a, b]);
  });

  it('resets a priority or type the page set', () => {
    const own = new OwnHighlight();
    const native = own.native as unknown as PageHighlight;
    native.priority = 100;
    native.type = 'spelling-error';
    expect(own.repair(false)).toBe(true);
    expect([native.priority, native.type]).toEqual([0, 'highlight']);
  });

  it('keeps its own priority (actors over events where a name sits inside an event)', () => {
    const own = new OwnHighlight(1);
    const native = own.native as unknown as PageHighlight;
    expect(native.priority).toBe(1);
    expect(own.repair(false)).toBe(false);
    native.priority = 0;
    expect(own.repair(false)).toBe(true);
    expect(native.priority).toBe(1);
  });
});
