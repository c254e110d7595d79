/**
 * Saved claims in IndexedDB. Every change is one transaction that is validated first and
 * aborted as a whole on any failure, so a claim is saved whole or not at all; records read back
 * are validated again, and one that no longer validates is reported, never dropped.
 */
import { allWrites, atomically, queued } from '../db/atomic';
import type { BackstoryDb } from '../db/object-stores';
import { noteChanges, OUTBOX } from '../db/sync-outbox';
import { RequestError } from '../../result';
import { noteDraftSchema } from '../../claims/draft';
import { noteDraftKey } from './note-drafts';
import { claimDocId, relationDocId } from '../../sync/documents';
import {
  claimPatchSchema,
  claimRelationSchema,
  relationId,
  savedClaimSchema,
  type ClaimPatch,
  type ClaimRef,
  type ClaimRelation,
  type ClaimsRead,
  type DeletedClaim,
  type SavedClaim,
  type StoredRelation,
} from '../../claims/schema';

const endKey = (ref: ClaimRef) => `${ref.kind}:${ref.id}`;

/** A relation as stored: with both ends as keys of the `ends` index. */
export const storedRelation = (r: ClaimRelation): StoredRelation => ({
  ...r,
  ends: [endKey(r.from), endKey(r.to)],
});

function readAll(records: unknown[]): ClaimsRead {
  const claims: SavedClaim[] = [];
  const unreadable: string[] = [];
  for (const record of records) {
    const parsed = savedClaimSchema.safeParse(record);
    if (parsed.success) claims.push(parsed.data);
    else unreadable.push(String((record as { id?: unknown })?.id ?? '?'));
  }
  return { claims, unreadable };
}

/**
 * Saves a claim. Saving the same id again (a retry) keeps the first `created` time and returns
 * the stored record, so retries never duplicate.
 */
export async function saveClaim(
  db: BackstoryDb,
  claim: SavedClaim,
  /** Checked in the same transaction before an existing claim with the same id is replaced. */
  mayReplace: (existing: SavedClaim) => void = () => undefined,
): Promise<SavedClaim> {
  const valid = savedClaimSchema.parse(claim);
  const tx = db.transaction(['savedClaims', OUTBOX], 'readwrite');
  const claims = tx.objectStore('savedClaims');
  return atomically(tx, async () => {
    const existing = await claims.get(valid.id);
    if (existing) mayReplace(existing);
    const record = existing ? { ...valid, created: existing.created } : valid;
    await allWrites([claims.put(record), ...noteChanges(tx.objectStore(OUTBOX), [claimDocId(record.id)])]);
    return record;
  });
}

/**
 * Adds a claim a page marked. A claim already stored under its id (a retry whose reply was lost)
 * is returned as it is, after `mayKeep` checks it in the same transaction, and never replaced:
 * a page only ever creates claims, the reader edits them in Backstory's own pages.
 */
export async function addClaim(
  db: BackstoryDb,
  claim: SavedClaim,
  mayKeep: (existing: SavedClaim) => void,
): Promise<{ claim: SavedClaim; added: boolean }> {
  const valid = savedClaimSchema.parse(claim);
  const tx = db.transaction(['savedClaims', OUTBOX], 'readwrite');
  const claims = tx.objectStore('savedClaims');
  return atomically(tx, async () => {
    const existing = await claims.get(valid.id);
    if (existing) {
      mayKeep(existing);
      return { claim: existing, added: false };
    }
    await allWrites([claims.put(valid), ...noteChanges(tx.objectStore(OUTBOX), [claimDocId(valid.id)])]);
    return { claim: valid, added: true };
  });
}

export async function updateClaim(db: BackstoryDb, id: string, patch: ClaimPatch): Promise<SavedClaim> {
  const change = claimPatchSchema.parse(patch);
  const tx = db.transaction(['savedClaims', OUTBOX], 'readwrite');
  const claims = tx.objectStore('savedClaims');
  return atomically(tx, async () => {
    const existing = await claims.get(id);
    if (!existing) throw new RequestError('not-found', 'That claim no longer exists');
    const next = savedClaimSchema.parse({ ...existing, ...change, updated: new Date().toISOString() });
    await allWrites([claims.put(next), ...noteChanges(tx.objectStore(OUTBOX), [claimDocId(id)])]);
    return next;
  });
}

/** Deletes a claim, the relations that involve it and its note draft, returning them for undo. */
export async function deleteClaim(db: BackstoryDb, id: string): Promise<DeletedClaim> {
  const tx = db.transaction(['savedClaims', 'claimRelations', 'meta', OUTBOX], 'readwrite');
  return atomically(tx, async () => {
    const claim = await tx.objectStore('savedClaims').get(id);
    if (!claim) throw new RequestError('not-found', 'That claim no longer exists');
    const relations = await tx
      .objectStore('claimRelations')
      .index('ends')
      .getAll(endKey({ kind: 'saved', id }));
    const draft = noteDraftSchema.safeParse(await tx.objectStore('meta').get(noteDraftKey(id)));
    await allWrites([
      tx.objectStore('savedClaims').delete(id),
      ...relations.map((r) => tx.objectStore('claimRelations').delete(r.id)),
      tx.objectStore('meta').delete(noteDraftKey(id)),
      ...noteChanges(tx.objectStore(OUTBOX), [claimDocId(id), ...relations.map((r) => relationDocId(r.id))]),
    ]);
    const relationsOut = relations.map(({ ends: _ends, ...relation }) => relation);
    return draft.success
      ? { claim, relations: relationsOut, noteDraft: draft.data }
      : { claim, relations: relationsOut };
  });
}

