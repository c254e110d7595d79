/**
 * What a page can put on the service worker that answers every tab (issue #19's background
 * matching): a request holds one batch of a page's text and no more, no text longer than a
 * window (a window is matched in one go), and a tab's frames together have only a few requests
 * in the worker. Whatever is refused, the page matches itself.
 */
import { describe, expect, it } from 'vitest';
import { backgroundRequests, MAX_MATCH_TEXT } from '@/lib/messaging/background-requests';
import { MAX_TAB_WAITING, frameTurns } from '@/lib/background/match/frame-turns';
import type { TextBlock } from '@/lib/dom/blocks';
import { RemoteBlocks, type MatchRemotely, type QueuedBlock } from '@/lib/dom/remote-blocks';
import { Slice } from '@/lib/dom/schedule';
import { MAX_WINDOW_TEXT } from '@/lib/match/window';

const schema = backgroundRequests.matchBlocks.data;
const accepts = (data: unknown) => schema.safeParse(data).success;

const block = (text: string): QueuedBlock => ({
  block: { text, nodes: [], starts: [] } as unknown as TextBlock,
  onScreen: false,
  unread: true,
});

describe('matchBlocks requests', () => {
  it('takes every request a page sends, whatever its blocks (short, a window long, huge, without spaces)', async () => {
    const refused: string[] = [];
    const sent: number[] = [];
    const check: MatchRemotely = (texts, whole) => {
      const data = { version: 'v', texts, ...(whole.length > 0 ? { whole } : {}) };
      if (!accepts(data)) refused.push(texts.map((t) => t.length).join('+'));
      sent.push(texts.reduce((sum, t) => sum + t.length, 0));
      return Promise.resolve(texts.map(() => []));
    };
    const remote = new RemoteBlocks(
      check,
      () => undefined,
      () => false,
    );
    const blocks = [
      'A short paragraph about Imran Khan.',
      'word '.repeat(6_553) + 'end',
      'x'.repeat(32_768),
      'y'.repeat(32_769),
      ('long-word'.repeat(40) + ' ').repeat(3_000),
      'z'.repeat(1_000_000),
      'Another paragraph.',
      ...Array.from({ length: 40 }, (_, i) => `${i} `.repeat(4_000)),
    ];
    for (const text of blocks) {
      const pending = remote.push(block(text), new Slice());
      if (pending) await pending;
    }
    await remote.drain(new Slice());
    expect(sent.length).toBeGreaterThan(10);
    expect(refused).toEqual([]);
  });

  it('refuses a text longer than a window, and more text than a batch and a window', () => {
    expect(accepts({ version: 'v', texts: ['a'.repeat(MAX_WINDOW_TEXT)] })).toBe(true);
    expect(accepts({ version: 'v', texts: ['a'.repeat(MAX_WINDOW_TEXT + 1)], whole: [0] })).toBe(false);
    const pieces = Math.ceil(MAX_MATCH_TEXT / MAX_WINDOW_TEXT) + 1;
    expect(
      accepts({ version: 'v', texts: Array.from({ length: pieces }, () => 'a'.repeat(MAX_WINDOW_TEXT)) }),
    ).toBe(false);
  });
});

describe('a tab of many frames', () => {
  it(`has at most ${MAX_TAB_WAITING} requests in the worker at once, however many frames ask; other tabs are served`, async () => {
    const turn = frameTurns();
    const finishers: (() => void)[] = [];
    const hold = () =>
      new Promise<string>((resolve) => {
        finishers.push(() => resolve('matched'));
      });
    const outcomes = Array.from({ length: 40 }, (_, frameId) =>
      turn({ tabId: 7, frameId }, hold).then(
        () => 'matched',
        (error: unknown) => String(error),
      ),
    );
    await expect(turn({ tabId: 8, frameId: 0 }, () => Promise.resolve('other tab'))).resolves.toBe(
      'other tab',
    );
    await expect.poll(() => finishers.length).toBe(MAX_TAB_WAITING);
    for (const finish of finishers) finish();
    const settled = await Promise.all(outcomes);
    expect(settled.filter((o) => o === 'matched')).toHaveLength(MAX_TAB_WAITING);
    expect(settled.filter((o) => /Too many/.test(o))).toHaveLength(40 - MAX_TAB_WAITING);
    // Answered, the tab may ask again.
    await expect(turn({ tabId: 7, frameId: 39 }, () => Promise.resolve('later'))).resolves.toBe('later');
  });
});
