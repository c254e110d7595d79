/**
 * Links that scroll straight to a quote, in Backstory or not: a URL text fragment
 * (`#:~:text=[prefix-,]start[,end][,-suffix]`), which Chromium browsers and Safari follow.
 */
import type { TextQuoteSelector } from '../anchor/selectors';

/**
 * Percent-encodes text for a fragment directive, including the characters it uses as syntax.
 * An unpaired surrogate (a page's script can put one in the text; an import file can carry one
 * as `\ud800`) has no UTF-8 form, so `encodeURIComponent` would throw and take a whole CSV or
 * Markdown export down with it: it is written as U+FFFD, the character the browser shows for it.
 */
export function encodeFragmentText(text: string): string {
  // With the `u` flag, \p{Cs} matches only surrogates that are not part of a pair.
  return encodeURIComponent(text.replace(/\p{Cs}/gu, '\uFFFD'))
    .replace(/-/g, '%2D')
    .replace(/,/g, '%2C')
    .replace(/&/g, '%26');
}

const words = (text: string) => text.trim().split(/\s+/).filter(Boolean);

/** `url` with a text fragment that highlights the quote. */
export function textFragmentUrl(
  url: string,
  quote: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>,
): string {
  const exact = words(quote.exact);
  if (exact.length === 0) return url;
  const parts: string[] = [];
  const prefix = words(quote.prefix).slice(-3).join(' ');
  // A context word cut in half would not match: use context only when it ends at a space.
  if (prefix && /\s$/.test(quote.prefix)) parts.push(`${encodeFragmentText(prefix)}-`);
  if (exact.length <= 10) parts.push(encodeFragmentText(exact.join(' ')));
  else
    parts.push(
      encodeFragmentText(exact.slice(0, 5).join(' ')),
      encodeFragmentText(exact.slice(-5).join(' ')),
    );
  const suffix = words(quote.suffix).slice(0, 3).join(' ');
  if (suffix && /^\s/.test(quote.suffix)) parts.push(`-${encodeFragmentText(suffix)}`);
  const base = url.split('#')[0]!;
  return `${base}#:~:text=${parts.join(',')}`;
}
