/**
 * What team sync keeps per document in IndexedDB (`syncDocs`). The shown version's body is the
 * claim or relation in Backstory's own stores; only its digest is kept here, to tell whether a
 * local change needs a new revision. Losing versions of a conflict keep their bodies here
 * until the reader picks one.
 */
import { hashText } from '../anchor/hash';
import type { ShareChoice } from './config';
import type { SyncBody } from './documents';
import type { Leaf, RevisionState } from './revisions';

export interface SyncDocRecord extends RevisionState<SyncBody> {
  /** `claim:<id>` or `relation:<id>`. */
  id: string;
  /** The reader's own choice for a claim, overriding the sharing rule. */
  choice?: ShareChoice;
  /** Digest of the shown version's body, as last sent or received. */
  digest?: string;
  /** Characters of the team's versions kept for it (`teamCharsOf`), as counted in the running total. */
  teamChars?: number;
  /** Set (to 1) while a leaf made here waits to be sent: indexed, so unsent documents are found fast. */
  unsent?: 1;
  /** Set (to 1) while the document has versions in conflict. */
  conflicted?: 1;
}

/** A canonical digest of a body: the same content always gives the same digest. */
export function digestOf(body: SyncBody): string {
  return hashText(JSON.stringify(body, (_key, value: unknown) => sortKeys(value)));
}

function sortKeys(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).toSorted(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** A record with its indexed flags brought up to date. */
export function withFlags(record: SyncDocRecord): SyncDocRecord {
  const { unsent: _u, conflicted: _c, ...rest } = record;
  const leaves: (Leaf<SyncBody> | undefined)[] = [rest.current, ...rest.conflicts, ...rest.closing];
  return {
    ...rest,
    ...(leaves.some((leaf) => leaf?.unsent) ? { unsent: 1 as const } : {}),
    ...(rest.conflicts.length > 0 ? { conflicted: 1 as const } : {}),
  };
}

/** A new record for a document sync has not seen before. */
export const emptyRecord = (id: string): SyncDocRecord => ({ id, conflicts: [], closing: [] });
