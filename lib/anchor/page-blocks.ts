/**
 * Where one block of a page's text ends and the next begins. Page text is the text nodes
 * joined without separators (`page-text.ts`), so a heading and the paragraph after it run
 * together ("…talksPakistan's army chief…"); readers of whole words need the seams.
 */
import type { PageText } from './page-text';

/** Elements that start a new block of text (by tag: no layout is read). */
const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY BR DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TD TH TR UL'.split(
    ' ',
  ),
);

function blockOf(node: Node, memo: Map<Node, Node | null>): Node | null {
  const parent = node.parentNode;
  if (!parent) return null;
  const known = memo.get(parent);
  if (known !== undefined) return known;
  let block: Node | null = null;
  for (let el: Node | null = parent; el; el = el.parentNode) {
    if (el.nodeType !== 1) continue;
    if (BLOCKS.has((el as Element).tagName.toUpperCase())) {
      block = el;
      break;
    }
  }
  memo.set(parent, block);
  return block;
}

/** Offsets in `page.text` where a text node starts in a different block from the one before. */
export function blockBreaks(page: PageText): number[] {
  const memo = new Map<Node, Node | null>();
  const breaks: number[] = [];
  let previous: Node | null | undefined;
  page.nodes.forEach((node, i) => {
    const block = blockOf(node, memo);
    // A <br> between two text nodes of one block is a seam too.
    const afterBreak = node.previousSibling?.nodeName === 'BR';
    if (i > 0 && (block !== previous || afterBreak)) breaks.push(page.starts[i]!);
    previous = block;
  });
  return breaks;
}
