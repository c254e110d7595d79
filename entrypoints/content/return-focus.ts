/**
 * Where focus goes when the card (card.tsx) or the claim form (marking.tsx) closes with focus
 * inside it.
 */
import { liveRange } from '@/lib/dom/hit-test';
import type { Mention } from '@/lib/dom/mention';

const focusable = 'a[href], button, input, select, textarea, summary, [tabindex]';

/** What is known of where a card came from. */
export interface FocusOrigin {
  mention: Mention;
  /** Opened by stepping through mentions from the keyboard. */
  byKeyboard: boolean;
  /** What had focus before focus first entered the card. */
  returnTo?: Element | null;
}

/**
 * Puts focus back where a card came from. For a card opened by stepping through mentions, that
 * is the mention: the link or button it sits in, if any. Text cannot take focus without changing
 * the page, so otherwise focus goes back to the element that had it before, and the caret is put
 * at the mention (Firefox carries Tab on from the caret; Chromium only from a focused element).
 */
export function returnFocus(open: FocusOrigin) {
  if (open.byKeyboard && open.mention.block.nodes[0]?.isConnected) {
    const range = liveRange(document, open.mention);
    const holder = range.startContainer.parentElement?.closest<HTMLElement>(focusable);
    if (holder) return holder.focus({ preventScroll: true });
    document.getSelection()?.collapse(range.startContainer, range.startOffset);
  }
  const origin = open.returnTo;
  if ((origin instanceof HTMLElement || origin instanceof SVGElement) && origin.isConnected)
    origin.focus({ preventScroll: true });
}

/** The page's focused element, unless it is the document's body or Backstory's own UI host. */
export function pageFocus(isOwnUi: (el: Element) => boolean): Element | null {
  const active = document.activeElement;
  return active && active !== document.body && !isOwnUi(active) ? active : null;
}

/**
 * Puts focus back on `origin`, the element that had it when the claim form was asked for (the
 * way a dialog gives focus back to what opened it). When that element is gone or can no longer
 * take focus, the passage just marked stands in: focus goes to the link or control holding it,
 * or else the caret is put at its end (caret browsing and Firefox carry on from there) and focus
 * leaves Backstory's frame for the page.
 */
export function restoreFocus(origin: Element | null | undefined, passage: Range) {
  if ((origin instanceof HTMLElement || origin instanceof SVGElement) && origin.isConnected) {
    origin.focus({ preventScroll: true });
    if (document.activeElement === origin) return;
  }
  const holder = passage.startContainer.isConnected
    ? (passage.commonAncestorContainer.nodeType === 1
        ? (passage.commonAncestorContainer as Element)
        : passage.commonAncestorContainer.parentElement
      )?.closest<HTMLElement>(focusable)
    : undefined;
  if (holder) return holder.focus({ preventScroll: true });
  // Focus still in the closing frame would be lost with it (to <body>, with no caret): take it
  // back to the page, and leave the caret after the passage.
  (document.activeElement as HTMLElement | null)?.blur();
  if (passage.endContainer.isConnected)
    document.getSelection()?.collapse(passage.endContainer, passage.endOffset);
}
