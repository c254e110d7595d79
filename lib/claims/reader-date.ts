/**
 * Dates in the side panel's claims list and compare view, in one format: the reader's locale
 * (the browser's language), the month by name, as precise as the date is ("2025", "June 2025",
 * "21 June 2025" in British English; "June 21, 2025" in American English).
 */

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(locale: string | undefined, precision: 'year' | 'month' | 'day'): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${precision}`;
  let format = formats.get(key);
  if (!format) {
    // Calendar dates, not instants: read and written in UTC so that no time zone moves the day.
    format = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: precision === 'year' ? undefined : 'long',
      day: precision === 'day' ? 'numeric' : undefined,
      timeZone: 'UTC',
    });
    formats.set(key, format);
  }
  return format;
}

/**
 * An ISO 8601 date or date-time ("2025", "2025-06", "2025-06-21", "2025-06-21T10:00:00Z") as the
 * reader reads dates: a date-time by its day in UTC, the day the claims filter counts it on
 * (lib/claims/query.ts). Text that is not such a date is returned as it is.
 */
export function readerDate(iso: string, locale?: string): string {
  const parts = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T)/.exec(iso);
  if (!parts) return iso;
  const [, year, month, day] = parts;
  const date = new Date(Date.UTC(Number(year), month ? Number(month) - 1 : 0, day ? Number(day) : 1));
  if (Number.isNaN(date.getTime()) || (month && date.getUTCMonth() !== Number(month) - 1)) return iso;
  return formatFor(locale, day ? 'day' : month ? 'month' : 'year').format(date);
}
