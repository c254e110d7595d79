/**
 * Keeps a panel next to its anchor (Floating UI's `autoUpdate`, with its defaults, which Backstory
 * used): places it now and again whenever a scrolling ancestor of either scrolls or the window
 * resizes, either changes size, or the anchor's element moves without scrolling (a layout shift,
 * seen by an IntersectionObserver fitted to its box).
 */
import { isOverflowElement, parentOf, type PanelAnchor } from './panel-dom';

/** The scrolling ancestors of a node up to the window (Floating UI's `getOverflowAncestors`). */
function scrollingAncestors(node: Node): (Element | Window | VisualViewport)[] {
  const found: (Element | Window | VisualViewport)[] = [];
  for (let parent = parentOf(node); ; parent = parentOf(parent)) {
    if (/^(HTML|BODY|#document)$/i.test(parent.nodeName)) {
      const doc = node.ownerDocument ?? (node as Document);
      const win = doc.defaultView!;
      found.push(win, ...(win.visualViewport ? [win.visualViewport] : []));
      if (doc.body && isOverflowElement(doc.body)) found.push(doc.body);
      // Floating UI also follows a same-origin parent frame; positions inside a frame do not
      // change when the parent scrolls, so that only placed the panel again where it was.
      return found;
    }
    if (parent instanceof HTMLElement && isOverflowElement(parent)) found.push(parent);
  }
}

const sameBox = (a: DOMRect, b: DOMRect) =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/** Calls `onMove` when the element moves on screen without a scroll (Floating UI's `observeMove`). */
function observeMove(element: Element, onMove: () => void): () => void {
  const root = element.ownerDocument.documentElement;
  let observer: IntersectionObserver | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cleanup = () => {
    clearTimeout(timer);
    observer?.disconnect();
    observer = undefined;
  };
  const refresh = (skip = false, threshold = 1) => {
    cleanup();
    const box = element.getBoundingClientRect();
    if (!skip) onMove();
    if (!box.width || !box.height) return;
    // A root margin that shrinks the root to the element's box: any move changes the ratio.
    const rootMargin = [
      -Math.floor(box.top),
      -Math.floor(root.clientWidth - (box.left + box.width)),
      -Math.floor(root.clientHeight - (box.top + box.height)),
      -Math.floor(box.left),
    ]
      .map((n) => `${n}px`)
      .join(' ');
    let first = true;
    const seen = (entries: IntersectionObserverEntry[]) => {
      const ratio = entries[0]!.intersectionRatio;
      if (!sameBox(box, element.getBoundingClientRect())) return refresh();
      if (ratio !== threshold) {
        if (!first) return refresh();
        // Clipped in place (ratio 0): look again in a second rather than loop.
        if (!ratio) timer = setTimeout(() => refresh(false, 1e-7), 1000);
        else refresh(false, ratio);
      }
      first = false;
    };
    const options = { rootMargin, threshold: Math.max(0, Math.min(1, threshold)) || 1 };
    try {
      observer = new IntersectionObserver(seen, { ...options, root: root.ownerDocument });
    } catch {
      observer = new IntersectionObserver(seen, options);
    }
    observer.observe(element);
  };
  const win = element.ownerDocument.defaultView!;
  // The window's resize already places the panel (below); this only refits the observer.
  const onResize = () => refresh(true);
  win.addEventListener('resize', onResize);
  refresh(true);
  return () => {
    win.removeEventListener('resize', onResize);
    cleanup();
  };
}

/** Calls `update` now and whenever the panel may have to move; returns the function that stops it. */
export function followAnchor(anchor: PanelAnchor, panel: HTMLElement, update: () => void): () => void {
  const element = anchor.contextElement;
  const ancestors = [...(element ? scrollingAncestors(element) : []), ...scrollingAncestors(panel)];
  for (const ancestor of ancestors) {
    ancestor.addEventListener('scroll', update);
    ancestor.addEventListener('resize', update);
  }
  const stopMoves =
    element && typeof IntersectionObserver === 'function' ? observeMove(element, update) : undefined;
  let frame = -1;
  let resizes: ResizeObserver | undefined;
  if (typeof ResizeObserver === 'function') {
    resizes = new ResizeObserver(([entry]) => {
      if (entry && entry.target === element && resizes) {
        // The panel's own resize (its max-height) would loop back here: look away for a frame.
        resizes.unobserve(panel);
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => resizes?.observe(panel));
      }
      update();
    });
    if (element) resizes.observe(element);
    resizes.observe(panel);
  }
  update();
  return () => {
    for (const ancestor of ancestors) {
      ancestor.removeEventListener('scroll', update);
      ancestor.removeEventListener('resize', update);
    }
    stopMoves?.();
    resizes?.disconnect();
    resizes = undefined;
  };
}
