/**
 * One-sided happenings (lib/kb/happenings.ts `oneSidedKinds`): an event of such a kind with one
 * participant is that participant's doing ("India's strikes" are Operation Sindoor), which a
 * phrase naming it as who was struck, or beside another side, rules out.
 */
import { happeningKinds, oneSidedKinds } from '../kb/happenings';
import type { EventCue } from './cue-data';
import type { Phrase } from './event-phrase';
import type { MatchEntity } from './from-kb';

const ONE_SIDED: ReadonlySet<number> = new Set(oneSidedKinds.map((k) => happeningKinds.indexOf(k)));

/**
 * Whether a phrase can name a one-sided happening ("strikes") of an event with one participant:
 * that participant did it, so it is not named only as who was struck ("strikes on Indian air
 * bases"), and no other state stands before the head or beside it after "between" ("Pakistan's
 * strikes", "Indian and Pakistani strikes", "strikes between India and Pakistan").
 */
export function oneSidedFits(cue: EventCue, phrase: Phrase, entities: readonly MatchEntity[]): boolean {
  if (cue.parties !== 1 || !phrase.kinds.some((k) => ONE_SIDED.has(k) && cue.happenings.includes(k)))
    return true;
  const lone = cue.covers[0]!;
  const stateOf = (e: number) => (entities[e]!.kind === 'state' ? e : (entities[e]!.state ?? -1));
  const doers = phrase.items.slice(0, phrase.agents).map((i) => (i.entity >= 0 ? stateOf(i.entity) : -1));
  const sides = phrase.between
    ? phrase.items.slice(phrase.agents).map((i) => (i.entity >= 0 ? stateOf(i.entity) : -1))
    : [];
  if ([...doers, ...sides].some((st) => st >= 0 && st !== lone)) return false;
  return !(phrase.struck ?? []).some((e) => e >= 0 && stateOf(e) === stateOf(lone)) || doers.includes(lone);
}
