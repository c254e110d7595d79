/**
 * A file's (or page's) own words, made safe to quote in a sentence Backstory shows the reader.
 * Characters that draw nothing or reorder what follows — controls, bidi overrides and isolates
 * (U+202E), zero-width characters, line and paragraph separators — are shown as their code
 * (`<U+202E>`), so a value can neither turn the rest of the sentence around nor hide a
 * difference between two names; the result is cut to `max` characters with an ellipsis, never
 * inside a code or a surrogate pair.
 */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/** Zero-width non-joiner and joiner: part of how Persian, Urdu, Hindi and emoji are written. */
const JOINERS = new Set(['\u200C', '\u200D']);
/** What a joiner may follow inside a word or an emoji (a virama is a mark; a skin tone a modifier). */
const JOINS_AFTER = /^[\p{L}\p{M}\p{Extended_Pictographic}\p{Emoji_Modifier}]$/u;
/** What a joiner may precede. */
const JOINS_BEFORE = /^[\p{L}\p{Extended_Pictographic}]$/u;

const code = (char: string) => `<U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`;

/** One character as shown: itself, or its code when it draws nothing (a joiner between letters draws them joined). */
function shown(char: string, before = '', after = ''): string {
  if (!HIDDEN.test(char)) return char;
  if (JOINERS.has(char) && JOINS_AFTER.test(before) && JOINS_BEFORE.test(after)) return char;
  return code(char);
}

export function visibleText(text: string, max: number): string {
  // Codes only lengthen the text: what lies past `max` never shows, so it is never scanned (a
  // file's key may be megabytes long); one character more says whether a joiner at the edge joins.
  const head = text.length > max + 1 ? text.slice(0, max + 2) : text;
  const chars = [...head];
  const pieces = chars.map((char, i) => shown(char, chars[i - 1], chars[i + 1]));
  const whole = pieces.join('');
  if (whole.length <= max && head === text) return whole;
  // Whole characters and whole codes only, then the ellipsis.
  let cut = '';
  for (const piece of pieces) {
    if (cut.length + piece.length > max - 1) break;
    cut += piece;
  }
  return `${cut}…`;
}

/** A value in straight double quotes (its own quotes escaped), so it cannot close them itself. */
export function quotedText(value: unknown, max: number): string {
  return visibleText(JSON.stringify(value) ?? String(value), max);
}
