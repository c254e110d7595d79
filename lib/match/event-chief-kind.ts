/**
 * Breaking a tie between events a phrase fits alike by the head noun: the event whose chief kind
 * of happening it names is the one the writer means.
 */
import type { EventCue } from './cue-data';
import { MARGIN, type Evidence, type Scored } from './event-score';

/**
 * Of events the phrase fits alike, the one whose chief kind of happening the head names ("the
 * strikes on Iran": the US strikes, whose chief kind is strikes, over the war they came in, which
 * also saw strikes) leads by the margin. Only a tie is broken: a better-scored event keeps its lead.
 * A head of two kinds ("aggression": conflict or strikes) and a pair ("between the two
 * neighbours", told apart by who they are) break none.
 */
export function preferChiefKind(scored: Scored[], kinds: readonly number[], ev: Evidence): void {
  if (scored.length < 2 || kinds.length !== 1 || ev.phrase.pair !== undefined) return;
  const best = Math.max(...scored.map((c) => c.score));
  const tied = scored.filter((c) => c.score > best - MARGIN);
  // "the Iranian strike", "Iran's strike": a demonym or possessor before the head says who
  // struck, not where (Iran was struck).
  const text = ev.text;
  const before = ev.phrase.items
    .slice(0, ev.phrase.agents)
    .filter((i) => i.kind === 'demonym' || /^['’]s\b/.test(text.slice(i.end, i.end + 3)));
  const fits = (cue: EventCue) =>
    kinds.includes(cue.happenings[0]!) && !before.some((i) => cue.places.includes(i.entity));
  const chief = tied.filter((c) => fits(ev.entities[c.entity]!.cue!));
  if (tied.length > 1 && chief.length === 1) chief[0]!.score = best + MARGIN;
}
