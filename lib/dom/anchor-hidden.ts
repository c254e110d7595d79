/**
 * Whether a panel's anchor is out of the reader's sight, so the panel should not float next to
 * nothing. Floating UI's `hide` middleware (strategy `referenceHidden`) hides a floating element
 * once its reference is wholly clipped by the ancestors that clip it or by the viewport; a page's
 * fixed header does not clip, it covers, so the anchor's lines are also hit-tested: covered by
 * something pinned to the screen at every point looked at, it counts as hidden too.
 */
import { visibleArea, type PanelAnchor } from './panel-dom';

/** Points across the middle of each line: both ends (1 px in) and the centre. */
function samplePoints(lines: ArrayLike<DOMRect>): [number, number][] {
  const points: [number, number][] = [];
  for (let i = 0; i < lines.length; i++) {
    const r = lines[i]!;
    if (!r.width || !r.height) continue;
    const y = r.top + r.height / 2;
    points.push(
      [r.left + Math.min(1, r.width / 2), y],
      [r.left + r.width / 2, y],
      [r.right - Math.min(1, r.width / 2), y],
    );
  }
  return points;
}

/**
 * The nearest of `el` and its ancestors (across shadow roots) that is pinned to the screen: a fixed
 * or sticky header, a cookie bar. Only such things count as covering: news sites also lay
 * transparent boxes over their text (a teaser's whole-card link, a paywall's click catcher) that
 * hit-testing finds on top of a name the reader can plainly see.
 */
function pinnedBox(el: Element | null): Element | null {
  const view = el?.ownerDocument.defaultView;
  if (!view) return null;
  while (el) {
    const position = view.getComputedStyle(el).position;
    if (position === 'fixed' || position === 'sticky') return el;
    el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
  }
  return null;
}

/** Whether `outer` holds `inner`, reading through shadow roots (a name in a page's component). */
function holds(outer: Element, inner: Element): boolean {
  for (let node: Node | null = inner; node;) {
    if (outer.contains(node)) return true;
    node = (node.getRootNode() as ShadowRoot).host ?? null;
  }
  return false;
}

/**
 * True when something pinned to the screen, not the anchor's own text nor the pinned box the
 * anchor itself sits in (a sticky rail of headlines), is on top at that point.
 */
function coveredAt(
  root: Document | ShadowRoot,
  [x, y]: [number, number],
  element: Element,
  isOwnUi: (el: Element) => boolean,
) {
  // Backstory's own panel may lie over the anchor (shifted into a small frame): look under it.
  const top = root.elementsFromPoint(x, y).find((hit) => !isOwnUi(hit));
  if (!top) return true;
  if (top === element || holds(element, top) || holds(top, element)) return false;
  const pinned = pinnedBox(top);
  return pinned !== null && !holds(pinned, element);
}

/**
 * Whether the anchor is wholly clipped away (scrolled out of an inner scroller, out of the
 * viewport) or covered wherever it is looked at (under a fixed header). An anchor with no
 * element to measure from is never called hidden.
 */
export function anchorHidden(anchor: PanelAnchor, isOwnUi: (el: Element) => boolean): boolean {
  const element = anchor.contextElement;
  if (!element?.isConnected) return false;
  const box = anchor.getBoundingClientRect();
  const area = visibleArea(element);
  // Wholly beyond any one edge of the area it can be seen in (Floating UI's isAnySideFullyClipped).
  if (
    box.bottom <= area.y ||
    box.top >= area.y + area.height ||
    box.right <= area.x ||
    box.left >= area.x + area.width
  )
    return true;
  const points = samplePoints(anchor.getClientRects?.() ?? [box]);
  if (points.length === 0) return false;
  // Hit-tested in the anchor's own tree, so a name inside a page's shadow root is found as itself.
  const root = element.getRootNode() as Document | ShadowRoot;
  return points.every((point) => coveredAt(root, point, element, isOwnUi));
}
