/**
 * Clickjacking resistance for Backstory's injected UI: an action that changes data is refused
 * when the element clicked is covered by something else, or when it (or any ancestor, across
 * the shadow boundary) has been made nearly transparent — a page cannot trick a reader into
 * clicking a button they cannot see.
 */
export const MIN_OPACITY = 0.7;

/** Why a click on `target` cannot be trusted, or undefined when it can. */
export function untrustedClick(
  target: Element,
  event: { clientX: number; clientY: number },
  host: Element,
): string | undefined {
  const doc = host.ownerDocument;
  const view = doc.defaultView;
  if (!view) return 'no window';
  // What the page shows at that point must be Backstory's own host…
  const top = doc.elementFromPoint(event.clientX, event.clientY);
  if (top !== host) return 'something covers Backstory’s button';
  // …and, inside its shadow root, the very element clicked.
  const inner = host.shadowRoot?.elementFromPoint(event.clientX, event.clientY);
  if (inner && inner !== target && !target.contains(inner)) return 'something covers Backstory’s button';
  for (
    let el: Element | null = target;
    el;
    el = el.parentElement ?? (el.getRootNode() as ShadowRoot).host ?? null
  ) {
    const style = view.getComputedStyle(el);
    if (Number(style.opacity) < MIN_OPACITY) return 'Backstory’s button has been made see-through';
    if (style.visibility === 'hidden') return 'Backstory’s button is hidden';
    if (el === doc.documentElement) break;
  }
  return undefined;
}
