/**
 * From local changes to revisions to send. The outbox names the documents changed here; for each,
 * the sharing rule decides whether it is shared, and a new revision is made when its content
 * changed (a tombstone when it was deleted or became private). Then the unsent leaves are read
 * out for the server, and marked sent once it holds them.
 */
import { atomically } from '../db/atomic';
import type { BackstoryDb } from '../db/object-stores';
import type { SavedClaim } from '../../claims/schema';
import type { StoredRelation } from '../../claims/schema';
import { isShared, type SharingRule } from '../../sync/config';
import { claimDocId, relationDocId, type SyncBody } from '../../sync/documents';
import { editLocally, unsentLeaves, type Leaf } from '../../sync/revisions';
import { digestOf, emptyRecord, withFlags, type SyncDocRecord } from '../../sync/stored';

const claimIdOf = (docId: string) => docId.slice('claim:'.length);
const relationIdOf = (docId: string) => docId.slice('relation:'.length);
export const isClaimDoc = (docId: string) => docId.startsWith('claim:');

/** A relation body as shared: without the index field Backstory adds locally. */
export function relationBody(stored: StoredRelation): SyncBody {
  const { ends: _ends, ...relation } = stored;
  return { type: 'relation', relation };
}

/** The body of a stored claim or relation, as it goes to the server. */
export function bodyOf(record: SavedClaim | StoredRelation): SyncBody {
  return 'selectors' in record ? { type: 'claim', claim: record } : relationBody(record);
}

const isLive = (record: SyncDocRecord | undefined) =>
  record?.current !== undefined && !record.current.deleted;

/**
 * Looks at up to `limit` documents from the outbox in one transaction. Returns how many it
 * looked at (0 when the outbox is empty).
 */
export async function prepareOutgoing(db: BackstoryDb, rule: SharingRule, limit = 500): Promise<number> {
  const tx = db.transaction(['syncOutbox', 'syncDocs', 'savedClaims', 'claimRelations'], 'readwrite');
  const outbox = tx.objectStore('syncOutbox');
  const docs = tx.objectStore('syncDocs');
  const claims = tx.objectStore('savedClaims');
  const relationsStore = tx.objectStore('claimRelations');
  return atomically(tx, async () => {
    const ids = await outbox.getAllKeys(undefined, limit);
    if (ids.length === 0) return 0;
    const records = new Map<string, SyncDocRecord | undefined>();
    const claimCache = new Map<string, SavedClaim | undefined>();
    const readClaim = async (id: string) => {
      if (!claimCache.has(id)) {
        const [claim, record] = await Promise.all([claims.get(id), docs.get(claimDocId(id))]);
        claimCache.set(id, claim);
        records.set(claimDocId(id), record);
      }
      return claimCache.get(id);
    };
    const claimShared = async (id: string) => {
      const claim = await readClaim(id);
      return claim !== undefined && isShared(claim, records.get(claimDocId(id))?.choice, rule);
    };
    const relations = new Map<string, StoredRelation | undefined>();
    await Promise.all(
      ids.map(async (docId) => {
        if (isClaimDoc(docId)) await readClaim(claimIdOf(docId));
        else {
          const [relation, record] = await Promise.all([
            relationsStore.get(relationIdOf(docId)),
            docs.get(docId),
          ]);
          relations.set(docId, relation);
          records.set(docId, record);
          await Promise.all(
            [relation?.from, relation?.to].map((end) => end?.kind === 'saved' && readClaim(end.id)),
          );
        }
      }),
    );

    const writes: Promise<unknown>[] = [];
    const touched: string[] = [];
    for (const docId of ids) {
      let body: SyncBody | undefined;
      if (isClaimDoc(docId)) {
        const id = claimIdOf(docId);
        let claim = claimCache.get(id);
        if (claim && (await claimShared(id))) {
          if (!claim.author && rule.author && !isLive(records.get(docId))) {
            // A claim is signed by whoever first shares it: one already on the server (the
            // team's, sent without a name) is not the reader's to sign.
            claim = { ...claim, author: rule.author };
            writes.push(claims.put(claim));
          }
          body = { type: 'claim', claim };
        }
      } else {
        const relation = relations.get(docId);
        const ends = relation ? [relation.from, relation.to].filter((end) => end.kind === 'saved') : [];
        const endsShared = await Promise.all(ends.map((end) => claimShared(end.id)));
        if (relation && endsShared.every(Boolean)) body = relationBody(relation);
      }
      const before = records.get(docId);
      const next = nextRecord(docId, before, body);
      if (next !== before) writes.push(docs.put(withFlags(next!)));
      // A claim that starts or stops being shared takes its relations with it.
      if (isClaimDoc(docId) && isLive(before) !== isLive(next)) touched.push(claimIdOf(docId));
      writes.push(outbox.delete(docId));
    }
    const linked = await Promise.all(
      touched.map((id) => relationsStore.index('ends').getAllKeys(`saved:${id}`)),
    );
    for (const relationId of linked.flat()) writes.push(outbox.put(Date.now(), relationDocId(relationId)));
    await Promise.all(writes);
    return ids.length;
  });
}

