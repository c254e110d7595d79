import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { BLOCK_PART_NODES, blockText, locateInBlock, PAUSE, readBlocks, walkBlocks } from '@/lib/dom/blocks';
import { createClassifier, styleAttributeDisplay, type DisplayOf } from '@/lib/dom/classify';

/** Blocks of a page whose element with id "own-ui" stands for Backstory's UI host. */
function blocksOf(html: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const own = document.getElementById('own-ui');
  return [
    ...readBlocks(
      document.body,
      createClassifier((el) => el === own),
    ),
  ];
}

describe('reading a page as blocks', () => {
  it('reads a container of thousands of text nodes in parts that end with a sentence', () => {
    const sentences = Array.from(
      { length: BLOCK_PART_NODES * 2 },
      (_, i) => `<span>Line ${i} of the feed names </span><b>Asim Munir.</b> `,
    ).join('');
    const blocks = blocksOf(`<div>${sentences}</div>`);
    expect(blocks.length).toBeGreaterThan(1);
    expect(blocks.every((b) => b.nodes.length <= 2 * BLOCK_PART_NODES)).toBe(true);
    // Every part ends after a sentence, so no name is cut in two.
    expect(blocks.slice(0, -1).every((b) => /Asim Munir\.\s*$/.test(b.text))).toBe(true);
    expect(blocks.map((b) => b.text).join('')).toBe(
      Array.from({ length: BLOCK_PART_NODES * 2 }, (_, i) => `Line ${i} of the feed names Asim Munir. `).join(
        '',
      ),
    );
  });

  it('reads any part of a block again from its nodes once its text is dropped', () => {
    const [block] = blocksOf('<p>US President <a>Donald</a> Trump<br>met <b>Asim</b> Munir.</p>');
    const text = block!.text;
    expect(text).toBe('US President Donald Trump\nmet Asim Munir.');
    const withoutText = { ...block!, text: '' };
    for (const [start, end] of [
      [0, text.length],
      [3, 19],
      [13, 19],
      [20, 29],
      [25, 26],
      [29, 43],
      [40, 43],
    ] as const)
      expect(blockText(withoutText, start, end)).toBe(text.slice(start, end));
  });

  it('cuts a part at any node when no sentence ends for twice the part size', () => {
    const words = '<span>word </span>'.repeat(BLOCK_PART_NODES * 5);
    const blocks = blocksOf(`<div>${words}</div>`);
    expect(blocks.map((b) => b.nodes.length)).toEqual([
      2 * BLOCK_PART_NODES,
      2 * BLOCK_PART_NODES,
      BLOCK_PART_NODES,
    ]);
  });

  it('joins a name split over inline elements into one block', () => {
    const blocks = blocksOf('<p>Field Marshal <a href="#">Asim</a> <em>Munir</em>’s visit</p><p>Next</p>');
    expect(blocks.map((b) => b.text)).toEqual(['Field Marshal Asim Munir’s visit', 'Next']);
    const [first] = blocks;
    expect(first!.nodes).toHaveLength(5);
    const at = locateInBlock(first!, first!.text.indexOf('Munir'));
    expect(at.node.data).toBe('Munir');
    expect(at.offset).toBe(0);
  });

  it('skips scripts, styles, form fields, editable, hidden, aria-hidden and its own UI', () => {
    const blocks = blocksOf(`
      <p>Visible Pakistan</p>
      <script>var Pakistan = 1;</script><style>.Pakistan{}</style><noscript>Pakistan</noscript>
      <template><p>Pakistan</p></template><textarea>Pakistan</textarea><select><option>Pakistan</option></select>
      <div contenteditable="true"><p>Pakistan</p></div><div contenteditable="false"><p>Readable Iran</p></div>
      <div hidden><p>Pakistan</p></div><span aria-hidden="true">Pakistan</span><div inert>Pakistan</div>
      <div style="display: none">Pakistan</div><backstory-ui id="own-ui"><p>Pakistan</p></backstory-ui>
      <p>Also <span aria-hidden="false">Israel</span></p>
      <backstory-ui><p>A page's own element named like Backstory's: Iran</p></backstory-ui>`);
    expect(blocks.map((b) => b.text.trim()).filter(Boolean)).toEqual([
      'Visible Pakistan',
      'Readable Iran',
      'Also Israel',
      "A page's own element named like Backstory's: Iran",
    ]);
  });

  it('does not run words together across line breaks, images or footnote markers', () => {
    const blocks = blocksOf('<p>Asim<br>Munir</p><p>framework<sup>2</sup> next</p>');
    expect(blocks.map((b) => b.text)).toEqual(['Asim\nMunir', 'framework', '2', ' next']);
  });

  it('breaks at a line break or image beside an inline ancestor, and in every part of a container', () => {
    // The break is the previous sibling of the link around "Munir", not of its text node; the
    // second part of the div holds an image the first part never came near.
    const blocks = blocksOf(
      '<p>Asim<br><a>Munir</a> <em>Khan</em></p><div>Imran <b>Khan</b><p>Aside</p>Nawaz <i>x</i><img>Sharif</div>',
    );
    expect(blocks.map((b) => b.text)).toEqual(['Asim\nMunir Khan', 'Imran Khan', 'Aside', 'Nawaz x\nSharif']);
  });

  it('keeps a container’s text before and after a nested block apart', () => {
    const blocks = blocksOf('<div>Islamabad said <p>Tehran replied</p> Washington waited</div>');
    expect(blocks.map((b) => b.text)).toEqual(['Islamabad said ', 'Tehran replied', ' Washington waited']);
  });

  it('copes with very deep nesting without a deep stack', () => {
    const depth = 10_000;
    const html = `${'<span>'.repeat(depth)}Asim Munir${'</span>'.repeat(depth)}`;
    expect(blocksOf(`<p>${html}</p>`).map((b) => b.text)).toEqual(['Asim Munir']);
  });

  it('can skip text nodes already read, ending the run there', () => {
    const { document } = parseHTML('<html><body><p>One <b>two</b> three</p></body></html>');
    const bold = document.querySelector('b')!.firstChild as Text;
    const blocks = [
      ...readBlocks(
        document.body,
        createClassifier(() => false),
        (node) => node === bold,
      ),
    ];
    expect(blocks.map((b) => b.text)).toEqual(['One ', ' three']);
  });

  it('pauses now and then while passing over thousands of text nodes already read', () => {
    const { document } = parseHTML(
      `<html><body><div>${'<span>word </span>'.repeat(5000)}</div></body></html>`,
    );
    const items = [
      ...walkBlocks(
        document.body,
        createClassifier(() => false),
        () => true,
      ),
    ];
    // Nothing left to read, yet the caller gets control back every few hundred nodes.
    expect(items.every((item) => item === PAUSE)).toBe(true);
    expect(items.length).toBeGreaterThanOrEqual(5);
    expect(items.length).toBeLessThanOrEqual(50);
  });

  it('breaks the line where layout makes an inline element a block, not where tag names say', () => {
    const { document } = parseHTML(
      '<html><body><p><b class="author">Ahmed Khan</b>Pakistan has spoken. <span class="dropcap">P</span>akistan again.</p>' +
        '<p><b class="author">Nawaz Sharif</b> Pakistan, he said.</p><p>framework<sup class="author">2</sup>.</p></body></html>',
    );
    const asked: string[] = [];
    const text = (displayOf?: DisplayOf) =>
      [
        ...readBlocks(
          document.body,
          createClassifier(() => false, displayOf),
        ),
      ].map((b) => b.text.trim());
    // What a browser's computed style says: the author lines are blocks, the drop cap is not.
    const computed: DisplayOf = (el) => {
      asked.push(el.textContent ?? '');
      return el.classList.contains('author') ? 'block' : undefined;
    };
    expect(text(computed)).toEqual([
      'Ahmed Khan\nPakistan has spoken. Pakistan again.',
      'Nawaz Sharif\n Pakistan, he said.',
      // A footnote marker stays apart from its word, as it always has.
      'framework',
      '2',
      '.',
    ]);
    // Layout is asked only where words or capitalised names meet, not at every element.
    expect(asked.toSorted()).toEqual(['Ahmed Khan', 'Nawaz Sharif', 'P']);
    // By tag names alone the author line glues onto the next word.
    expect(text()[0]).toBe('Ahmed KhanPakistan has spoken. Pakistan again.');
  });

  it('reads a block display from a style attribute in saved HTML', () => {
    const { document } = parseHTML(
      '<html><body><p><b style="color: red; display:block">Ahmed Khan</b>Pakistan has spoken.</p></body></html>',
    );
    const blocks = [
      ...readBlocks(
        document.body,
        createClassifier(() => false, styleAttributeDisplay),
      ),
    ];
    expect(blocks.map((b) => b.text)).toEqual(['Ahmed Khan\nPakistan has spoken.']);
  });
});
