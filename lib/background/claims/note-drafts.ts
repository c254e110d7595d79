/**
 * Notes too long to save on their claim (over `MAX_NOTE`), kept whole as drafts so that nothing
 * the reader typed is lost when the claim form goes; the form shows the draft the next time the
 * claim opens. They live in the `meta` store, one record per claim, beside the claim rather than
 * in it: a claim's note keeps its limit for every export, import and sync peer.
 */
import type { BackstoryDb } from '../db/object-stores';
import { noteDraftSchema } from '../../claims/draft';
import { atomically } from '../db/atomic';

/** The `meta` key of a claim's note draft. */
export const noteDraftKey = (claimId: string) => `note-draft:${claimId}`;

/** The note draft kept for a claim, if any. */
export async function getNoteDraft(db: BackstoryDb, claimId: string): Promise<string | undefined> {
  const parsed = noteDraftSchema.safeParse(await db.get('meta', noteDraftKey(claimId)));
  return parsed.success ? parsed.data : undefined;
}

/** The ids of the claims that have a note draft: keys only, the drafts (up to 2 MB each) stay put. */
export async function claimsWithNoteDrafts(db: BackstoryDb): Promise<string[]> {
  const prefix = noteDraftKey('');
  const keys = await db.getAllKeys('meta', IDBKeyRange.bound(prefix, `${prefix}\uffff`));
  return keys.map((key) => key.slice(prefix.length));
}

/**
 * Keeps `note` as the claim's draft, or with null drops the draft (the note was saved or discarded).
 * A draft is kept only beside a claim that exists, checked in the same transaction: a form can go
 * after its claim was deleted (in the side panel, by team sync), and nothing would ever remove a
 * draft that no claim owns — up to two megabytes each, shown to no one.
 */
export async function keepNoteDraft(db: BackstoryDb, claimId: string, note: string | null): Promise<void> {
  const draft = note === null ? null : noteDraftSchema.parse(note);
  const tx = db.transaction(['savedClaims', 'meta'], 'readwrite');
  await atomically(tx, async () => {
    const meta = tx.objectStore('meta');
    const exists = (await tx.objectStore('savedClaims').count(claimId)) > 0;
    if (draft === null || !exists) await meta.delete(noteDraftKey(claimId));
    else await meta.put(draft, noteDraftKey(claimId));
  });
}
