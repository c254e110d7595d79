/**
 * Sections of a page as a reader sees them: a heading starts one, and so does a sectioning
 * element (an article, an aside, the navigation). Backstory marks the first mention of each
 * entity per section, so a name is underlined where it is introduced, not twelve times.
 */
const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
const SECTIONING = new Set([
  'ARTICLE',
  'SECTION',
  'ASIDE',
  'NAV',
  'MAIN',
  'HEADER',
  'FOOTER',
  'BODY',
  'DIALOG',
]);

/** The last heading in an element (the element itself included), if any. */
function lastHeadingIn(element: Element): Element | undefined {
  if (element.matches(HEADING)) return element;
  // Most elements hold no heading: asked first, without building a list.
  if (element.childElementCount === 0 || !element.querySelector(HEADING)) return undefined;
  const all = element.querySelectorAll(HEADING);
  return all.length > 0 ? all[all.length - 1] : undefined;
}

/**
 * Finds the section a node belongs to: the nearest heading before it within its sectioning
 * ancestor, else that ancestor (or the document or shadow root). Answers are remembered for every
 * element walked past, so a page is walked about once however many blocks ask.
 */
export class Sections {
  private cache = new WeakMap<Node, Node>();

  of(start: Node): Node {
    const walked: Node[] = [];
    let current: Node | null = start;
    let section: Node | undefined;
    while (current) {
      const known = this.cache.get(current);
      if (known) {
        section = known;
        break;
      }
      if (current.nodeType !== 1) {
        section = current; // the document or a shadow root
        break;
      }
      const element = current as Element;
      if (element.matches(HEADING) || SECTIONING.has(element.tagName)) {
        section = element;
        break;
      }
      walked.push(element);
      // A sectioning sibling (an aside before this paragraph) is a section of its own: step over it.
      let previous = element.previousElementSibling;
      while (previous && SECTIONING.has(previous.tagName)) previous = previous.previousElementSibling;
      if (previous) {
        const heading = lastHeadingIn(previous);
        if (heading) {
          section = heading;
          break;
        }
        // A sibling without a heading is in the same section: go on from it.
        current = previous;
        continue;
      }
      current = element.parentNode;
    }
    section ??= start.getRootNode();
    for (const node of walked) this.cache.set(node, section);
    return section;
  }

  /** Forgets every answer (headings may have been added or removed). */
  reset() {
    this.cache = new WeakMap();
  }
}
