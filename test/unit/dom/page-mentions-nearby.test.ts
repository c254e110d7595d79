/**
 * Which block containers the page's mentions ask the IntersectionObserver to follow: only those
 * with a mention to draw (issue #19). Every followed container costs the observer work on every
 * frame, and with only the first mention of each entity per section drawn, most never need it.
 */
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TextBlock } from '@/lib/dom/blocks';
import type { Highlighter } from '@/lib/dom/highlighter';
import { PageMentions } from '@/lib/dom/page-mentions';
import { compileDictionary } from '@/lib/match/compile-dictionary';
import { PageContext } from '@/lib/match/context';
import type { MatchEntity } from '@/lib/match/from-kb';

const dict = compileDictionary([{ text: 'Pakistan', entity: 0, caseSensitive: false, needsContext: null }]);
const entities: MatchEntity[] = [{ id: 'pakistan', label: 'Pakistan', kind: 'state', support: [] }];

/** Records what is observed; reports nothing (the test's containers stay far from the viewport). */
class FakeObserver {
  static observed: Element[] = [];
  observe(el: Element) {
    FakeObserver.observed.push(el);
  }
  unobserve() {}
  disconnect() {}
}

const noHighlight = { add: () => undefined, delete: () => undefined };
const highlighter = { actor: noHighlight, event: noHighlight } as unknown as Highlighter;

function blockOf(el: Element): TextBlock {
  const node = el.firstChild as Text;
  // linkedom orders text nodes wrongly (each "precedes" the other): order them by their paragraphs.
  node.compareDocumentPosition = (other: Node) => el.compareDocumentPosition(other.parentNode!);
  return { container: el, nodes: [node], starts: [0], text: node.data, parents: [el] };
}

describe('page mentions and the viewport observer', () => {
  const original = globalThis.IntersectionObserver;
  beforeEach(() => {
    FakeObserver.observed = [];
    globalThis.IntersectionObserver = FakeObserver as unknown as typeof IntersectionObserver;
  });
  afterEach(() => {
    globalThis.IntersectionObserver = original;
  });

  it('follows an off-screen container only once one of its mentions is to be drawn', async () => {
    const { document } = parseHTML(
      '<html><body><article><p id="a">Pakistan said.</p><p id="b">Pakistan again.</p></article></body></html>',
    );
    const [a, b] = [document.getElementById('a')!, document.getElementById('b')!];
    const mentions = new PageMentions(
      entities,
      new PageContext(dict, [[]]),
      highlighter,
      { shows: () => true, firstOnly: true },
      document as unknown as Document,
    );
    const first = blockOf(a);
    for (const block of [first, blockOf(b)]) {
      const recorder = mentions.open(block, false, true);
      recorder.add([{ start: 0, end: 8, alias: 0 }]);
      recorder.close();
    }
    // Only the section's first mention of Pakistan is drawn: the second paragraph is not followed.
    expect(FakeObserver.observed).toEqual([a]);
    // Once the first goes, the second comes first, and its container is followed to draw it.
    mentions.forget(first);
    await Promise.resolve();
    expect(FakeObserver.observed).toEqual([a, b]);
  });
});
