/**
 * Issue #19's off-thread experiment, on the page's side: how block texts go to the background
 * and how their matches come back to be recorded.
 */
import { describe, expect, it, vi } from 'vitest';
import type { TextBlock } from '@/lib/dom/blocks';
import { RemoteBlocks, type MatchRemotely, type QueuedBlock } from '@/lib/dom/remote-blocks';
import { Slice } from '@/lib/dom/schedule';
import type { RawMatch } from '@/lib/match/raw-match';

const block = (text: string): QueuedBlock => ({
  block: { text, nodes: [], starts: [] } as unknown as TextBlock,
  onScreen: false,
  unread: true,
});

/** A stand-in for the background: each text's one match, `[0, 1)`, tagged with its length. */
const oneMatchEach: MatchRemotely = (texts) =>
  Promise.resolve(texts.map((t) => [{ start: 0, end: 1, alias: t.length }]));

/** What the scanner was given to record, per block text. */
function recorder() {
  const recorded = new Map<string, RawMatch[]>();
  const record = (queued: QueuedBlock, matches: Iterable<RawMatch[]> | readonly RawMatch[]) => {
    const list = [...matches].flat() as RawMatch[];
    recorded.set(queued.block.text, list);
    return undefined;
  };
  return { recorded, record };
}

describe('RemoteBlocks', () => {
  it('asks again once when the background does not answer, and records what the retry finds', async () => {
    const error = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let calls = 0;
    const flaky: MatchRemotely = (texts, whole) =>
      ++calls === 1 ? Promise.reject(new Error('worker stopped')) : oneMatchEach(texts, whole);
    const { recorded, record } = recorder();
    const remote = new RemoteBlocks(flaky, record, () => false);
    remote.push(block('Imran Khan spoke.'), new Slice());
    remote.push(block('Nawaz Sharif answered.'), new Slice());
    await remote.drain(new Slice());
    expect(calls).toBe(2);
    expect(recorded.get('Imran Khan spoke.')).toEqual([{ start: 0, end: 1, alias: 17 }]);
    expect(recorded.get('Nawaz Sharif answered.')).toEqual([{ start: 0, end: 1, alias: 22 }]);
    error.mockRestore();
  });

  it('gives up on a batch after a second failure, and goes on with the next', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    let calls = 0;
    const failsTwice: MatchRemotely = (texts, whole) =>
      ++calls <= 2 ? Promise.reject(new Error('worker stopped')) : oneMatchEach(texts, whole);
    const { recorded, record } = recorder();
    const remote = new RemoteBlocks(failsTwice, record, () => false);
    remote.push(block('first'), new Slice());
    await remote.drain(new Slice());
    remote.push(block('second'), new Slice());
    await remote.drain(new Slice());
    expect(calls).toBe(3);
    expect(recorded.has('first')).toBe(false);
    expect(recorded.get('second')).toHaveLength(1);
    expect(error).toHaveBeenCalledTimes(1);
    warn.mockRestore();
    error.mockRestore();
  });
});
