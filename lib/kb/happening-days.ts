/**
 * Which kinds of happening (lib/kb/happenings.ts) take place on one day, as data for the event
 * recogniser's date check (lib/match/cue-data.ts), and which a span of days makes another.
 */
import type { HappeningKind } from './happenings';

/**
 * Kinds of happening that take place on one day (a truce comes into force, a summit or a call is
 * held): a day written with the month ("the truce of June 24") fits such an event dated only to
 * the month, where it would not fit a war that lasted weeks.
 */
export const oneDayKinds: readonly HappeningKind[] = [
  'ceasefire',
  'summit',
  'call',
  'meeting',
  'lunch',
  'nomination',
  'address',
  'post',
];

/**
 * Kinds a head names when a span of days stands before it ("four days of air and drone strikes
 * between India and Pakistan", "twelve days of strikes"): strikes kept up for days are an exchange
 * of fire, so the phrase is read for the conflicts too (lib/match/events.ts).
 */
export const spanKinds: Partial<Record<HappeningKind, readonly HappeningKind[]>> = { strikes: ['conflict'] };
