/**
 * Reading the last words before a point, so a context rule can look them up in a `Set` instead
 * of running an end-anchored alternation (`(?:^|\s)(?:in|at|…)\s+$`). A `Set`, not an
 * alternation: V8 compiles a hot regexp to machine code, once for one-byte and once for two-byte
 * text, and a big alternation costs ~50–140 KB of it per regexp on every news page (issue #19).
 */

/** Whether a UTF-16 code unit is what a regexp's `\s` matches (WhiteSpace and LineTerminator). */
export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * The last words of a text that ends in whitespace, as `\s+$` needs it to: the maximal runs
 * without `\s`, last first, and the whitespace before each ('' before the text's first word).
 */
export interface LastWords {
  words: string[];
  gaps: string[];
}

/** Up to `max` words before the trailing whitespace of `text`, or null when it does not end in `\s`. */
export function lastWords(text: string, max: number): LastWords | null {
  let i = text.length;
  if (i === 0 || !isSpace(text.charCodeAt(i - 1))) return null;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  const words: string[] = [];
  const gaps: string[] = [];
  while (i > 0 && words.length < max) {
    const end = i;
    while (i > 0 && !isSpace(text.charCodeAt(i - 1))) i--;
    words.push(text.slice(i, end));
    const gapEnd = i;
    while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
    gaps.push(text.slice(i, gapEnd));
  }
  return { words, gaps };
}

/**
 * A word folded as a case-insensitive regexp compares it with ASCII letters: A–Z as a–z, and
 * with the `u` flag also 'ſ' as 's' and the Kelvin sign as 'k' (Unicode simple case folding).
 * Without `u`, no other character equals an ASCII letter, so it is left as it is.
 */
export function foldAscii(word: string, unicode: boolean): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) out += String.fromCharCode(c + 32);
    else if (unicode && c === 0x17f) out += 's';
    else if (unicode && c === 0x212a) out += 'k';
    else out += word[i];
  }
  return out;
}

/**
 * Whether the words ending at `words[from]` (last first) spell one of `phrases`: a phrase of
 * several words needs exactly one space (U+0020) between them, as the literal ' ' of a regexp.
 */
export function endsWithPhrase(
  read: LastWords,
  from: number,
  phrases: ReadonlySet<string>,
  maxWords: number,
  unicode: boolean,
): boolean {
  const { words, gaps } = read;
  let phrase = '';
  for (let k = 0; k < maxWords && from + k < words.length; k++) {
    if (k > 0 && gaps[from + k - 1] !== ' ') return false;
    phrase = k === 0 ? foldAscii(words[from]!, unicode) : `${foldAscii(words[from + k]!, unicode)} ${phrase}`;
    if (phrases.has(phrase)) return true;
  }
  return false;
}

/**
 * Whether `text` ends in one of `words` (lower case, ASCII) and whitespace, as `(?:^|\s)(?:a|an|…)\s+$`
 * with the `i` flag (no `u`) would find it.
 */
export function lastWordIn(text: string, words: ReadonlySet<string>): boolean {
  const last = lastWords(text, 1)?.words[0];
  return last !== undefined && words.has(foldAscii(last, false));
}

/** Up to `max` words after `from` (and the whitespace there): the maximal runs without `\s`. */
export function firstWords(text: string, from: number, max: number): string[] {
  const words: string[] = [];
  let i = from;
  while (words.length < max) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i === text.length) break;
    const start = i;
    while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
    words.push(text.slice(start, i));
  }
  return words;
}

/**
 * What a regexp's `\b` counts as a word character: [A-Za-z0-9_], and with the `i` and `u` flags
 * also 'ſ' and the Kelvin sign, which fold to ASCII letters.
 */
export function isWordChar(code: number, unicode: boolean): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 95 ||
    (unicode && (code === 0x17f || code === 0x212a))
  );
}

/**
 * Whether `word` begins with one of `words` (lower case, ending in a letter) and a word boundary,
 * as `^(?:airport|streets?|…)\b` with the `i` flag (or none, when `caseSensitive`) would find it.
 */
export function wordPrefixIn(
  word: string,
  words: ReadonlySet<string>,
  unicode: boolean,
  caseSensitive = false,
): boolean {
  for (let end = 1; end <= word.length; end++) {
    if (end < word.length && isWordChar(word.charCodeAt(end), unicode && !caseSensitive)) continue;
    const prefix = word.slice(0, end);
    if (words.has(caseSensitive ? prefix : foldAscii(prefix, unicode))) return true;
  }
  return false;
}
