/**
 * Quiet highlighting: which section of a page a block is in, and which mention of an entity
 * comes first in each section as mentions come and go.
 */
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TextBlock } from '@/lib/dom/blocks';
import { FirstMentions } from '@/lib/dom/first-mentions';
import { Mention } from '@/lib/dom/mention';
import { Sections } from '@/lib/dom/sections';

const page = parseHTML(`<!doctype html><html><body>
<header id="masthead"><p id="nav">News</p></header>
<article id="article">
  <h1 id="title">Title</h1>
  <p id="lede">Lede</p>
  <div><p id="in-div">Nested</p></div>
  <h2 id="second">Second</h2>
  <p id="after-second">After</p>
  <aside id="aside"><p id="in-aside">Aside</p></aside>
  <p id="after-aside">After the aside</p>
  <div class="wrap"><h3 id="wrapped">Wrapped heading</h3></div>
  <p id="after-wrapped">After a wrapped heading</p>
</article></body></html>`).document;
const el = (id: string) => page.getElementById(id)!;

describe('sections of a page', () => {
  it('starts one at each heading and each sectioning element', () => {
    const sections = new Sections();
    const of = (id: string) => (sections.of(el(id)) as Element).id;
    expect(of('nav')).toBe('masthead');
    expect(of('title')).toBe('title');
    expect(of('lede')).toBe('title');
    expect(of('in-div')).toBe('title');
    expect(of('after-second')).toBe('second');
    expect(of('in-aside')).toBe('aside');
    // An aside between two paragraphs does not cut the section they share.
    expect(of('after-aside')).toBe('second');
    expect(of('after-wrapped')).toBe('wrapped');
  });
});

function mentionIn(id: string, start: number, entity: number): Mention {
  const node = el(id).firstChild as Text;
  const block: TextBlock = { container: el(id), nodes: [node], starts: [0], text: node.data };
  const mention = new Mention(block, start, { end: start + 1, alias: 0 });
  mention.entity = entity;
  return mention;
}

describe('first mentions', () => {
  it('draws the first mention of an entity per section, and the next when the first goes', () => {
    const drawn = new Set<Mention>();
    const firsts = new FirstMentions(
      (m) => drawn.delete(m),
      (m) => drawn.add(m),
    );
    firsts.enabled = true;
    const later = mentionIn('in-div', 0, 7);
    const first = mentionIn('lede', 2, 7);
    const same = mentionIn('lede', 0, 7);
    const other = mentionIn('lede', 1, 8);
    const nextSection = mentionIn('after-second', 0, 7);
    for (const m of [later, first, same, other, nextSection]) {
      firsts.add(m);
      if (firsts.drawable(m)) drawn.add(m);
    }
    // Found out of order: the earliest in the section wins, the one it displaced is undrawn.
    expect(firsts.drawable(same)).toBe(true);
    expect(firsts.drawable(first)).toBe(false);
    expect(firsts.drawable(later)).toBe(false);
    expect(firsts.drawable(other)).toBe(true);
    expect(firsts.drawable(nextSection)).toBe(true);
    expect([...drawn]).toEqual(expect.arrayContaining([same, other, nextSection]));
    expect(drawn.has(later)).toBe(false);
    firsts.remove(same);
    return Promise.resolve().then(() => {
      // The next in document order takes its place once the batch of changes is over.
      expect(firsts.drawable(first)).toBe(true);
      expect(drawn.has(first)).toBe(true);
    });
  });

  it('draws every mention when turned off', () => {
    const firsts = new FirstMentions(
      () => undefined,
      () => undefined,
    );
    const a = mentionIn('lede', 0, 1);
    const b = mentionIn('lede', 2, 1);
    firsts.add(a);
    firsts.add(b);
    expect(firsts.drawable(a) && firsts.drawable(b)).toBe(true);
  });

  describe('in a section naming one entity thousands of times (a 10 MB text node, a live blog)', () => {
    afterEach(() => vi.restoreAllMocks());

    /** Counts the array elements that `includes` and `indexOf` look through while `work` runs. */
    function elementsSearched(work: () => void): number {
      let searched = 0;
      for (const method of ['includes', 'indexOf'] as const) {
        const original = Array.prototype[method] as (this: unknown[], ...args: unknown[]) => unknown;
        vi.spyOn(Array.prototype, method).mockImplementation(function (this: unknown[], ...args: unknown[]) {
          searched += this.length;
          return original.apply(this, args);
        } as never);
      }
      work();
      vi.restoreAllMocks();
      return searched;
    }

    it('adds and removes each mention without searching the others (recording stays linear)', () => {
      const count = 5_000;
      const drawn = new Set<Mention>();
      const firsts = new FirstMentions(
        (m) => drawn.delete(m),
        (m) => drawn.add(m),
      );
      firsts.enabled = true;
      const mentions = Array.from({ length: count }, (_, i) => mentionIn('lede', i, 7));
      // Searching a list of those before it for every mention would be some 12 million elements.
      const perMention = 100;
      expect(elementsSearched(() => mentions.forEach((m) => firsts.add(m)))).toBeLessThan(count * perMention);
      expect(firsts.drawable(mentions[0]!)).toBe(true);
      expect(mentions.slice(1).some((m) => firsts.drawable(m))).toBe(false);
      const removed = mentions.slice(0, count / 2);
      expect(elementsSearched(() => removed.forEach((m) => firsts.remove(m)))).toBeLessThan(
        (count / 2) * perMention,
      );
      return Promise.resolve().then(() => {
        // The first of those left is drawn, once the batch of changes is over.
        expect(firsts.drawable(mentions[count / 2]!)).toBe(true);
        expect(drawn.has(mentions[count / 2]!)).toBe(true);
      });
    });
  });
});
