/**
 * Keeping spreadsheet formulas out of CSV cells. A spreadsheet reads a cell as a formula when
 * its first visible character is `=`, `+`, `-` or `@` (or their full-width forms, which some
 * spreadsheets fold to ASCII), or when it begins with a tab or carriage return — and it skips
 * spaces and invisible characters (no-break space, zero-width space, byte order mark) to find
 * that first character. A spreadsheet that splits on `;` or tabs instead of commas, or that
 * mis-reads quotes, starts a new cell after any separator or line break inside ours, so those
 * positions are checked too. Each position found gets an apostrophe, which every spreadsheet
 * reads as "this is text". A cell that is just a number (`-5`, `+3.2`) is left alone.
 */

/** Characters that start a formula when they come first in a cell (ASCII and full-width). */
export const FORMULA_CHARS = new Set(['=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

/** Whitespace and characters that draw nothing, which a spreadsheet skips before a formula. */
const INVISIBLE = /[\s\p{Cf}\p{Cc}\u115F\u1160\u2800\u3164\uFFA0"']/u;

/** Where another spreadsheet could start a new cell inside this one. */
const FIELD_BREAKS = new Set([',', ';', '\t', '|', '\r', '\n']);

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?$/;

/** Whether the field that starts at `start` (up to the next field break) would be a formula. */
function formulaAt(value: string, start: number): boolean {
  let end = start;
  while (end < value.length && !FIELD_BREAKS.has(value[end]!)) end++;
  const field = value.slice(start, end);
  if (PLAIN_NUMBER.test(field.trim())) return false;
  for (const char of field) {
    if (FORMULA_CHARS.has(char)) return true;
    if (!INVISIBLE.test(char)) return false;
  }
  return false;
}

/** Makes a cell safe to open in a spreadsheet, whichever separator it splits on. */
export function neutralizeCell(value: string): string {
  // A cell starting with a tab, carriage return or other control character is refused by
  // OWASP's rule whatever follows: the spreadsheet may strip it and read what comes next.
  const first = value.charAt(0);
  let out = /\p{Cc}/u.test(first) || formulaAt(value, 0) ? `'` : '';
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    if (FIELD_BREAKS.has(value[i]!) && formulaAt(value, i + 1)) {
      out += `${value.slice(from, i + 1)}'`;
      from = i + 1;
    }
  }
  return out + value.slice(from);
}

/** Whether a cell, as a spreadsheet would read it on its own, starts a formula. */
export function startsFormula(cell: string): boolean {
  if (cell.startsWith("'")) return false;
  if (/^\p{Cc}/u.test(cell)) return true;
  return formulaAt(cell, 0);
}
