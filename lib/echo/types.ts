/** What "Seen elsewhere" reports for a page: plain data, crossing from the background to the side panel only. */
import type { QuoteSelectors } from '../anchor/selectors';

/** Longest page text checked (characters); the rest of a longer page is not. */
export const MAX_ECHO_TEXT = 1_000_000;

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
