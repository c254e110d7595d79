/**
 * "Seen elsewhere" on the page's side: the top frame sends its text to the background, and
 * shows a passage when the reader asks for it from the side panel. Nothing here learns which
 * passages were seen elsewhere: the background keeps that for the side panel and the badge,
 * so no script on the page can read it (from the highlight registry, the DOM, the timeline
 * or the layout) before the reader clicks Show.
 */
import { blockBreaks } from '@/lib/anchor/page-blocks';
import { anchorQuote } from '@/lib/anchor/match-quote';
import { rangeFor, readPageText } from '@/lib/anchor/page-text';
import type { QuoteSelectors } from '@/lib/anchor/selectors';
import { canonicalUrl } from '@/lib/claims/page-meta';
import { scrollAndFlash } from '@/lib/dom/flash';
import type { Highlighter } from '@/lib/dom/highlighter';
import { blankHidden, styleHiddenTest } from '@/lib/dom/style-hidden';
import { MAX_ECHO_TEXT } from '@/lib/echo/types';
import { askBackground } from '@/lib/messaging/client';

/** Sends the top frame's text (with its block seams) to the background; false in a sub-frame. */
export async function reportPage(isOwnUi: (el: Element) => boolean): Promise<boolean> {
  if (window !== window.top) return false;
  const page = readPageText(document, isOwnUi);
  // Text the page hides is not compared: a page must not have a passage listed that no one sees.
  const text = blankHidden(page.nodes, styleHiddenTest(window)).slice(0, MAX_ECHO_TEXT);
  const breaks = blockBreaks(page).filter((b) => b < text.length);
  const canonical = canonicalUrl(document, location.href);
  const result = await askBackground('reportPage', { text, breaks, canonical });
  return result.ok;
}

/**
 * A passage shown from "Seen elsewhere" stays lit longer than a flash: the reader's eyes come
 * from the side panel, after the page has scrolled.
 */
const PASSAGE_FLASH_MS = 4000;

/**
 * Scrolls to a passage and flashes it, found again in the page's current text. Only on the origin
 * it was found on: a side panel that has not caught up with a tab gone to another site would
 * otherwise hand that site the words of the last one, and a fuzzy search over its own text would
 * tell it whether they match.
 */
export function revealPassage(
  passage: { page: string; exact: string; prefix: string; suffix: string; start: number; end: number },
  isOwnUi: (el: Element) => boolean,
  highlighter: Highlighter,
  /** The content script context's. */
  signal: AbortSignal,
): boolean {
  if (originOf(passage.page) !== location.origin) return false;
  const page = readPageText(document, isOwnUi);
  const selectors: QuoteSelectors = {
    quote: {
      type: 'TextQuoteSelector',
      exact: passage.exact,
      prefix: passage.prefix,
      suffix: passage.suffix,
    },
    position: { type: 'TextPositionSelector', start: passage.start, end: passage.end },
  };
  const anchor = anchorQuote(page.text, selectors);
  const range = anchor ? rangeFor(page, anchor.start, anchor.end) : undefined;
  if (!range) return false;
  scrollAndFlash(highlighter, range, signal, PASSAGE_FLASH_MS);
  return true;
}

function originOf(address: string): string | undefined {
  try {
    return new URL(address).origin;
  } catch {
    return undefined;
  }
}
