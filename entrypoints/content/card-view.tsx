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

/**
 * The popover panel's own listeners, added once: Esc from anywhere in the card, and where focus
 * came from when it first enters the card (to go back there on close).
 */
export function wireCardPanel(
  ui: { popover: { element: HTMLElement }; shadow: ShadowRoot; host: HTMLElement },
  card: { open(): { returnTo?: Element | null } | undefined; close(): void },
) {
  const el = ui.popover.element;
  // Keys pressed inside the shadow root never reach the document (WXT isolates them), so Esc
  // is heard here, from anywhere in the card.
  el.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !card.open()) return;
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
