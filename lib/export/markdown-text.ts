/**
 * Text and tags for Markdown note apps (CommonMark, GitHub-flavoured Markdown, Obsidian,
 * Logseq). Prose is escaped only where it would otherwise become markup, so a note reads as
 * the page wrote it ("Abraham Accords 2.0", not "Abraham Accords 2\.0"), and nothing taken from
 * a page can become HTML, a link, a heading, a list, emphasis, a tag, math or a wiki link.
 */

/** ASCII punctuation: the characters CommonMark lets a backslash escape. */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

const alnum = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Inline constructs, anywhere on a line. */
function escapeInline(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const prev = text[i - 1];
    const next = text[i + 1];
    let escape = false;
    switch (c) {
      case '\\':
        // A backslash only escapes punctuation; elsewhere it shows as itself.
        escape = next === undefined || ASCII_PUNCTUATION.test(next);
        break;
      case '`': // code
      case '*': // emphasis, lists, thematic breaks
      case '[': // links, images, footnotes, wiki links, task items
      case ']':
      case '<': // raw HTML and autolinks
      case '~': // GFM strikethrough (a single tilde counts)
      case '$': // Obsidian and Logseq math
        escape = true;
        break;
      case '_': // emphasis, except inside a word (snake_case is never emphasis)
        escape = !(alnum(prev) && alnum(next));
        break;
      case '&': // a character reference such as &lt; would show as another character
        escape = /^&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/.test(text.slice(i));
        break;
      case '#': // an Obsidian or Logseq tag (#word) after a space or at the start of a line
        escape = (prev === undefined || /\s/.test(prev)) && next !== undefined && /[^\s#]/.test(next);
        break;
      case '=': // Obsidian highlight (==text==)
      case '%': // Obsidian comment (%%text%%)
      case ':': // Logseq property (key:: value)
        escape = next === c;
        break;
      case '@': // GFM email autolink (name@host.tld): after any character a local part may end with
        escape = prev !== undefined && /[\p{L}\p{N}._+-]/u.test(prev);
        break;
    }
    out += escape ? `\\${c}` : c;
  }
  // GFM autolinks bare addresses: break the scheme or the "www." so they stay text.
  return out
    .replace(/\b(https?|ftp|mailto|xmpp)(:)/gi, '$1\\$2')
    .replace(/\b(www)(\.)(?=[\p{L}\p{N}])/giu, '$1\\$2');
}

/** Constructs that only count at the start of a line (after a blockquote's `> `). */
function escapeLineStart(line: string): string {
  // Headings (a lone # or # followed by a space), blockquotes, list items, thematic breaks
  // and setext underlines all begin with one of these.
  if (/^(?:#{1,6}(?:\s|$)|>|[-+](?:\s|$)|-{2,}|={2,}|\+)/.test(line)) return `\\${line}`;
  // Ordered list items: "1. text" or "1) text".
  const ordered = /^(\d{1,9})([.)])(\s|$)/.exec(line);
  if (ordered) return `${ordered[1]}\\${line.slice(ordered[1]!.length)}`;
  return line;
}

/**
 * One line of prose that Markdown shows exactly as written (line breaks become spaces: a quote
 * or note paragraph is one line of the note).
 */
export function escapeMarkdown(text: string): string {
  const line = text.replace(/\r\n?|\n/g, ' ').trim();
  return escapeLineStart(escapeInline(line));
}

/**
 * A tag as Obsidian and Logseq read it after `#`: spaces and dashes of any kind (en, em, minus…)
 * become one `-`, so "US–Pakistan" stays two words, and only letters, digits, `_`, `-` and `/`
 * (nesting) remain. Obsidian wants at least one character that is not a
 * digit; a tag that has none, or nothing left at all, is undefined (it stays in the front
 * matter's list as written).
 */
export function noteTag(tag: string): string | undefined {
  const cleaned = tag
    .normalize('NFC')
    .trim()
    .replace(/^#+/, '')
    // \p{Pd} is every dash punctuation; U+2212 (minus sign) is a maths symbol that reads as one.
    .replace(/[\s\p{Pd}\u2212]+/gu, '-')
    .replace(/[^\p{L}\p{M}\p{N}_\-/]/gu, '')
    .replace(/\/{2,}/g, '/')
    .replace(/^[/-]+|\/+$/g, '');
  return cleaned && !/^[\p{N}_\-/]*$/u.test(cleaned) ? cleaned : undefined;
}

/** A YAML scalar: JSON strings are valid YAML double-quoted strings; plain dates stay dates. */
export function yamlScalar(value: string | number): string {
  if (typeof value === 'number') return String(value);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : JSON.stringify(value);
}

/** A YAML block list, or `[]` when empty. */
export function yamlList(key: string, values: readonly string[]): string[] {
  return values.length === 0 ? [`${key}: []`] : [`${key}:`, ...values.map((v) => `  - ${yamlScalar(v)}`)];
}
