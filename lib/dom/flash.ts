/**
 * Showing the reader a place on the page they asked for (a mention from the side panel or the
 * keyboard, a saved claim, a passage seen elsewhere): its text is scrolled to the middle of the
 * viewport and lit for a moment in the flash highlight, alone.
 */
import type { Highlighter } from './highlighter';

/** How long a flash stays lit. */
export const FLASH_MS = 1600;

/** Schedules a callback (the content script context's `setTimeout`, so it dies with the context). */
export type SetTimer = (callback: () => void, ms: number) => unknown;

export function scrollAndFlash(
  highlighter: Highlighter,
  range: StaticRange,
  setTimer: SetTimer,
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
  setTimer(() => flash.delete(range), ms);
}
