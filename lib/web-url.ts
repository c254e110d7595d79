/**
 * The one rule for addresses Backstory keeps and may one day link to — a claim's page, a
 * knowledge-base source: http(s) only, written as a browser writes them.
 */
import { z } from 'zod';
import { MAX_URL_LENGTH } from './claims/constants';

/** Only http(s) URLs: anything else (javascript:, data:) is never stored as an address. */
export const webUrlSchema = z
  .string()
  .max(MAX_URL_LENGTH)
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an http(s) URL')
  // The URL parser silently drops tabs and line breaks (and trims spaces), so
  // "https://a.example/\n[x](javascript:…)" passes the check above while the stored string
  // carries a second line that a Markdown export would render as a live javascript: link.
  // Addresses a browser reports never contain raw whitespace or control characters.
  .refine(
    (value) => !/[\s\p{Cc}]/u.test(value),
    'must not contain spaces, line breaks or control characters',
  );
