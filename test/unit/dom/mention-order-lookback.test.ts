/**
 * The look-back for a bare surname (mention-order.ts) is asked again for every context-dependent
 * mention each time the page names a new entity: its answer is kept until something before the
 * mention changes, and its own block is walked in place rather than listed. Both must give the
 * answers the plain walk over `withInner`'s list gives.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { TextBlock } from '@/lib/dom/blocks';
import { Mention, withInner } from '@/lib/dom/mention';
import { MentionOrder } from '@/lib/dom/mention-order';
import type { PageContext } from '@/lib/match/context';
import { seededRandom } from '../../../scripts/lib/random';

/** Aliases 1 and 2 are full names of people 10 and 20; alias 3 is their shared surname. */
function countingContext() {
  const calls = { fullNameOf: 0 };
  const context = {
    fullNameOf: (alias: number) => {
      calls.fullNameOf++;
      return alias === 1 ? 10 : alias === 2 ? 20 : -1;
    },
    canMean: (alias: number, person: number) => alias === 3 && (person === 10 || person === 20),
  } as unknown as PageContext;
  return { calls, context };
}

function paragraphs(count: number): TextBlock[] {
  const { document } = parseHTML(`<div>${'<p>x</p>'.repeat(count)}</div>`);
  // Elements stand in for the blocks' text nodes: linkedom orders elements, not text nodes.
  return [...document.querySelectorAll('p')].map((p) => ({ nodes: [p] }) as unknown as TextBlock);
}

function record(block: TextBlock, ...aliases: number[]) {
  return {
    block,
    mentions: aliases.map((alias, k) => new Mention(block, k * 10, { end: k * 10 + 5, alias })),
  };
}

describe('the look-back for a bare surname', () => {
  it('is kept while nothing before the mention changes, and found again when something does', () => {
    const { calls, context } = countingContext();
    const [p0, p1, p2, p3] = paragraphs(4);
    const shehbaz = record(p1!, 2);
    const bare = record(p2!, 3);
    const order = new MentionOrder(context);
    order.added(shehbaz);
    order.added(bare);
    const surname = bare.mentions[0]!;
    expect(order.of(surname, bare)).toEqual({ nearestName: 20 });
    calls.fullNameOf = 0;
    expect(order.of(surname, bare)).toEqual({ nearestName: 20 });
    // A block after it (the page read on downwards) changes nothing before it.
    order.added(record(p3!, 1));
    expect(order.of(surname, bare)).toEqual({ nearestName: 20 });
    expect(calls.fullNameOf).toBe(0);
    // A block before it, read later (the visible part came first), does.
    const nawaz = record(p0!, 1);
    order.added(nawaz);
    expect(order.of(surname, bare)).toEqual({ nearestName: 20 });
    expect(calls.fullNameOf).toBeGreaterThan(0);
    // So do mentions added to a record before it (a long block's next window) …
    shehbaz.mentions.push(new Mention(p1!, 20, { end: 25, alias: 1 }));
    order.grew(shehbaz);
    expect(order.of(surname, bare)).toEqual({ nearestName: 10 });
    // … and a record dropped.
    order.removed(shehbaz);
    expect(order.of(surname, bare)).toEqual({ nearestName: 10 });
    order.removed(nawaz);
    expect(order.of(surname, bare)).toEqual({ nearestName: 'none' });
  });

  it('is not kept while the mention is being recorded (not yet among its block’s mentions)', () => {
    const { context } = countingContext();
    const [p0] = paragraphs(1);
    const block = record(p0!, 1);
    const order = new MentionOrder(context);
    order.added(block);
    const surname = new Mention(p0!, 10, { end: 15, alias: 3 });
    // Its own block is not looked at until it is in it.
    expect(order.of(surname, block)).toEqual({ nearestName: 'none' });
    block.mentions.push(surname);
    expect(order.of(surname, block)).toEqual({ nearestName: 10 });
  });

  it('walks its own block in the order withInner lists it, inner mentions included', () => {
    const random = seededRandom(19);
    const fullNameOf = (alias: number) => (alias === 1 ? 10 : alias === 2 ? 20 : -1);
    const context = { fullNameOf, canMean: () => true } as unknown as PageContext;
    const holders = [10, 20];
    const [p0, p1] = paragraphs(2);
    for (let run = 0; run < 300; run++) {
      // A block of nested mentions, aliases and links drawn at random, after a block with one full name.
      const earlier = record(p0!, random() < 0.5 ? 1 : 4);
      const build = (depth: number, parent?: Mention): Mention[] =>
        Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
          const mention = new Mention(p1!, 0, { end: 1, alias: Math.floor(random() * 5) });
          mention.entity = random() < 0.3 ? holders[Math.floor(random() * 2)]! : -1;
          if (random() < 0.2) mention.phrase = { via: 'epithet', holders } as unknown as Mention['phrase'];
          if (parent) mention.parent = parent;
          if (depth < 3 && random() < 0.4) mention.inner = build(depth + 1, mention);
          return mention;
        });
      const own = { block: p1!, mentions: build(0) };
      const order = new MentionOrder(context);
      order.added(earlier);
      order.added(own);
      const listed = [...withInner(own.mentions)];
      for (const mention of listed) {
        // The plain walk: the block's mentions listed, then back from the mention, then the block before.
        const byHolder = mention.phrase !== undefined;
        const look = (m: Mention) =>
          byHolder
            ? m.entity >= 0
              ? { holder: m.entity }
              : undefined
            : fullNameOf(m.primary.alias) >= 0
              ? { nearestName: fullNameOf(m.primary.alias) }
              : undefined;
        const before = [
          ...listed.slice(0, listed.indexOf(mention)).reverse(),
          ...earlier.mentions.toReversed(),
        ];
        const expected = before.map(look).find((found) => found) ?? (byHolder ? {} : { nearestName: 'none' });
        expect(order.of(mention, own)).toEqual(expected);
      }
    }
  });
});
