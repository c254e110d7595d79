/**
 * Spans of time as the event recogniser reads them: the modifier "four-day", "12-day-long" and
 * "four days " before "of". Sets and a backward read, not alternation regexps: V8 compiled those
 * two to ~50 KB of machine code on a news page (issue #19). test/unit/match/durations.test.ts
 * checks them against the patterns they replace.
 */

const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve twenty'.split(' '),
);
/** The unit of a modifier: "day", "hour", … and "days" (which may take an "s" again, as the old pattern let it). */
const MODIFIER_UNITS = new Set('day days hour week month year decade'.split(' '));
const UNITS = ['day', 'week', 'month', 'year', 'decade'];
/** Whether the code point ending at `end` is a letter or a number (run only on a found span). */
const LETTER_OR_NUMBER_AT_END = /[\p{L}\p{N}]$/u;

const isDigits = (s: string) => {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 48 || s.charCodeAt(i) > 57) return false;
  return true;
};

/** A count written as a word or in digits ("nine", "20"). */
export const isCount = (word: string): boolean => NUMBER_WORDS.has(word) || isDigits(word);

/** A modifier that gives a length: "four-day", "12-day", "two-weeks", "one-year-long" (case as written). */
export function isDuration(word: string): boolean {
  const parts = word.split('-');
  if (parts.length === 3 ? parts[2] !== 'long' : parts.length !== 2) return false;
  const [count, unit] = parts as [string, string];
  if (!NUMBER_WORDS.has(count) && !isDigits(count)) return false;
  return MODIFIER_UNITS.has(unit) || (unit.endsWith('s') && MODIFIER_UNITS.has(unit.slice(0, -1)));
}

/**
 * "four days ", "12-year ", "two weeks " at the end of `text` (lower case), not after a letter or
 * number: the whole span, its count and its unit.
 */
export function durationAtEnd(text: string): { span: string; count: string; unit: string } | undefined {
  if (!text.endsWith(' ')) return undefined;
  let end = text.length - 1;
  const unit = UNITS.find(
    (u) => text.endsWith(u, end) || (text[end - 1] === 's' && text.endsWith(u, end - 1)),
  );
  if (unit === undefined) return undefined;
  end -= text.endsWith(unit, end) ? unit.length : unit.length + 1;
  const sep = text[end - 1];
  if (sep !== ' ' && sep !== '-') return undefined;
  end -= 1;
  let start = end;
  while (start > 0 && text.charCodeAt(start - 1) >= 48 && text.charCodeAt(start - 1) <= 57) start--;
  if (start === end) {
    const word = [...NUMBER_WORDS].find((w) => text.endsWith(w, end));
    if (word === undefined) return undefined;
    start = end - word.length;
  }
  if (start > 0 && LETTER_OR_NUMBER_AT_END.test(text.slice(0, start))) return undefined;
  return { span: text.slice(start), count: text.slice(start, end), unit };
}
