/**
 * How much a team server may make Backstory store. A server (or a teammate writing to the
 * database) can send any number of valid claims, or versions of one claim made apart (each kept
 * with its body until the reader picks one); unbounded, that fills the browser's quota, and then
 * the reader's own saves fail. A pull stops storing at these limits and refuses the rest with a
 * reason; the reader's own saves never count against them.
 */
import type { SyncBody } from '../../sync/documents';
import type { RevisionState } from '../../sync/revisions';
import type { SyncDocRecord } from '../../sync/stored';

export interface StoreLimits {
  /** Characters of the server's JSON kept for the team's versions, all documents together. */
  teamChars: number;
  /** Versions of one document kept while they are in conflict, the shown one included. */
  conflictVersions: number;
}

/**
 * Measured, not guessed: a claim as the sync bench's team shares it (`bench/lib/sync-claims.ts`:
 * a sentence quoted, half with a note) is 1,150 characters on the server on average (1,350 at
 * most); one with a 2,000-character note about 3,000. 300 million characters is room for some
 * 260,000 of the former or 100,000 of the latter, the largest team the sync bench measures, and
 * still only a few hundred MB of a browser's quota. A real conflict has two or three versions
 * (two devices, or two teammates, editing apart between syncs); ten is generous.
 */
export const STORE_LIMITS: StoreLimits = { teamChars: 300_000_000, conflictVersions: 10 };

/** The running total as read back from the `meta` store (nothing stored yet: 0). */
export const asTeamChars = (stored: unknown): number =>
  typeof stored === 'number' && Number.isFinite(stored) && stored > 0 ? stored : 0;

/** Characters of the team's versions a document's state keeps (versions made here count nothing). */
export function teamCharsOf(state: RevisionState<SyncBody>): number {
  return [state.current, ...state.conflicts].reduce((sum, leaf) => sum + (leaf?.size ?? 0), 0);
}

/**
 * Why the merged state of one document may not be stored, or `undefined` when it may. `total` is
 * what the team's versions take before it; only growth is refused, so a deletion or a smaller
 * version from the team always gets through.
 */
export function beyondLimits(
  before: SyncDocRecord,
  state: RevisionState<SyncBody>,
  total: number,
  limits: StoreLimits,
): string | undefined {
  if (
    state.conflicts.length + 1 > limits.conflictVersions &&
    state.conflicts.length > before.conflicts.length
  )
    return `${limits.conflictVersions} versions of it are already in conflict here, the most Backstory keeps: keep one under “Conflicts” in Backstory's settings to receive others.`;
  const growth = teamCharsOf(state) - (before.teamChars ?? 0);
  if (growth > 0 && total + growth > limits.teamChars)
    return `the team's claims already take the most Backstory keeps for a team here (${Math.round(limits.teamChars / 1_000_000)} million characters), so it was not stored; your own claims still save: ask your team to remove claims it no longer needs.`;
  return undefined;
}
