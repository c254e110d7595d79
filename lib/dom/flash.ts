/**
 * Showing the reader a place on the page they asked for (a mention from the side panel or the
 * keyboard, a saved claim, a passage seen elsewhere): its text is scrolled to the middle of the
 * viewport and lit for a moment in the flash highlight, alone.
 */
import type { Highlighter } from './highlighter';
import { timeoutWithin } from './schedule';

/** How long a flash stays lit. */
export const FLASH_MS = 1600;

export function scrollAndFlash(
  highlighter: Highlighter,
  range: StaticRange,
  /** The content script context's: nothing is left to run after the context ends. */
  signal: AbortSignal,
  ms = FLASH_MS,
) {
  // At once rather than smoothly (as a page's `scroll-behavior: smooth` would have it): a smooth
  // scroll down a long page can still be moving when the flash goes out.
  range.startContainer.parentElement?.scrollIntoView({
    block: 'center',
    behavior: 'instant' as ScrollBehavior,
  });
  const { flash } = highlighter;
  flash.clear();
  flash.add(range);
  // The page may have taken the highlights out of `CSS.highlights` since the last check.
  highlighter.register();
  timeoutWithin(signal, () => flash.delete(range), ms);
}
