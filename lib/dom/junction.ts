/**
 * Where two adjacent text nodes of a block meet (block-builder.ts): whether the browser's layout
 * must be asked if something between them separates their words. Asked at every junction of a
 * block's nodes, so on an ordinary article it ran a Unicode RegExp hundreds of times per page in
 * a fresh isolated world (a tenth of the scan's work, issue #19): the characters are looked at
 * one by one here, and the RegExps answer only for characters other than ASCII and common
 * punctuation.
 */

const SPACE = /\s/;
/** The rule (kept as written): a capitalised word, then only white space, at the end of the text. */
const CAPITAL_WORD_END = /(?:^|\s)\p{Lu}[\p{L}\p{M}.'’-]*\s*$/u;
const CAPITAL_START = /^\s*\p{Lu}/u;
/** How far back a capitalised word at the end of the text before a junction is looked for. */
const LOOK_BACK = 40;

const SPACE_CHAR = 0;
const WORD_CHAR = 1;
const OTHER_CHAR = 2;
const UNKNOWN_CHAR = 3;

/**
 * A character as `CAPITAL_WORD_END` sees it: white space, one of `[\p{L}\p{M}.'’-]`, or
 * neither; told from its code for ASCII and the punctuation news text is full of (dashes,
 * quotation marks, the typographic apostrophe, the ellipsis, the no-break space), unknown
 * otherwise.
 */
function kindOf(code: number): number {
  if (code < 0x80) {
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return SPACE_CHAR;
    const letter = (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
    return letter || code === 0x2e || code === 0x27 || code === 0x2d ? WORD_CHAR : OTHER_CHAR;
  }
  if (code === 0xa0) return SPACE_CHAR;
  // General Punctuation up to U+2027: no letter, mark or white space among them but ’.
  if (code >= 0x2010 && code <= 0x2027) return code === 0x2019 ? WORD_CHAR : OTHER_CHAR;
  return UNKNOWN_CHAR;
}

/** Whether a character is white space, as `\s` says: by `kindOf`, else by the RegExp. */
function isSpaceAt(text: string, at: number): boolean {
  const kind = kindOf(text.charCodeAt(at));
  return kind === UNKNOWN_CHAR ? SPACE.test(text[at]!) : kind === SPACE_CHAR;
}

/**
 * Whether `text[from, to)` starts (after any spaces) with a capital letter, ASCII answered
 * without a RegExp.
 */
function startsWithCapital(text: string, from: number, to: number): boolean {
  let at = from;
  while (at < to && isSpaceAt(text, at)) at++;
  if (at === to) return false;
  const code = text.charCodeAt(at);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return CAPITAL_START.test(text.slice(at, Math.min(at + 2, to)));
}

/**
 * `CAPITAL_WORD_END.test(text.slice(from, to).slice(-LOOK_BACK))`, read backwards from `to`:
 * past the trailing white space, then over the word's characters; the word must begin the part
 * read or follow white space, and begin with a capital. A character `kindOf` does not know, met
 * on the way, hands the question to the RegExp.
 */
export function endsWithCapitalWord(text: string, from: number, to: number): boolean {
  const lo = Math.max(from, to - LOOK_BACK);
  let at = to;
  let kind = SPACE_CHAR;
  for (; at > lo; at--) {
    kind = kindOf(text.charCodeAt(at - 1));
    if (kind !== SPACE_CHAR) break;
  }
  const wordEnd = at;
  for (; at > lo; at--) {
    kind = kindOf(text.charCodeAt(at - 1));
    if (kind !== WORD_CHAR) break;
  }
  if (kind === UNKNOWN_CHAR) return CAPITAL_WORD_END.test(text.slice(lo, to));
  if (at === wordEnd) return false;
  // Only where the word begins can `(?:^|\s)` hold: every character inside it is a word character.
  if (at > lo && kind !== SPACE_CHAR) return false;
  const first = text.charCodeAt(at);
  return first >= 0x41 && first <= 0x5a;
}

/**
 * Whether two adjacent text nodes, `text[from, at)` and `text[at, to)`, meet where layout
 * matters: with no space between them ("Ahmed Khan" + "Pakistan has…" would read
 * "KhanPakistan"), or a capitalised word on each side (which would read as one longer name).
 * Most junctions — a link inside a sentence — are neither, so the browser's layout is asked
 * about few of them; and most are told apart by one or two character codes, which matters on a
 * page with tens of thousands of links.
 */
export function sensitiveJunction(text: string, from: number, at: number, to: number): boolean {
  if (at === from || at === to) return false;
  if (!isSpaceAt(text, at - 1) && !isSpaceAt(text, at)) return true;
  return startsWithCapital(text, at, to) && endsWithCapitalWord(text, from, at);
}
