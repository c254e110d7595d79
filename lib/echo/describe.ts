/** How "Seen elsewhere" says where and when a passage was said before. */
import { formatPartialDate } from '../kb/card';
import type { EchoOrigin } from './types';

const SHORT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const WITH_YEAR = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "3 Nov" this year, "3 Nov 2024" before. */
export function shortDate(iso: string, now = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return (date.getUTCFullYear() === now.getUTCFullYear() ? SHORT : WITH_YEAR).format(date);
}

/** "You saved this on dawn.com, 3 Nov" or "Asia Times reported this on 21 June 2025". */
export function whereSaid(origin: EchoOrigin, now = new Date()): string {
  if (origin.kind === 'saved') return `You saved this on ${origin.site}, ${shortDate(origin.saved, now)}`;
  const who = origin.outlet ?? origin.title ?? 'A source in the knowledge base';
  return origin.published
    ? `${who} reported this on ${formatPartialDate(origin.published)}`
    : `${who} reported this (undated)`;
}
