/**
 * Spelling variants of transliterated names, made from each alias by a few general rules
 * instead of listing every combination: "Sharm el-Sheikh" also as "Sharm al-Shaikh", "Munir" as
 * "Muneer", "Mousavi" as "Musavi", "Massoud" as "Masoud", "Shehbaz" as "Shahbaz". Each rule
 * swaps one spelling habit of English transliteration from Arabic, Persian and Urdu; one more
 * swaps British and American -ise/-ize endings ("Gaza stabilisation force").
 */

type Rule = [RegExp, string];

/** Rules for any word of a name. */
const WORD_RULES: Rule[] = [
  [/\b(el|al)(?=[- ])/gi, ''], // the Arabic article: el/al (filled in below)
  [/sh(?:ei|ai|ay)kh?/gi, ''], // sheikh/shaikh/shaykh/sheik
];
const ARTICLES = ['el', 'al'];
/** British and American spellings of -ise/-isation words ("stabilisation", "stabilization"). */
const ISE_IZE: Rule[] = [
  [/(?<=[a-z]{4})is(?=(?:ation|ations|e|es|ed|ing)\b)/gi, 'iz'],
  [/(?<=[a-z]{4})iz(?=(?:ation|ations|e|es|ed|ing)\b)/gi, 'is'],
];
const SHEIKHS = ['sheikh', 'shaikh', 'shaykh', 'sheik'];

/** Vowel and consonant habits, for personal names only (places keep their usual spellings). */
const NAME_RULES: Rule[] = [
  [/(?<=[^aeiou\s])ee(?=[^aeiou\s])/gi, 'i'],
  [/(?<=[bcdfghjklmnpqrstvwxz])i(?=[bcdfghjklmnpqrstvwxz][aeiou]?\b)/gi, 'ee'],
  [/ou/gi, 'u'],
  [/ou/gi, 'oo'],
  [/([bdfgklmnprstz])\1/gi, '$1'],
  [/(?<=sh)e(?=h)/gi, 'a'],
  [/(?<=sh)a(?=h)/gi, 'e'],
  [/ian\b/gi, 'iyan'],
  [/(?<=[bcdfghjklmnpqrstvwxz])ar\b/gi, 'er'],
];

const MAX_VARIANTS = 8;

function keepCase(template: string, replacement: string): string {
  return template[0] === template[0]!.toUpperCase()
    ? replacement[0]!.toUpperCase() + replacement.slice(1)
    : replacement;
}

/** `text` with one occurrence of `pattern` at a time replaced by `to` (a string or a function). */
function eachOccurrence(text: string, pattern: RegExp, to: (m: RegExpExecArray) => string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(pattern))
    out.push(text.slice(0, m.index) + to(m) + text.slice(m.index + m[0].length));
  return out;
}

/** Every spelling of `text` one rule away. */
function oneStep(text: string, person: boolean): string[] {
  const out: string[] = [];
  for (const article of ARTICLES)
    out.push(...eachOccurrence(text, WORD_RULES[0]![0], (m) => keepCase(m[0], article)));
  for (const sheikh of SHEIKHS)
    out.push(...eachOccurrence(text, WORD_RULES[1]![0], (m) => keepCase(m[0], sheikh)));
  if (!person)
    for (const [pattern, to] of ISE_IZE)
      out.push(...eachOccurrence(text, pattern, (m) => keepCase(m[0], to)));
  if (person)
    for (const [pattern, to] of NAME_RULES)
      out.push(...eachOccurrence(text, pattern, (m) => to.replace('$1', m[1] ?? '')));
  return out;
}

/** Spelling variants of an alias (not including the alias itself), at most eight. */
export function spellingVariants(text: string, person: boolean): string[] {
  // Acronyms and short words have no transliteration habits worth following, and titled forms
  // ("Prime Minister Shehbaz Sharif") would only multiply the variants of the name inside them.
  if (!/[a-z]{3}/.test(text) || text.split(/\s+/).length > 3) return [];
  const seen = new Set([text]);
  let frontier = [text];
  for (let depth = 0; depth < 2 && seen.size <= MAX_VARIANTS; depth++) {
    const next: string[] = [];
    for (const item of frontier)
      for (const variant of oneStep(item, person))
        if (!seen.has(variant) && seen.size <= MAX_VARIANTS) {
          seen.add(variant);
          next.push(variant);
        }
    frontier = next;
  }
  seen.delete(text);
  return [...seen];
}