/** The record after a local change: a new revision if the shared content changed, else unchanged. */
function nextRecord(docId: string, before: SyncDocRecord | undefined, body: SyncBody | undefined) {
  const record = before ?? emptyRecord(docId);
  if (body) {
    const digest = digestOf(body);
    if (isLive(record) && record.digest === digest) return before;
    return { ...editLocally(record, { deleted: false }), digest };
  }
  if (!isLive(record)) return before;
  const { digest: _digest, ...rest } = editLocally(record, { deleted: true });
  return rest;
}

/** An unsent leaf with the body it carries, ready for the server. */
export interface Outgoing {
  id: string;
  leaf: Leaf<SyncBody>;
}

/**
 * Up to `limit` documents with leaves to send, bodies filled in from Backstory's stores, in id
 * order after `after` (so a pass can read the next batch while the last one is being sent).
 */
export async function unsentBatch(
  db: BackstoryDb,
  limit = 100,
  after?: string,
): Promise<{ out: Outgoing[]; last?: string }> {
  const tx = db.transaction(['syncDocs', 'savedClaims', 'claimRelations'], 'readonly');
  const records: SyncDocRecord[] = [];
  const index = tx.objectStore('syncDocs').index('unsent');
  let cursor = await index.openCursor(1);
  if (cursor && after !== undefined) {
    if (cursor.primaryKey < after) cursor = await cursor.continuePrimaryKey(1, after);
    if (cursor?.primaryKey === after) cursor = await cursor.continue();
  }
  for (; cursor && records.length < limit; cursor = await cursor.continue()) records.push(cursor.value);
  const out: Outgoing[] = [];
  await Promise.all(
    records.map(async (record) => {
      for (const leaf of unsentLeaves(record)) {
        if (leaf !== record.current || leaf.deleted) {
          out.push({ id: record.id, leaf });
          continue;
        }
        const stored = isClaimDoc(record.id)
          ? await tx.objectStore('savedClaims').get(claimIdOf(record.id))
          : await tx.objectStore('claimRelations').get(relationIdOf(record.id));
        // Deleted since the revision was made: the outbox will make a tombstone next.
        if (stored) out.push({ id: record.id, leaf: { ...leaf, body: bodyOf(stored) } });
      }
    }),
  );
  await tx.done;
  return { out, last: records.at(-1)?.id };
}

/** Marks leaves as held by the server. */
export async function markSent(db: BackstoryDb, sent: readonly { id: string; rev: string }[]): Promise<void> {
  const tx = db.transaction('syncDocs', 'readwrite');
  await atomically(tx, async () => {
    const byId = new Map<string, { id: string; rev: string }[]>();
    for (const leaf of sent) byId.set(leaf.id, [...(byId.get(leaf.id) ?? []), leaf]);
    await Promise.all(
      [...byId].map(async ([id, leaves]) => {
        const record = await tx.store.get(id);
        if (!record) return;
        const revs = new Set(leaves.map((l) => l.rev));
        const mark = <L extends Leaf<SyncBody>>(leaf: L): L =>
          revs.has(leaf.rev) ? { ...leaf, unsent: false } : leaf;
        await tx.store.put(
          withFlags({
            ...record,
            current: record.current && mark(record.current),
            conflicts: record.conflicts.map(mark),
            closing: record.closing.filter((leaf) => !revs.has(leaf.rev)),
          }),
        );
      }),
    );
  });
}
