/**
 * Issue #19: pages match their text in the background by default; a `BACKSTORY_OFFTHREAD=0` build
 * (kept to benchmark the old path) has every page match for itself, and its background neither
 * builds a block matcher nor answers any page's blocks.
 */
import { describe, expect, it, vi } from 'vitest';
import { contentPage as page, fakeBackground } from './fake-background';

vi.mock('@/lib/offthread-build', () => ({ OFFTHREAD_BUILD: false }));

describe('a build that matches every page in the page', () => {
  it("never builds a block matcher, nor answers a page's blocks", async () => {
    const kb = {
      matcher: vi.fn(() => Promise.reject(new Error('not needed'))),
      matcherManifest: () => Promise.resolve({ version: 'v1', mask: 0, rootMask: 0, layout: [], pieces: 1 }),
      card: () => Promise.resolve({ entity: { id: 'imran-khan' } }),
    };
    const handlers = fakeBackground(kb);
    // A page's scan is over: a build that matches in the background would warm its matcher now.
    await handlers['getCardData']!({ ids: ['imran-khan'] }, page);
    expect(kb.matcher).not.toHaveBeenCalled();
    await handlers['getMatcher']!({}, page);
    expect(kb.matcher).not.toHaveBeenCalled();
    await expect(
      Promise.resolve().then(() => handlers['matchBlocks']!({ version: 'v1', texts: ['Imran Khan'] }, page)),
    ).rejects.toThrow(/matches pages in the page/);
  });
});
