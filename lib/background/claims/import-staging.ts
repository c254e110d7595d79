/**
 * Where a big import waits before it is written. Checked claims are put in the `importStaging`
 * store a batch at a time, in small transactions, under the import's session id, so the
 * background never holds the file's claims; then one transaction moves them into `savedClaims`
 * together with the relations and settings, and deletes them from staging. That last step is a
 * single IndexedDB transaction: it commits whole or, if anything fails or the browser stops,
 * not at all — the library is as it was, and the staged claims are dropped by the next import.
 */
import { allWrites, atomically, queued } from '../db/atomic';
import type { BackstoryDb } from '../db/object-stores';
import { noteChanges, OUTBOX } from '../db/sync-outbox';
import { claimRelationSchema, type ClaimRelation, type SavedClaim } from '../../claims/schema';
import { claimDocId, relationDocId } from '../../sync/documents';
import { storedRelation } from './store';

/** Claims moved per request inside the commit. */
const BATCH = 500;

/**
 * Every key of one session. Array keys sort after strings, so `[session, []]` follows every
 * `[session, id]`.
 */
const sessionKeys = (session: string, after?: string) =>
  after === undefined
    ? IDBKeyRange.bound([session], [session, []])
    : IDBKeyRange.bound([session, after], [session, []], true);

/** Deletes every staged claim of the sessions not in `live` (left by imports that never finished). */
export async function dropStaleStaging(db: BackstoryDb, live: ReadonlySet<string>): Promise<void> {
  const tx = db.transaction('importStaging', 'readwrite');
  await atomically(tx, async () => {
    let from = IDBKeyRange.lowerBound(['']);
    for (;;) {
      const key = await tx.store.getKey(from);
      if (!key) return;
      const [session] = key;
      if (!live.has(session)) await tx.store.delete(sessionKeys(session));
      from = IDBKeyRange.lowerBound([session, []], true);
    }
  });
}

/** Deletes one session's staged claims. */
export async function dropStaging(db: BackstoryDb, session: string): Promise<void> {
  const tx = db.transaction('importStaging', 'readwrite');
  await atomically(tx, () => tx.store.delete(sessionKeys(session)));
}

/** Puts a batch of checked claims in a session's staging area. */
export async function stageClaims(
  db: BackstoryDb,
  session: string,
  claims: readonly SavedClaim[],
): Promise<void> {
  if (claims.length === 0) return;
  const tx = db.transaction('importStaging', 'readwrite');
  await atomically(tx, () =>
    allWrites(claims.map((claim) => tx.store.put({ session, id: claim.id, claim }))),
  );
}

/**
 * Moves a session's staged claims into `savedClaims` and writes the relations and (if given)
 * the settings, in one transaction that also deletes them from staging and notes every claim
 * and relation written in team sync's outbox (so imported claims reach the team as marked ones do).
 */
export async function commitStaged(
  db: BackstoryDb,
  session: string,
  relations: readonly ClaimRelation[],
  settings?: unknown,
): Promise<void> {
  const links = relations.map((r) => claimRelationSchema.parse(r));
  const tx = db.transaction(
    ['importStaging', 'savedClaims', 'claimRelations', 'settings', OUTBOX],
    'readwrite',
  );
  await atomically(tx, async () => {
    const staging = tx.objectStore('importStaging');
    const saved = tx.objectStore('savedClaims');
    const outbox = tx.objectStore(OUTBOX);
    let after: string | undefined;
    for (;;) {
      const batch = await staging.getAll(sessionKeys(session, after), BATCH);
      if (batch.length === 0) break;
      after = batch.at(-1)!.id;
      await allWrites([
        ...batch.map((staged) => saved.put(staged.claim)),
        ...noteChanges(
          outbox,
          batch.map((staged) => claimDocId(staged.claim.id)),
        ),
      ]);
    }
    const writes: Promise<unknown>[] = [
      ...links.map((r) => queued(tx.objectStore('claimRelations').put(storedRelation(r)))),
      ...noteChanges(
        outbox,
        links.map((r) => relationDocId(r.id)),
      ),
    ];
    if (settings !== undefined) writes.push(queued(tx.objectStore('settings').put(settings, 'user')));
    writes.push(queued(staging.delete(sessionKeys(session))));
    await allWrites(writes);
  });
}
