/**
 * Where focus goes when the card closes with focus inside it (card.tsx).
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
