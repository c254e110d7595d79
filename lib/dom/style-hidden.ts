/**
 * Text a sighted reader cannot see, by the page's style sheets: `display: none`, `visibility:
 * hidden`, `opacity: 0`, inside `content-visibility: hidden` (a closed `<details>`, `hidden=
 * "until-found"`), or not slotted into a shadow root. Backstory does not underline it, count it in
 * the side panel or open cards on it (SECURITY.md, "Hidden text"): a page could otherwise name
 * people only the side panel sees. Text hidden only to the eye but kept for screen readers
 * ("sr-only": clipped to 1 px, off screen) is still read: it is part of what the page says to a
 * reader who listens, and Backstory's side panel and keyboard steps serve those readers too.
 *
 * Only the browser asks (the static scan of saved HTML has no style sheets): the scanner, and
 * the text given to "Seen elsewhere" (`blankHidden`). Text shown later (a tab, an accordion, a
 * fade-in) is read when it is: see `HiddenElements`.
 */

/**
 * Both spellings of the options: `opacityProperty` and `visibilityProperty` since Chrome 121 and
 * Firefox 122, `checkOpacity` and `checkVisibilityCSS` before (Chrome 114, the side panel's first).
 */
const CHECK = {
  opacityProperty: true,
  visibilityProperty: true,
  checkOpacity: true,
  checkVisibilityCSS: true,
};

/**
 * Whether an element is hidden by style, as `Element.checkVisibility` says: it and its ancestors
 * laid out, not `visibility: hidden`, not `opacity: 0`, not inside `content-visibility: hidden`.
 * Every browser Backstory supports has it (Firefox since 106; the manifest asks for 142); where
 * it is missing, nothing counts as hidden, as before.
 */
export function styleHiddenTest(view: Window): (el: Element) => boolean {
  if (typeof Element.prototype.checkVisibility !== 'function') return () => false;
  // An element with `display: contents` has no box, so checkVisibility calls it hidden; its
  // children are asked for themselves. Read only for the few elements found hidden.
  return (el) => !el.checkVisibility(CHECK) && view.getComputedStyle(el).display !== 'contents';
}

/**
 * Elements found hidden (by style or by an attribute such as `hidden`) during a scan, watched so
 * that their text is read once they are shown: the scanner asks `shown()` after the page changes
 * an attribute that can show them, or ends a transition (a fade-in).
 */
export class HiddenElements {
  private readonly hidden = new Set<Element>();

  constructor(private readonly stillHidden: (el: Element) => boolean) {}

  /** Remembers an element the classifier skipped as hidden. */
  note(el: Element) {
    this.hidden.add(el);
  }

  get size(): number {
    return this.hidden.size;
  }

  /** The elements remembered that are shown now (and forgotten then); removed ones are dropped. */
  shown(): Element[] {
    const shown: Element[] = [];
    for (const el of this.hidden) {
      if (!el.isConnected) this.hidden.delete(el);
      else if (!this.stillHidden(el)) {
        this.hidden.delete(el);
        shown.push(el);
      }
    }
    return shown;
  }
}

/**
 * A page's text (as `readPageText` reads it) with the text the page hides blanked out, same
 * length, so offsets still mean the same: what "Seen elsewhere" is given to compare, so that a
 * passage a page hides cannot be listed as seen on it. One look per element holding text.
 */
export function blankHidden(nodes: readonly Text[], hidden: (el: Element) => boolean): string {
  const memo = new Map<Node, boolean>();
  const parts: string[] = [];
  for (const node of nodes) {
    const parent = node.parentElement;
    let off = parent ? memo.get(parent) : false;
    if (off === undefined) memo.set(parent!, (off = hidden(parent!)));
    parts.push(off ? ' '.repeat(node.data.length) : node.data);
  }
  return parts.join('');
}
