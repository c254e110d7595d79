/**
 * Which record a text node went into, found through its parent (`NodeRecords`), and the records
 * a block read again replaces — a node the page moved to a new parent included.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { NodeRecords, type BlockRecord } from '@/lib/dom/block-records';
import type { TextBlock } from '@/lib/dom/blocks';

function page() {
  const { document } = parseHTML(`<!doctype html><html><body>
<p id="a">One <em>two</em> three</p><p id="b">Four</p></body></html>`);
  const a = document.getElementById('a')!;
  const b = document.getElementById('b')!;
  const [one, two, three] = [
    a.firstChild as Text,
    a.querySelector('em')!.firstChild as Text,
    a.lastChild as Text,
  ];
  return { document, a, b, one, two, three, four: b.firstChild as Text };
}

function recordOf(container: Node, nodes: Text[]): BlockRecord {
  const block: TextBlock = { container, nodes, starts: nodes.map((_, i) => i), text: '' };
  return { block, mentions: [] };
}

describe('records by node', () => {
  it('finds the record of each of its nodes, and none once it is removed', () => {
    const { a, b, one, two, three, four } = page();
    const records = new NodeRecords();
    const first = recordOf(a, [one, two, three]);
    const second = recordOf(b, [four]);
    records.add(first);
    records.add(second);
    expect([one, two, three].map((node) => records.get(node))).toEqual([first, first, first]);
    expect(records.get(four)).toBe(second);
    records.remove(first);
    expect(records.get(one)).toBeUndefined();
    expect(records.get(two)).toBeUndefined();
    expect(records.get(four)).toBe(second);
  });

  it('tells apart two records of one parent, and a node of that parent in neither', () => {
    const { document, a, one, three } = page();
    const records = new NodeRecords();
    const before = recordOf(a, [one]);
    const after = recordOf(a, [three]);
    records.add(before);
    records.add(after);
    expect(records.get(three)).toBe(after);
    expect(records.get(one)).toBe(before);
    const added = a.appendChild(document.createTextNode(' five')) as Text;
    expect(records.get(added)).toBeUndefined();
  });

  it('finds the records holding a block read again, a node moved to a new parent among them', () => {
    const { document, a, one, two, three } = page();
    const records = new NodeRecords();
    const old = recordOf(a, [one, two, three]);
    records.add(old);
    // The page wraps the first node in a span of its own: its parent no longer leads to `old`.
    const span = document.createElement('span');
    a.insertBefore(span, one);
    span.appendChild(one);
    expect(records.get(one)).toBeUndefined();
    const again: TextBlock = { container: a, nodes: [one], starts: [0], text: 'One ' };
    expect([...records.holding(again, [old])]).toEqual([old]);
    expect([...records.holding(again, undefined)]).toEqual([]);
  });
});
