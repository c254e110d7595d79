/**
 * Notes too long to save on their claim (over `MAX_NOTE`), kept whole as drafts so that nothing
 * the reader typed is lost when the claim form goes; the form shows the draft the next time the
 * claim opens. They live in the `meta` store, one record per claim, beside the claim rather than
 * in it: a claim's note keeps its limit for every export, import and sync peer.
 */
import type { BackstoryDb } from '../db/object-stores';
import { noteDraftSchema } from '../../claims/draft';

/** The `meta` key of a claim's note draft. */
export const noteDraftKey = (claimId: string) => `note-draft:${claimId}`;

/** The note draft kept for a claim, if any. */
export async function getNoteDraft(db: BackstoryDb, claimId: string): Promise<string | undefined> {
  const parsed = noteDraftSchema.safeParse(await db.get('meta', noteDraftKey(claimId)));
  return parsed.success ? parsed.data : undefined;
}

/** Keeps `note` as the claim's draft, or with null drops the draft (the note was saved or discarded). */
export async function keepNoteDraft(db: BackstoryDb, claimId: string, note: string | null): Promise<void> {
  if (note === null) await db.delete('meta', noteDraftKey(claimId));
  else await db.put('meta', noteDraftSchema.parse(note), noteDraftKey(claimId));
}
