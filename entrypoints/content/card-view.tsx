/**
 * Pieces of the card's view that are not the card itself (components/Popover.tsx): where it is
 * anchored, and its compare line.
 */
import type { PanelAnchor } from '@/lib/dom/panel-dom';
import { liveRange } from '@/lib/dom/hit-test';
import type { Mention } from '@/lib/dom/mention';

/** The card's anchor: the mention's text, measured afresh whenever the panel is placed. */
export function mentionAnchor(mention: Mention): PanelAnchor {
  return {
    getBoundingClientRect: () => liveRange(document, mention).getBoundingClientRect(),
    getClientRects: () => liveRange(document, mention).getClientRects(),
    contextElement: mention.range.startContainer.parentElement ?? undefined,
  };
}

/**
 * "Compare your claims about …". How many claims the reader keeps about the entity must not
 * reach the page, which can measure the card's box (the host answers `elementFromPoint` there),
 * search its text (`window.find`) and read what the reader selects in it. So the line is always
 * there, on one line, with the same text; the count is generated content (popover.css), which is
 * neither searched nor selected, but is read out by screen readers.
 */
export function CompareLine(props: {
  label: string;
  /** Undefined until the count comes (the card never waits for it: card.tsx). */
  marked: number | undefined;
  onClick: (event: MouseEvent) => void;
}) {
  // Short, so that the count's slot (popover.css) leaves the name its line at 400 px.
  const count =
    props.marked === undefined
      ? '…'
      : props.marked > 99
        ? 'over 99'
        : props.marked > 0
          ? `${props.marked} marked`
          : 'none yet';
  return (
    <button type="button" class="bs-action" data-count={count} onClick={props.onClick}>
      <span>Compare your claims about {props.label}</span>
    </button>
  );
}

const TAB_STOPS = 'a[href], button, input, select, textarea, summary, [tabindex]';

/**
 * Whether a Tab would take focus out of the card: Tab on its last control, Shift+Tab on its
 * first. The card then closes as Esc closes it, focus going back to the mention. Both ways: the
 * card stands just after its mention in the reader's path, so leaving it forwards carries on
 * from the mention, and leaving it backwards is a step back to the mention. A card left open
 * behind focus, with nothing of it in reach, is what Esc is for; the reader needs it to do the
 * same when they simply go on (GitHub's hovercards and the ARIA disclosure pattern close so).
 */
function leavesCard(panel: HTMLElement, event: KeyboardEvent): boolean {
  // Only the reader's own keys: a made-up Tab must not move the page's caret.
  if (!event.isTrusted || event.altKey || event.ctrlKey || event.metaKey) return false;
  const stops = [...panel.querySelectorAll<HTMLElement>(TAB_STOPS)].filter(
    (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0,
  );
  const from = event.composedPath()[0];
  // From the card itself (focus put on it as it opened), Tab goes in, Shift+Tab goes out.
  if (from === panel) return event.shiftKey || stops.length === 0;
  return from === (event.shiftKey ? stops[0] : stops[stops.length - 1]);
}

/**
 * The popover panel's own listeners, added once: Esc from anywhere in the card, Tab out of it at
 * either end, and where focus came from when it first enters the card (to go back there on close).
 */
export function wireCardPanel(
  ui: { popover: { element: HTMLElement }; shadow: ShadowRoot; host: HTMLElement },
  card: { open(): { returnTo?: Element | null } | undefined; close(): void },
) {
  const el = ui.popover.element;
  // Keys pressed inside the shadow root never reach the document (WXT isolates them), so Esc
  // is heard here, from anywhere in the card.
  el.addEventListener('keydown', (event) => {
    if (!card.open()) return;
    if (event.key === 'Tab' && leavesCard(el, event)) event.preventDefault();
    else if (event.key !== 'Escape') return;
    event.stopPropagation();
    card.close();
  });
  el.addEventListener('focusin', (event) => {
    const open = card.open();
    if (!open || open.returnTo !== undefined) return;
    const from = event.relatedTarget as Element | null;
    open.returnTo = from && !ui.shadow.contains(from) && from !== ui.host ? from : null;
  });
}
