/**
 * A file's (or page's) own words, made safe to quote in a sentence Backstory shows the reader.
 * Characters that draw nothing or reorder what follows — controls, bidi overrides and isolates
 * (U+202E), zero-width characters, line and paragraph separators — are shown as their code
 * (`<U+202E>`), so a value can neither turn the rest of the sentence around nor hide a
 * difference between two names; the result is cut to `max` characters with an ellipsis, never
 * inside a code or a surrogate pair.
 */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/**
 * The same, but a zero-width non-joiner or joiner between letters (after a virama, a mark) or
 * inside an emoji is no code: Persian, Urdu, Hindi and emoji are written with them.
 */
const HIDDEN_IN_WORDS =
  /(?![\u200C\u200D](?<=[\p{L}\p{M}\p{Extended_Pictographic}\p{Emoji_Modifier}].)(?=[\p{L}\p{Extended_Pictographic}]))[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

const code = (char: string) => `<U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`;

function shown(text: string, max: number, hidden: RegExp): string {
  // Codes only lengthen the text: what lies past `max` never shows, so it is never scanned (a
  // file's key may be megabytes long); one character more says whether a joiner at the edge joins.
  const out = text.slice(0, max + 2).replace(hidden, code);
  if (out.length <= max) return out;
  // Not inside a surrogate pair, nor a code (what is left of one at the end is dropped).
  return `${out.slice(0, max - 1).replace(/[\uD800-\uDBFF]$|<(U(\+[0-9A-F]*)?)?$/, '')}…`;
}

/** `text` with every invisible or reordering character as its code, cut to `max` (messages, keys). */
export function visibleText(text: string, max: number): string {
  return shown(text, max, HIDDEN);
}

/** `text` as `visibleText` shows it, but with the joiners words and emoji need kept (problem lines, names). */
export function visibleWords(text: string, max: number): string {
  return shown(text, max, HIDDEN_IN_WORDS);
}

/** A value in straight double quotes (its own quotes escaped), so it cannot close them itself. */
export function quotedText(value: unknown, max: number): string {
  return visibleWords(JSON.stringify(value) ?? String(value), max);
}
