/**
 * The content script reads the visible blocks first and changed blocks again, so the order in
 * which blocks are read is not the page's order. A bare surname must still see the full name
 * that stands before it in the document ("Nawaz Sharif … Sharif"), not the one read last.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { TextBlock } from '@/lib/dom/blocks';
import { Mention } from '@/lib/dom/mention';
import { MentionOrder } from '@/lib/dom/mention-order';
import type { PageContext } from '@/lib/match/context';

// Aliases: 1 "Nawaz Sharif" (a person the KB does not hold, here entity 10), 2 "Shehbaz Sharif"
// (entity 20), 3 the bare surname "Sharif", which can mean either.
const FULL_NAMES = new Map([
  [1, 10],
  [2, 20],
]);
const context = {
  fullNameOf: (alias: number) => FULL_NAMES.get(alias) ?? -1,
  canMean: (alias: number, person: number) => alias === 3 && (person === 10 || person === 20),
  orderMatters: () => true,
} as unknown as PageContext;

function record(block: TextBlock, alias: number) {
  const mention = new Mention(block, 0, { end: 1, alias });
  return { block, mentions: [mention] };
}

describe('mentions in document order', () => {
  it('places blocks read out of order where they stand on the page', () => {
    const { document } = parseHTML(
      '<p>Shehbaz Sharif</p><p>Nawaz Sharif</p><p>Sharif</p><p>Shehbaz Sharif</p>',
    );
    const blocks = [...document.querySelectorAll('p')].map(
      // Elements stand in for the blocks' text nodes: linkedom orders elements, not text nodes.
      (p) => ({ nodes: [p] }) as unknown as TextBlock,
    );
    const [shehbaz, nawaz, bare, later] = [
      record(blocks[0]!, 2),
      record(blocks[1]!, 1),
      record(blocks[2]!, 3),
      record(blocks[3]!, 2),
    ];
    const order = new MentionOrder(context);
    // Read as a scrolled page would: the bare surname's block first, then the rest from the
    // bottom up, the nearest full name last.
    for (const r of [bare, later, shehbaz, nawaz]) order.added(r);
    expect(order.of(bare.mentions[0]!, bare)).toEqual({ nearestName: 10 });
    // Without Nawaz's block, the nearest full name before it is Shehbaz's.
    order.removed(nawaz);
    expect(order.of(bare.mentions[0]!, bare)).toEqual({ nearestName: 20 });
    order.removed(shehbaz);
    expect(order.of(bare.mentions[0]!, bare)).toEqual({ nearestName: 'none' });
  });

  it('looks past another bearer of the surname in an earlier block (issue #13)', () => {
    const { document } = parseHTML('<p>Shehbaz Sharif</p><p>Maryam Sharif</p><p>Sharif</p>');
    const blocks = [...document.querySelectorAll('p')].map((p) => ({ nodes: [p] }) as unknown as TextBlock);
    const shehbaz = record(blocks[0]!, 2);
    // "Maryam Sharif": the surname's alias, flagged as another bearer by the namesake rule.
    const maryam = record(blocks[1]!, 3);
    maryam.mentions[0]!.bearer = true;
    const bare = record(blocks[2]!, 3);
    const order = new MentionOrder(context);
    for (const r of [shehbaz, maryam, bare]) order.added(r);
    expect(order.of(bare.mentions[0]!, bare)).toEqual({ nearestName: 20 });
  });
});
