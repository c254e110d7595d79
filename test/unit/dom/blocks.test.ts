import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { locateInBlock, readBlocks } from '@/lib/dom/blocks';
import { createClassifier } from '@/lib/dom/classify';

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
});
