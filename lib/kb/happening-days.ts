/**
 * Which kinds of happening (lib/kb/happenings.ts) take place on one day, as data for the event
 * recogniser's date check (lib/match/cue-data.ts).
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
