/**
 * Index and bibliography order, surname first ("Sharif, Nawaz, 37–8"): read by the namesake rules
 * (namesake.ts), since a KB surname there may open another person's entry.
 */
import type { NormalizedText } from './normalize';
import { isUpperAt } from './title-case';

/**
 * Whether a surname opening a line stands before a comma and another given name, an index's or a
 * bibliography's order ("Sharif, Nawaz, 37–8", "Abbas, Mahmoud (2025)"): its bearer's own
 * ("Sharif, Shehbaz") is a longer alias, matched first (from-kb.ts).
 */
export function indexOrderOfOther(text: NormalizedText, start: number, end: number): boolean {
  const s = text.text;
  let k = start;
  while (k > 0 && (s.charCodeAt(k - 1) === 0x20 || s.charCodeAt(k - 1) === 0x09)) k--;
  if (k > 0 && s.charCodeAt(k - 1) !== 0x0a) return false;
  if (s.charCodeAt(end) !== 0x2c || s.charCodeAt(end + 1) !== 0x20 || !isUpperAt(text, end + 2)) return false;
  // The given names end the line or stand before page numbers or a year: not "Trump, Xi meet",
  // "Sharif, Pezeshkian discuss" in a list of headlines.
  return /^(?:\p{Lu}[\p{L}.'-]*\s?){1,4}(?:$|,\s*\d|\()/mu.test(s.slice(end + 2, end + 80));
}
