/**
 * Dates in an event's phrase against the event's own (event-score.ts): a year or month outside its
 * date rules it out, and so does a day of the month that is not its day.
 */
import type { Phrase } from './event-phrase';

/** Whether a date written in the phrase contradicts the event's (ISO partial dates). */
export function contradicts(phrase: Phrase, from?: string, to?: string): boolean {
  if (!from || !to) return false;
  const fromYear = Number(from.slice(0, 4));
  const toYear = Number(to.slice(0, 4));
  if (phrase.years.some((y) => y < fromYear || y > toYear)) return true;
  if (phrase.months.length === 0 || from.length < 7 || fromYear !== toYear) return false;
  const first = Number(from.slice(5, 7));
  const last = Number(to.slice(5, 7));
  return phrase.months.some((m) => m < first || m > last);
}

/**
 * Whether a day of the month written in a phrase is the event's day, or the next or the one
 * before: a night's happening is dated by each side in its own time zone ("the June 22 strikes"
 * in Tehran and Islamabad were Washington's of June 21).
 */
export const sameDay = (written: number, day: number | undefined) =>
  day !== undefined && Math.abs(written - day) <= 1;
