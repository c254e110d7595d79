/** What "Seen elsewhere" reports for a page: plain data, crossing from the background to the side panel only. */
import type { QuoteSelectors } from '../anchor/selectors';

/** Longest page text checked (characters); the rest of a longer page is not. */
export const MAX_ECHO_TEXT = 1_000_000;
/**
 * Characters of page text per message when a page sends a longer text in parts (issue #19: one
 * message of a megabyte costs the page about twice the CPU of sixteen of 64 KB;
 * bench/results/issue-19-messaging.md).
 */
export const REPORT_PART = 65_536;
/** Parts before a report's last message: enough for the longest text that is checked. */
export const MAX_REPORT_PARTS = Math.ceil(MAX_ECHO_TEXT / REPORT_PART);

/** Where a passage was said before: a claim the reader saved, or a knowledge-base quote. */
export type EchoOrigin =
  | {
      kind: 'saved';
      id: string;
      quote: string;
      /** The page it was saved on, its site, title and when it was saved. */
      url: string;
      site: string;
      title: string;
      saved: string;
      /** Opens that page scrolled to the quote. */
      link: string;
      entities: string[];
    }
  | {
      kind: 'kb';
      id: string;
      quote: string;
      source: string;
      start: number;
      end: number;
      outlet: string | null;
      title: string | null;
      published: string | null;
      /** The actors and events the quote is about. */
      about: string[];
    };

/** A passage of the page that repeats something said elsewhere. */
export interface PageEcho {
  /** Stable for the page's text: where the passage is. */
  id: string;
  /** The passage as it stands on the page, with context, to find it again when shown. */
  passage: QuoteSelectors;
  /** Best match first. */
  origins: (EchoOrigin & { similarity: number })[];
}

export interface TabEchoes {
  /** The page's address, as the browser reported it. */
  url: string;
  echoes: PageEcho[];
}
