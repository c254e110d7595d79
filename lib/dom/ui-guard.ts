/**
 * Clickjacking resistance for Backstory's injected UI: an action that changes data is refused
 * when it was not a real user action, when the element clicked is covered by something else, or
 * when it (or any ancestor, across the shadow boundary) has been made nearly transparent — a
 * page cannot trick a reader into clicking a button they cannot see.
 */
export const MIN_OPACITY = 0.7;

interface Activation {
  isTrusted: boolean;
  clientX: number;
  clientY: number;
  /** 0 for a click made with the keyboard (Enter or Space on a focused button). */
  detail: number;
}

/** Where to check that the button is on top: where the pointer was, and the button's centre. */
function pointsToCheck(target: Element, event: Activation): [number, number][] {
  const box = target.getBoundingClientRect();
  const centre: [number, number] = [box.left + box.width / 2, box.top + box.height / 2];
  const byPointer =
    event.detail > 0 &&
    event.clientX >= box.left &&
    event.clientX <= box.right &&
    event.clientY >= box.top &&
    event.clientY <= box.bottom;
  return byPointer ? [[event.clientX, event.clientY], centre] : [centre];
}

/** Where the click happened: Backstory's host, its closed shadow root, and the panel clicked in. */
export interface GuardedUi {
  host: Element;
  shadow: ShadowRoot;
  /** The browser's occlusion report for the panel (see Panel.covered in page-ui.tsx). */
  covered(): boolean;
}

/** Why a click on `target` in Backstory's UI cannot be trusted, or undefined when it can. */
export function untrustedClick(target: Element, event: Activation, ui: GuardedUi): string | undefined {
  const { host, shadow } = ui;
  // A page can call `click()` on anything it can reach; only the reader's own clicks count.
  if (!event.isTrusted) return 'that click did not come from you';
  // A decoy drawn over the button with `pointer-events: none` passes every hit test below; the
  // browser's occlusion tracking still sees it (it also sees filters and transforms).
  if (ui.covered()) return 'something covers Backstory’s button';
  const doc = host.ownerDocument;
  const view = doc.defaultView;
  if (!view) return 'no window';
  for (const [x, y] of pointsToCheck(target, event)) {
    // What the page shows at that point must be Backstory's own host…
    if (doc.elementFromPoint(x, y) !== host) return 'something covers Backstory’s button';
    // …and, inside its shadow root, the very element clicked.
    const inner = shadow.elementFromPoint(x, y);
    if (inner && inner !== target && !target.contains(inner)) return 'something covers Backstory’s button';
  }
  for (
    let el: Element | null = target;
    el;
    el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host as Element | undefined) ?? null
  ) {
    const style = view.getComputedStyle(el);
    if (Number(style.opacity) < MIN_OPACITY) return 'Backstory’s button has been made see-through';
    if (style.visibility === 'hidden') return 'Backstory’s button is hidden';
    if (el === doc.documentElement) break;
  }
  return undefined;
}
