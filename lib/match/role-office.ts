/**
 * Where a role phrase ("the prime minister", "Army chief") names the office rather than a person
 * holding it, so that the epithet recogniser (epithets.ts) links it to nobody: a law's wording, a
 * description of the office's powers, a fact box's field.
 */
import { endsWithPhrase, foldAscii, lastWords } from './word-reader';

/**
 * Words before a role phrase that make it the office, not its holder: "to be held by the army
 * chief", "similar to that of the president", "on the advice of the Prime Minister" (lower case).
 */
const OFFICE_LEADS = new Set(['to be held by', 'that of', 'on the advice of']);
/** A law's "shall" after a role phrase binds whoever holds the office: "The President shall appoint". */
const LAW_AFTER = /^(?:,? +who)? +shall\b/i;

/** Whether the words around a role phrase speak of the office (`OFFICE_LEADS`, "the same … as", `LAW_AFTER`). */
export function namesTheOffice(s: string, start: number, end: number): boolean {
  if (LAW_AFTER.test(s.slice(end, end + 16))) return true;
  const read = lastWords(s.slice(Math.max(0, start - 60), start), 6);
  if (!read || read.words.length === 0) return false;
  if (endsWithPhrase(read, 0, OFFICE_LEADS, 4, false)) return true;
  return (
    foldAscii(read.words[0]!, false) === 'as' &&
    read.words.slice(1).some((w) => foldAscii(w, false) === 'same')
  );
}

/** What ends a fact box's field or starts a career note after a title: line end, ";", "(", "since", "from". */
const FIELD_AFTER = /^(?:\s*$|\s*\n|\s*[;(]| +(?:since|from)\b)/;

/**
 * Whether the title at `start`–`end` opens its line and ends it or is followed by a career note
 * (`FIELD_AFTER`): a fact box's or a who's-who entry ("Prime Minister", "Army chief since 2022",
 * "Field marshal (for life)"), which names the office beside a name, not a mention of its holder.
 */
export function fieldEntry(s: string, start: number, end: number): boolean {
  const lineStart = s.lastIndexOf('\n', start - 1) + 1;
  return s.slice(lineStart, start).trim() === '' && FIELD_AFTER.test(s.slice(end, end + 8));
}
