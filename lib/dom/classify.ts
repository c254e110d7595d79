/**
 * Which text on a page Backstory reads, and how it groups into blocks. Text inside script,
 * style, form fields, editable regions, hidden or aria-hidden subtrees and Backstory's own UI
 * is skipped, and in a browser also text the page's style sheets hide (`StyleHidden`); inline elements (links, emphasis) join their text with the surrounding block, so
 * a name split as `<a>Asim</a> Munir` is read as one. Answers are memoised per element, and the
 * climb is iterative so 10,000-deep nesting costs no more than shallow markup.
 */

/**
 * Tag names as `tagName` gives them: upper case for HTML elements in HTML documents, as
 * written for SVG, MathML and XHTML. Both spellings are listed so no lookup upper-cases.
 */
function bothCases(tags: string[]): Set<string> {
  return new Set(tags.flatMap((tag) => [tag, tag.toLowerCase()]));
}

const SKIPPED_TAGS = bothCases([
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

// SUP and SUB are left out on purpose: a footnote marker ("framework²") is not part of the word,
// whatever their display says.
const APART_TAGS = bothCases(['SUP', 'SUB']);
const INLINE_TAGS = bothCases([
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
  /**
   * Whether an inline element is laid out as a block after all (`<b style="display:block">`, a
   * class the page styles so): the text either side of it must not run together. Asked only
   * where two text nodes meet in a way that could glue words or names (blocks.ts).
   */
  laidOutAsBlock(el: Element): boolean;
  /** Forgets memoised answers: after attribute changes such as `hidden`, and to free memory after a scan. */
  reset(): void;
  /** Whether an element is hidden itself (by an attribute, or by style where `StyleHidden` is given), unmemoised. */
  hiddenItself(el: Element): boolean;
}

/** Attributes that may make an element skipped; most elements carry none of them. */
const MAYBE_SKIPPED = '[hidden],[inert],[aria-hidden],[contenteditable],[style]';

/** Why an element's own text is not read: never (script, a form field, Backstory's UI), or hidden. */
type SkipReason = false | 'never' | 'hidden';

function skipsItself(el: Element, isOwnUi: (el: Element) => boolean): SkipReason {
  const tag = el.tagName;
  if (SKIPPED_TAGS.has(tag) || isOwnUi(el)) return 'never';
  // One native selector test instead of five attribute reads per element.
  if (!el.hasAttributes() || !el.matches(MAYBE_SKIPPED)) return false;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return 'never';
  return hiddenByAttributes(el) ? 'hidden' : false;
}

function hiddenByAttributes(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.hasAttribute('inert')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  // Hidden by an inline style: without style sheets (saved HTML) this is all there is to go by;
  // in a browser, style-sheet hiding is caught by `StyleHidden` (style-hidden.ts).
  const style = el.getAttribute('style');
  return style !== null && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/**
 * Hiding by the page's style sheets (in a browser only: style-hidden.ts). `test` is asked once per
 * element a text node sits in, ancestors first (memoised), unless an ancestor is already skipped;
 * `note` hears of each element skipped as hidden (by style or attribute), to read it once shown.
 */
export interface StyleHidden {
  test(el: Element): boolean;
  note(el: Element): void;
}

/**
 * How an element is laid out (a CSS `display` value), when known. In a browser this is the
 * computed style, so an author's `b { display: block }` separates a comment's author line from
 * the text after it; in saved HTML, only a `style` attribute can say.
 */
export type DisplayOf = (el: Element) => string | undefined;

/** The `display` a `style` attribute sets, for saved HTML without style sheets or layout. */
export const styleAttributeDisplay: DisplayOf = (el) => {
  const style = el.getAttribute('style');
  return style ? /(?:^|;)\s*display\s*:\s*([a-z-]+)/i.exec(style)?.[1]?.toLowerCase() : undefined;
};

/**
 * The computed `display` of elements in a window's document. A floated element (a drop cap,
 * `<span class="dropcap">P</span>akistan`) computes as a block but still reads as part of its
 * word: for those the tag decides.
 */
export function computedDisplay(view: Window): DisplayOf {
  return (el) => {
    const style = view.getComputedStyle(el);
    return style.float === 'none' ? style.display : undefined;
  };
}

/** Whether text in an element with this `display` flows with the text around it. */
const flowsInline = (display: string) => display === 'inline' || display === 'contents' || display === 'ruby';

/**
 * Creates a classifier. `isOwnUi` recognises Backstory's own UI host by identity, never by its
 * tag name: a page can make elements of any name, and must not be able to hide text that way.
 * Blocks follow tag names; with `displayOf`, an inline element laid out as a block also breaks
 * the line its text is on (see `laidOutAsBlock`).
 */
export function createClassifier(
  isOwnUi: (el: Element) => boolean,
  displayOf?: DisplayOf,
  styleHidden?: StyleHidden,
): Classifier {
  // A plain Map, emptied after each scan job (`reset`): a WeakMap costs ephemeron work in every
  // garbage collection, and answers kept on the nodes themselves would keep a wrapper object
  // alive for every element of the page for as long as the page lives.
  const memo = new Map<Node, Info>();

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
        let skip = above?.skip ?? false;
        if (!skip) {
          const reason = skipsItself(el, isOwnUi) || (styleHidden?.test(el) ? 'hidden' : false);
          if (reason === 'hidden') styleHidden?.note(el);
          skip = reason !== false;
        }
        const inline = INLINE_TAGS.has(el.tagName);
        info = { skip, block: inline && above ? above.block : el };
      }
      memo.set(current, info);
      above = info;
    }
    return above!;
  };

  return {
    infoOf,
    laidOutAsBlock: (el) => {
      if (!displayOf || APART_TAGS.has(el.tagName)) return false;
      const display = displayOf(el);
      return display !== undefined && display !== 'none' && !flowsInline(display);
    },
    reset: () => memo.clear(),
    hiddenItself: (el) => hiddenByAttributes(el) || (styleHidden?.test(el) ?? false),
  };
}

/** Elements after which adjacent text is not joined into one word (a line break, an image). */
export const BREAKING_TAGS = bothCases(['BR', 'IMG', 'HR', 'WBR']);