/** Puts back what `deleteClaim` removed. */
export async function restoreClaim(db: BackstoryDb, deleted: DeletedClaim): Promise<SavedClaim> {
  const claim = savedClaimSchema.parse(deleted.claim);
  const relations = deleted.relations.map((r) => claimRelationSchema.parse(r));
  const draft = deleted.noteDraft === undefined ? undefined : noteDraftSchema.parse(deleted.noteDraft);
  const tx = db.transaction(['savedClaims', 'claimRelations', 'meta', OUTBOX], 'readwrite');
  return atomically(tx, async () => {
    await allWrites([
      queued(tx.objectStore('savedClaims').put(claim)),
      ...relations.map((r) =>
        tx.objectStore('claimRelations').put({ ...r, ends: [endKey(r.from), endKey(r.to)] }),
      ),
      ...(draft === undefined ? [] : [tx.objectStore('meta').put(draft, noteDraftKey(claim.id))]),
      ...noteChanges(tx.objectStore(OUTBOX), [
        claimDocId(claim.id),
        ...relations.map((r) => relationDocId(r.id)),
      ]),
    ]);
    return claim;
  });
}

export async function listClaims(db: BackstoryDb): Promise<ClaimsRead> {
  return readAll(await db.getAll('savedClaims'));
}

export async function getClaim(db: BackstoryDb, id: string): Promise<SavedClaim | undefined> {
  const record = await db.get('savedClaims', id);
  return record ? readAll([record]).claims[0] : undefined;
}

/** Claims marked on a page, found by its canonical address or, failing that, the address seen. */
export async function claimsForPage(db: BackstoryDb, url: string, seenUrl: string): Promise<ClaimsRead> {
  const tx = db.transaction('savedClaims', 'readonly');
  const [byUrl, bySeen, seenAsCanonical] = await Promise.all([
    tx.store.index('url').getAll(url),
    tx.store.index('seenUrl').getAll(seenUrl),
    tx.store.index('url').getAll(seenUrl),
  ]);
  const unique = new Map([...byUrl, ...bySeen, ...seenAsCanonical].map((c) => [c.id, c]));
  return readAll([...unique.values()]);
}

export async function claimsAbout(db: BackstoryDb, entity: string): Promise<ClaimsRead> {
  return readAll(await db.getAllFromIndex('savedClaims', 'entities', entity));
}

/**
 * How many claims are about an entity, counted in the index without reading one: a card's count
 * must take the same time whatever the reader keeps (a page times when the card opens), and
 * reading and checking every claim took longer the more there were. Unreadable records count too.
 */
export async function countClaimsAbout(db: BackstoryDb, entity: string): Promise<number> {
  return db.countFromIndex('savedClaims', 'entities', entity);
}

/** Records how two claims relate (replacing what was recorded for the same pair). */
export async function setRelation(
  db: BackstoryDb,
  from: ClaimRef,
  to: ClaimRef,
  relation: ClaimRelation['relation'],
) {
  const record = claimRelationSchema.parse({
    id: relationId(from, to),
    from,
    to,
    relation,
    created: new Date().toISOString(),
  });
  const tx = db.transaction(['claimRelations', OUTBOX], 'readwrite');
  await atomically(tx, async () => {
    await allWrites([
      tx.objectStore('claimRelations').put({ ...record, ends: [endKey(from), endKey(to)] }),
      ...noteChanges(tx.objectStore(OUTBOX), [relationDocId(record.id)]),
    ]);
  });
  return record;
}

export async function removeRelation(db: BackstoryDb, id: string): Promise<void> {
  const tx = db.transaction(['claimRelations', OUTBOX], 'readwrite');
  await atomically(tx, () =>
    allWrites([
      tx.objectStore('claimRelations').delete(id),
      ...noteChanges(tx.objectStore(OUTBOX), [relationDocId(id)]),
    ]),
  );
}

export async function listRelations(db: BackstoryDb): Promise<ClaimRelation[]> {
  const records = await db.getAll('claimRelations');
  return records.flatMap(({ ends: _ends, ...r }) => {
    const parsed = claimRelationSchema.safeParse(r);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * Writes an import in one transaction: claims, relations and (if given) settings, or nothing at
 * all if any write fails.
 */
export async function importRecords(
  db: BackstoryDb,
  claims: readonly SavedClaim[],
  relations: readonly ClaimRelation[],
  settings?: unknown,
): Promise<void> {
  const valid = claims.map((c) => savedClaimSchema.parse(c));
  const links = relations.map((r) => claimRelationSchema.parse(r));
  const tx = db.transaction(['savedClaims', 'claimRelations', 'settings', OUTBOX], 'readwrite');
  await atomically(tx, async () => {
    // Each write is marked handled as it is queued: a later put that throws (a value that cannot
    // be cloned) aborts the transaction before `allWrites` is reached, and the earlier requests'
    // rejections must not surface as unhandled.
    const writes: Promise<unknown>[] = [
      ...valid.map((c) => queued(tx.objectStore('savedClaims').put(c))),
      ...links.map((r) => queued(tx.objectStore('claimRelations').put(storedRelation(r)))),
    ];
    writes.push(
      ...noteChanges(tx.objectStore(OUTBOX), [
        ...valid.map((c) => claimDocId(c.id)),
        ...links.map((r) => relationDocId(r.id)),
      ]),
    );
    if (settings !== undefined) writes.push(queued(tx.objectStore('settings').put(settings, 'user')));
    await allWrites(writes);
  });
}

/** Every stored claim and relation, by id (for planning an import). */
export async function snapshot(db: BackstoryDb) {
  const [claims, relations] = await Promise.all([listClaims(db), listRelations(db)]);
  return {
    claims: new Map(claims.claims.map((c) => [c.id, c])),
    relations: new Map(relations.map((r) => [r.id, r])),
  };
}
