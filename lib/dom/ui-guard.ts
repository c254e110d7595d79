/**
 * Is Backstory's control really on show, right now? Checked at the moment of a click (with the
 * press rules of presses.ts), because a page can cover, fade, mask or hide Backstory's UI and
 * let the reader's click through to a button they cannot see:
 *
 * - what the page shows at the pointer and at the control's centre must be the control itself
 *   (hit-testing: a decoy that takes clicks);
 * - nothing the page opened in the top layer since Backstory's UI was stacked may overlap it,
 *   and no view transition (which draws above the top layer) may be running;
 * - it must not have been shrunk out of sight, and no effect that hides or disguises it may
 *   apply: opacity (all the way up, multiplied), `visibility`, `filter`, masks (`mask-image`,
 *   `-webkit-mask-image`, mask borders), `clip-path`, `mix-blend-mode`, `content-visibility`.
 *   In the top layer the page's ancestors' effects do not apply to Backstory's UI, so the walk
 *   stops at the host; drawn in place, it goes up to `<html>`;
 * - the browser's occlusion tracking (IntersectionObserver v2) must not report it covered: it
 *   sees a decoy laid over it with `pointer-events: none`, which hit-testing cannot.
 */
export const MIN_OPACITY = 0.7;
/** Pixels: the least width and height a control must have on screen. */
const MIN_SIDE = 10;

/** Backstory's UI as the check needs it. */
export interface GuardedUi {
  host: Element;
  shadow: ShadowRoot;
  /** True unless the browser last reported the panel on show, uncovered and opaque. */
  covered(): boolean;
  /** Whether the host is in the top layer. */
  inTopLayer(): boolean;
  /** Whether something the page opened in the top layer since overlaps this box. */
  topLayerAbove(box: DOMRect): boolean;
}

function effectOn(style: CSSStyleDeclaration): string | undefined {
  if (style.visibility !== 'visible') return 'Backstory’s button is hidden';
  if (style.getPropertyValue('content-visibility') === 'hidden') return 'Backstory’s button is hidden';
  if (style.filter !== 'none') return 'the page has put a filter over Backstory’s button';
  // Masks paint nothing where they hide, yet hit-testing and occlusion tracking ignore them.
  for (const property of [
    'mask-image',
    '-webkit-mask-image',
    'mask-border-source',
    '-webkit-mask-box-image-source',
  ]) {
    const value = style.getPropertyValue(property);
    if (value && value !== 'none') return 'the page has masked Backstory’s button';
  }
  if (style.clipPath !== 'none') return 'the page has clipped Backstory’s button';
  if (style.mixBlendMode !== 'normal') return 'the page has blended Backstory’s button into itself';
  return undefined;
}

function activeViewTransition(doc: Document): boolean {
  try {
    return doc.documentElement.matches(':active-view-transition');
  } catch {
    // A browser without view transitions (or that pseudo-class) has none running.
    return false;
  }
}

/** Why `control` (inside Backstory's shadow root) is not plainly on show, or undefined. */
export function hiddenReason(
  control: Element,
  points: [number, number][],
  ui: GuardedUi,
): string | undefined {
  const { host, shadow } = ui;
  const doc = host.ownerDocument;
  const view = doc.defaultView;
  if (!view || !host.isConnected) return 'Backstory’s button is not on the page';
  const box = control.getBoundingClientRect();
  // Backstory's smallest control is larger than this; a page that shrinks one wants it unseen.
  if (box.width < MIN_SIDE || box.height < MIN_SIDE) return 'Backstory’s button has been shrunk out of sight';
  const centre: [number, number] = [box.left + box.width / 2, box.top + box.height / 2];
  for (const [x, y] of [...points, centre]) {
    // What the page shows at that point must be Backstory's own host…
    if (doc.elementFromPoint(x, y) !== host) return 'something covers Backstory’s button';
    // …and, inside its shadow root, the very control.
    const inner = shadow.elementFromPoint(x, y);
    if (!inner || (inner !== control && !control.contains(inner)))
      return 'something covers Backstory’s button';
  }
  if (ui.topLayerAbove(box)) return 'something covers Backstory’s button';
  // A view transition draws pictures of the page above everything, the top layer included,
  // while clicks reach the live page underneath.
  if (activeViewTransition(doc)) return 'the page is drawing over Backstory’s button';
  if (ui.covered()) return 'something covers Backstory’s button';
  const topLayer = ui.inTopLayer();
  let opacity = 1;
  for (
    let el: Element | null = control;
    el;
    el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host as Element | undefined) ?? null
  ) {
    const style = view.getComputedStyle(el);
    opacity *= Number(style.opacity);
    if (opacity < MIN_OPACITY) return 'Backstory’s button has been made see-through';
    const why = effectOn(style);
    if (why) return why;
    // In the top layer, nothing above the host is drawn on Backstory's UI.
    if (el === host && topLayer) break;
    if (el === doc.documentElement) break;
  }
  return undefined;
}
