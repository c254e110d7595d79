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
 * Scripts written with zero-width joiners and non-joiners between their letters (Arabic, so
 * Persian and Urdu; Syriac, N'Ko, Mongolian; the Indic scripts, after a virama too).
 */
const JOINING = String.raw`\p{scx=Arab}\p{scx=Syrc}\p{scx=Nkoo}\p{scx=Mong}\p{scx=Deva}\p{scx=Beng}\p{scx=Guru}\p{scx=Gujr}\p{scx=Orya}\p{scx=Taml}\p{scx=Telu}\p{scx=Knda}\p{scx=Mlym}\p{scx=Sinh}`;

/**
 * The same, but a zero-width non-joiner or joiner between two characters of those scripts (a
 * letter, or a virama or other mark, then a letter), or a joiner inside an emoji sequence, is no code: words and emoji need them.
 * Elsewhere (between Latin letters: "Ali\u200Cce") one joins nothing and would hide a difference.
 */
const HIDDEN_IN_WORDS = new RegExp(
  String.raw`(?!(?:[\u200C\u200D](?<=[${JOINING}].)(?=[${JOINING}])|\u200D(?<=[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F].)(?=\p{Extended_Pictographic})))[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]`,
  'gu',
);

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

/** Bidi marks, embeddings, overrides and isolates. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * A page's quote set inside a sentence: cut to `max` characters (never inside a surrogate pair)
 * and isolated (first-strong isolate … pop), so its direction stays inside. Its own bidi
 * controls are shown as codes, as a pop among them would close the isolate early; the rest is
 * kept as written (Urdu and Persian quotes need their zero-width joiners).
 */
export function isolatedQuote(text: string, max: number): string {
  const chars = [...text.trim()];
  const cut = chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
  return `\u2068${cut.replace(BIDI, code)}\u2069`;
}
