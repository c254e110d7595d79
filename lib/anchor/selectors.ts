/**
 * W3C Web Annotation selectors for a passage of page text: a TextQuoteSelector (the exact
 * words with 32 characters of context either side) and a TextPositionSelector (offsets into
 * the page text). The zod schemas for them live with the saved-claim schema
 * (`lib/claims/schema.ts`), so the content script does not carry them.
 */
export const CONTEXT_LENGTH = 32;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface QuoteSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** Describes `text.slice(start, end)` so it can be found again later, even after edits. */
export function describeQuote(text: string, start: number, end: number): QuoteSelectors {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
