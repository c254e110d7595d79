/**
 * Issue #19's off-thread experiment: one frame's matching requests are answered in turn, a frame
 * cannot queue without bound, and a long request lets another tab's through before it ends.
 */
import { describe, expect, it } from 'vitest';
import { frameTurns } from '@/lib/background/match/frame-turns';
import { createBlockMatcher } from '@/lib/background/match/block-matcher';
import type { MatcherPayload } from '@/lib/background/kb/service';
import { compileDictionary } from '@/lib/match/compile-dictionary';
import { serializeDictionary } from '@/lib/match/serialize';

/** A job the test finishes when it likes, saying whether it has started. */
function job(log: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const run = () => {
    log.push(`start ${name}`);
    return done.then(() => name);
  };
  return { run, finish };
}

const tabA = { tabId: 1, frameId: 0 };
const tabB = { tabId: 2, frameId: 0 };

describe('frameTurns', () => {
  it("runs one frame's requests one at a time, and another frame's meanwhile", async () => {
    const turn = frameTurns();
    const log: string[] = [];
    const [a1, a2, b1] = [job(log, 'a1'), job(log, 'a2'), job(log, 'b1')];
    const first = turn(tabA, a1.run);
    const second = turn(tabA, a2.run);
    const other = turn(tabB, b1.run);
    await expect.poll(() => log).toEqual(['start a1', 'start b1']);
    a1.finish();
    await expect(first).resolves.toBe('a1');
    await expect.poll(() => log).toContain('start a2');
    a2.finish();
    b1.finish();
    await expect(Promise.all([second, other])).resolves.toEqual(['a2', 'b1']);
  });

  it('refuses a frame more requests than it may have waiting, and takes them again once answered', async () => {
    const turn = frameTurns(2);
    const log: string[] = [];
    const jobs = [0, 1, 2].map((i) => job(log, `a${i}`));
    const accepted = jobs.map((j) => turn(tabA, j.run));
    await expect(turn(tabA, () => Promise.resolve('too many'))).rejects.toThrow(/Too many/);
    // Other frames of the same tab are their own senders.
    await expect(turn({ tabId: 1, frameId: 3 }, () => Promise.resolve('framed'))).resolves.toBe('framed');
    for (const j of jobs) j.finish();
    await Promise.all(accepted);
    await expect(turn(tabA, () => Promise.resolve('later'))).resolves.toBe('later');
  });

  it('answers a short request while a long one is still being matched', async () => {
    const payload: MatcherPayload = {
      version: 'v',
      entities: [],
      dictionary: serializeDictionary(compileDictionary([])),
    };
    const match = createBlockMatcher({ matcher: () => Promise.resolve(payload) });
    await match.warm();
    const order: string[] = [];
    const long = match(
      'v',
      Array.from({ length: 40 }, () => 'word '.repeat(4000)),
    ).then(() => order.push('long'));
    const short = match('v', ['a short paragraph']).then(() => order.push('short'));
    await Promise.all([long, short]);
    expect(order).toEqual(['short', 'long']);
  });
});
