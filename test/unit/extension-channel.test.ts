/**
 * The background's announcements to Backstory's own pages (lib/messaging/extension-channel.ts):
 * a listener hears what is announced on its channel and only there, each listener stops on its
 * own, and page news reaches only the listener for its kind, with the tab it names.
 */
import { describe, expect, it } from 'vitest';
import { announceDraftsChanged, onDraftsChanged } from '@/lib/messaging/drafts-changed';
import { extensionChannel } from '@/lib/messaging/extension-channel';
import {
  announcePageClaimsChanged,
  announcePageMentionsChanged,
  onPageClaimsChanged,
  onPageMentionsChanged,
} from '@/lib/messaging/page-news';

/** Resolves with what `listen` hears first. */
function next<T>(listen: (listener: (value: T) => void) => () => void): Promise<T> {
  return new Promise((resolve) => {
    const stop = listen((value) => {
      stop();
      resolve(value);
    });
  });
}

describe('extensionChannel', () => {
  it('delivers what is announced to listeners of the same name only', async () => {
    const heard: unknown[] = [];
    const other = extensionChannel('test-other').listen((message) => heard.push(message));
    const first = next(extensionChannel('test-one').listen);
    extensionChannel('test-one').announce({ hello: 1 });
    expect(await first).toEqual({ hello: 1 });
    other();
    expect(heard).toEqual([]);
  });

  it('stops one listener, leaving the others', async () => {
    const channel = extensionChannel('test-stop');
    const stopped: unknown[] = [];
    channel.listen((message) => stopped.push(message))();
    const heard = next(channel.listen);
    channel.announce('after');
    expect(await heard).toBe('after');
    expect(stopped).toEqual([]);
  });
});

describe('drafts and page news', () => {
  it('says drafts changed', async () => {
    const heard = next<void>((listener) => onDraftsChanged(() => listener()));
    announceDraftsChanged();
    expect(await heard).toBeUndefined();
  });

  it('tells claims news and mentions news apart, with their tab', async () => {
    const claims: number[] = [];
    const stopClaims = onPageClaimsChanged((tabId) => claims.push(tabId));
    const mentions = next(onPageMentionsChanged);
    announcePageMentionsChanged(4);
    expect(await mentions).toBe(4);
    const moreClaims = next(onPageClaimsChanged);
    announcePageClaimsChanged(9);
    expect(await moreClaims).toBe(9);
    stopClaims();
    expect(claims).toEqual([9]);
  });
});
