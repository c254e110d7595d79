/**
 * Whether a name stands in a Title Case headline or label, where every word is capitalised and
 * so the namesake rule (namesake.ts) cannot read a capitalised neighbour as part of a longer name.
 */
import type { NormalizedText } from './normalize';
import { isWordCode } from './words';

/** Whether the character at `at` is written in capitals. */
export const isUpperAt = (text: NormalizedText, at: number) =>
  at < text.text.length && text.text.charCodeAt(at) !== text.lower.charCodeAt(at);

/** Apostrophes and hyphens: what joins a possessive's or a compound's parts. */
const JOINERS = new Set([0x27, 0x2019, 0x2d]);

const FUNCTION_WORDS = /^(?:a|an|the|of|in|on|at|to|for|and|or|but|with|by|from|as|is|are|was|vs)$/;

/** The middle dot that separates the items of a menu or a list of links. */
const ITEM_SEPARATOR = '\u00b7';

/** Whether the words around `at` are nearly all capitalised: a Title Case headline or label. */
export function titleCaseAround(text: NormalizedText, start: number, end: number): boolean {
  const s = text.text;
  let from = Math.max(0, start - 60);
  let to = Math.min(s.length, end + 60);
  const lineStart = s.lastIndexOf('\n', start - 1);
  if (lineStart >= from) from = lineStart + 1;
  const lineEnd = s.indexOf('\n', end);
  if (lineEnd >= 0 && lineEnd < to) to = lineEnd;
  // A line's first item before a middle dot is a masthead ("GULF LIVE · News · Middle East",
  // "PULSE SOUTH ASIA · DIPLOMACY"), not a headline: it is read alone. (Items after it are menus
  // and sections, which name the state as their subject: "Israel News", "PAKISTAN EDITION".)
  const itemEnd = s.indexOf(ITEM_SEPARATOR, end);
  if (itemEnd >= 0 && itemEnd < to && s.lastIndexOf(ITEM_SEPARATOR, start - 1) < from) to = itemEnd;
  let words = 0;
  // A function word in capitals after the line's first word ("India And Pakistan") is Title Case
  // however short the line.
  let capitalFunctionWord = false;
  for (let k = from; k < to;) {
    if (!isWordCode(s.charCodeAt(k))) {
      k++;
      continue;
    }
    let e = k;
    while (e < to && isWordCode(s.charCodeAt(e))) e++;
    const code = s.charCodeAt(k);
    const digit = code >= 0x30 && code <= 0x39;
    // The second part of a possessive or a compound ("Pakistan's", "E-paper") keeps its case; a
    // quotation mark opening a headline ("'A Win For Pakistan'") joins nothing.
    const joined = k > from + 1 && JOINERS.has(s.charCodeAt(k - 1)) && isWordCode(s.charCodeAt(k - 2));
    if (joined) {
      k = e;
      continue;
    }
    if (!digit && !isUpperAt(text, k)) {
      // One lower-case word that is not a short function word and the text is no headline.
      if (e - k > 4 || !FUNCTION_WORDS.test(text.lower.slice(k, e))) return false;
    } else if (!digit) {
      if (words > 0 && FUNCTION_WORDS.test(text.lower.slice(k, e))) capitalFunctionWord = true;
      words++;
    }
    k = e;
  }
  return words >= 4 || (words === 3 && capitalFunctionWord);
}
