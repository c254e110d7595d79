/**
 * Which text on a page Backstory reads, and how it groups into blocks. Text inside script,
 * style, form fields, editable regions, hidden or aria-hidden subtrees and Backstory's own UI
 * is skipped; inline elements (links, emphasis) join their text with the surrounding block, so
 * a name split as `<a>Asim</a> Munir` is read as one. Answers are memoised per element, and the
 * climb is iterative so 10,000-deep nesting costs no more than shallow markup.
 */

const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'IFRAME',
  'OBJECT',
  'SVG',
  'MATH',
  'CANVAS',
  'HEAD',
  'TITLE',
]);

// SUP and SUB are left out on purpose: a footnote marker ("framework²") is not part of the word.
const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'ACRONYM',
  'B',
  'BDI',
  'BDO',
  'BIG',
  'CITE',
  'CODE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'KBD',
  'LABEL',
  'MARK',
  'NOBR',
  'Q',
  'RP',
  'RT',
  'RUBY',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRIKE',
  'STRONG',
  'TIME',
  'TT',
  'U',
  'VAR',
  'WBR',
]);

interface Info {
  skip: boolean;
  /** The element (or shadow root) whose text this element's text belongs with. */
  block: Node;
}

export interface Classifier {
  /** For a text node's parent: skipped, or the block it belongs to. */
  infoOf(parent: Node): Info;
  /** Forget memoised answers (after attribute changes such as `hidden`). */
  reset(): void;
}

function skipsItself(el: Element, ownHostTag: string): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag) || tag === ownHostTag) return true;
  if (el.hasAttribute('hidden') || el.hasAttribute('inert')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  // Hidden by an inline style; style-sheet hiding is caught per block by `checkVisibility`.
  const style = el.getAttribute('style');
  return style !== null && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Creates a classifier; `ownHostTag` is the tag name of Backstory's UI host (upper case). */
export function createClassifier(ownHostTag: string): Classifier {
  let memo = new WeakMap<Node, Info>();
  const host = ownHostTag.toUpperCase();

  const infoOf = (start: Node): Info => {
    const known = memo.get(start);
    if (known) return known;
    // Climb to the nearest node whose answer is known (or the top), then fill answers going down.
    const path: Node[] = [];
    let node: Node | null = start;
    let above: Info | undefined;
    while (node) {
      above = memo.get(node);
      if (above) break;
      path.push(node);
      node = node.parentNode;
    }
    for (let i = path.length - 1; i >= 0; i--) {
      const current = path[i]!;
      let info: Info;
      if (current.nodeType !== 1) {
        // Document, document fragment or shadow root: a block of its own, never skipped.
        info = { skip: false, block: current };
      } else {
        const el = current as Element;
        const skip = (above?.skip ?? false) || skipsItself(el, host);
        const inline = INLINE_TAGS.has(el.tagName.toUpperCase());
        info = { skip, block: inline && above ? above.block : el };
      }
      memo.set(current, info);
      above = info;
    }
    return above!;
  };

  return {
    infoOf,
    reset: () => {
      memo = new WeakMap();
    },
  };
}

/** Elements after which adjacent text is not joined into one word (a line break, an image). */
export const BREAKING_TAGS = new Set(['BR', 'IMG', 'HR', 'WBR']);
