/**
 * The page measurements lib/dom/place-panel.ts places a fixed panel with, read the way Floating UI's
 * DOM platform read them for Backstory's panels: the visible area the panel must stay in (the
 * visual viewport, less clipping ancestors), its writing direction and its own size.
 */
import type { Box } from './place-panel';

/** What a panel is anchored to: a range's boxes, measured afresh on each placement. */
export interface PanelAnchor {
  getBoundingClientRect(): DOMRect;
  getClientRects?(): ArrayLike<DOMRect> | DOMRectList;
  /** The element whose scrolling, resizing and moving moves the anchor. */
  contextElement?: Element;
}

export const toBox = (r: DOMRect): Box => ({ x: r.left, y: r.top, width: r.width, height: r.height });

const isLast = (node: Node) => /^(HTML|BODY|#document)$/i.test(node.nodeName);

/** The next node up, through shadow roots and slots (Floating UI's `getParentNode`). */
export function parentOf(node: Node): Node {
  if (node.nodeName === 'HTML') return node;
  return (
    (node as Element).assignedSlot ??
    node.parentNode ??
    (node instanceof ShadowRoot ? node.host : undefined) ??
    node.ownerDocument!.documentElement
  );
}

export function isOverflowElement(el: Element): boolean {
  const css = getComputedStyle(el);
  return (
    /auto|scroll|overlay|hidden|clip/.test(css.overflow + css.overflowY + css.overflowX) &&
    css.display !== 'inline' &&
    css.display !== 'contents'
  );
}

/** The visual viewport, less a `scrollbar-gutter` the page reserves (Floating UI 1.8's rule). */
function viewportBox(doc: Document): Box {
  const html = doc.documentElement;
  const view = doc.defaultView!.visualViewport;
  const box = view
    ? { x: view.offsetLeft, y: view.offsetTop, width: view.width, height: view.height }
    : { x: 0, y: 0, width: html.clientWidth, height: html.clientHeight };
  const body = doc.body;
  if (body && html.getBoundingClientRect().left + html.scrollLeft <= 0) {
    const bodyCss = getComputedStyle(body);
    const margins =
      doc.compatMode === 'CSS1Compat'
        ? parseFloat(bodyCss.marginLeft) + parseFloat(bodyCss.marginRight) || 0
        : 0;
    const reserved = Math.abs(html.clientWidth - body.clientWidth - margins);
    const gutter = getComputedStyle(html).scrollbarGutter === 'stable both-edges' ? reserved / 2 : reserved;
    if (gutter <= 25) box.width -= gutter;
  }
  return box;
}

/**
 * The overflow ancestors that clip the panel. Floating UI's rule, as it applies to a panel in a
 * shadow root: above the root every overflow ancestor below <body> counts; inside it, only those
 * a fixed box does not escape (containing blocks, and what lies under one that is not fixed).
 */
function clippingBoxes(start: Node, chain: string | undefined): Box[] {
  const boxes: Box[] = [];
  for (let node = start; !isLast(node); node = parentOf(node)) {
    if (!(node instanceof Element)) {
      chain = undefined; // a shadow root: Floating UI stops dropping ancestors here
      continue;
    }
    if (chain !== undefined) {
      const css = getComputedStyle(node);
      const containing = isContainingBlock(css);
      if (!containing && (chain === 'fixed' || (chain === 'absolute' && css.position === 'static'))) continue;
      chain = css.position;
    }
    if (node instanceof HTMLElement && isOverflowElement(node)) {
      const r = node.getBoundingClientRect();
      const scale = scaleOf(node);
      boxes.push({
        x: (r.left / scale.x + node.clientLeft) * scale.x,
        y: (r.top / scale.y + node.clientTop) * scale.y,
        width: node.clientWidth * scale.x,
        height: node.clientHeight * scale.y,
      });
    }
  }
  return boxes;
}

const notNone = (value: string | undefined) => !!value && value !== 'none';

function isContainingBlock(css: CSSStyleDeclaration): boolean {
  return (
    notNone(css.transform) ||
    notNone(css.translate) ||
    notNone(css.scale) ||
    notNone(css.rotate) ||
    notNone(css.perspective) ||
    notNone(css.backdropFilter) ||
    notNone(css.filter) ||
    /transform|translate|scale|rotate|perspective|filter/.test(css.willChange || '') ||
    /paint|layout|strict|content/.test(css.contain || '')
  );
}

function scaleOf(el: HTMLElement): { x: number; y: number } {
  const r = el.getBoundingClientRect();
  const { width, height, rounded } = cssSize(el);
  const x = (rounded ? Math.round(r.width) : r.width) / width;
  const y = (rounded ? Math.round(r.height) : r.height) / height;
  return { x: x && Number.isFinite(x) ? x : 1, y: y && Number.isFinite(y) ? y : 1 };
}

/** The element's CSS size; its offset size where rounding tells them apart (Floating UI's rule). */
function cssSize(el: HTMLElement): { width: number; height: number; rounded: boolean } {
  const css = getComputedStyle(el);
  const width = parseFloat(css.width) || 0;
  const height = parseFloat(css.height) || 0;
  const rounded = Math.round(width) !== el.offsetWidth || Math.round(height) !== el.offsetHeight;
  return rounded ? { width: el.offsetWidth, height: el.offsetHeight, rounded } : { width, height, rounded };
}

/**
 * A panel's frame of reference for one placement. A fixed panel in Backstory's shadow root counts
 * from the viewport: Floating UI looks for a containing block only inside that root, where none is.
 */
export interface PanelFrame {
  clip: Box;
  rtl: boolean;
  /** The panel's size (Floating UI's measure: CSS size, or offset size where they round apart). */
  size(): { width: number; height: number };
}

function intersect(a: Box, b: Box): Box {
  const left = Math.max(a.x, b.x);
  const top = Math.max(a.y, b.y);
  return {
    x: left,
    y: top,
    width: Math.min(a.x + a.width, b.x + b.width) - left,
    height: Math.min(a.y + a.height, b.y + b.height) - top,
  };
}

/**
 * The area an element on the page can be seen in: the visual viewport less every ancestor that
 * clips it (Floating UI's clipping rect for a reference, which its `hide` middleware measures).
 */
export function visibleArea(element: Element): Box {
  const chain = getComputedStyle(element).position;
  const start = chain === 'fixed' ? parentOf(element) : element;
  return [viewportBox(element.ownerDocument), ...clippingBoxes(start, chain)].reduce(intersect);
}

export function panelFrame(panel: HTMLElement): PanelFrame {
  const clip = [viewportBox(panel.ownerDocument), ...clippingBoxes(parentOf(panel), 'fixed')].reduce(
    intersect,
  );
  return {
    clip,
    rtl: getComputedStyle(panel).direction === 'rtl',
    size: () => {
      const { width, height } = cssSize(panel);
      return { width, height };
    },
  };
}
