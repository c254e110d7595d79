import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { markUiBlocked, setEchoBadge } from '@/entrypoints/background/browser-actions';

describe('toolbar badge writes', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a count started before a page is marked blocked does not overwrite the "!"', async () => {
    const tabId = 7;
    // The count's read of the badge happens first; the "!" is asked for before its write.
    const counting = setEchoBadge(tabId, 1);
    const blocking = markUiBlocked(tabId, 'interference');
    await Promise.all([counting, blocking]);
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('!');
    // And a later count leaves the mark alone.
    await setEchoBadge(tabId, 3);
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('!');
  });
});
