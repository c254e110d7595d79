/**
 * A file's (or page's) own words, made safe to quote in a sentence Backstory shows the reader.
 * Characters that draw nothing or reorder what follows — controls, bidi overrides and isolates
 * (U+202E), zero-width characters, line and paragraph separators — are shown as their code
 * (`<U+202E>`), so a value can neither turn the rest of the sentence around nor hide a
 * difference between two names; the result is cut to `max` characters with an ellipsis.
 */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

const code = (char: string) => `<U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`;

export function visibleText(text: string, max: number): string {
  // Codes only lengthen the text: what lies past `max` never shows, so it is never scanned (a
  // file's key may be megabytes long).
  const shown = (text.length > max ? text.slice(0, max + 1) : text).replace(HIDDEN, code);
  if (shown.length <= max) return shown;
  // Never inside a surrogate pair.
  return `${shown.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '')}…`;
}

/** A value in straight double quotes (its own quotes escaped), so it cannot close them itself. */
export function quotedText(value: unknown, max: number): string {
  return visibleText(JSON.stringify(value) ?? String(value), max);
}
