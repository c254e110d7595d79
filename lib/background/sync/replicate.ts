/**
 * One pass of CouchDB replication in each direction. Push: local changes become revisions, the
 * server is asked which it lacks (`_revs_diff`) and is sent those with their history
 * (`_bulk_docs`, `new_edits: false`, so the server keeps conflicts rather than refusing them).
 * Pull: the server's `_changes` since the checkpoint, the missing revisions fetched with their
 * history (`_bulk_get`), checked, and stored with the new checkpoint in one transaction.
 */
import type { BackstoryDb } from '../db/object-stores';
import type { SharingRule } from '../../sync/config';
import type { CouchClient, Seq } from '../../sync/couch';
import { readCouchDoc, toCouchDoc, type ReadDoc } from '../../sync/documents';
import { applyIncoming, missingRevisions } from './incoming';
import { markSent, prepareOutgoing, unsentBatch } from './outgoing';
import { loadSince } from './state';
import type { StoreLimits } from './limits';

export type { StoreLimits };

const PUSH_BATCH = 250;
const PULL_BATCH = 250;

/**
 * Sends every local change the server lacks, a batch at a time in id order; the next batch is
 * read from IndexedDB while the current one is on the wire. Returns how many revisions were sent.
 */
export async function push(db: BackstoryDb, client: CouchClient, rule: SharingRule): Promise<number> {
  while ((await prepareOutgoing(db, rule)) > 0);
  let sent = 0;
  let next = unsentBatch(db, PUSH_BATCH);
  for (;;) {
    const { out: batch, last } = await next;
    if (batch.length === 0) return sent;
    next = unsentBatch(db, PUSH_BATCH, last);
    next.catch(() => undefined);
    const revs: Record<string, string[]> = {};
    for (const o of batch) (revs[o.id] ??= []).push(o.leaf.rev);
    const diff = await client.revsDiff(revs);
    const missing = new Set(
      Object.entries(diff).flatMap(([id, d]) => (d.missing ?? []).map((rev) => `${id} ${rev}`)),
    );
    const docs = batch
      .filter((o) => missing.has(`${o.id} ${o.leaf.rev}`))
      .map((o) => toCouchDoc(o.id, o.leaf));
    if (docs.length > 0) await client.bulkDocs(docs);
    sent += docs.length;
    await markSent(
      db,
      batch.map((o) => ({ id: o.id, rev: o.leaf.rev })),
    );
  }
}

export interface PullResult {
  changed: number;
  refused: number;
}

/**
 * Takes in everything the server changed since the checkpoint. With `waitMs`, first waits up to
 * that long for a change (CouchDB's long poll), which `signal` can cut short. `limits` bound what
 * the team's documents may take here (`STORE_LIMITS` unless a test sets smaller ones).
 */
export async function pull(
  db: BackstoryDb,
  client: CouchClient,
  rule: Pick<SharingRule, 'share' | 'tags'>,
  options: { waitMs?: number; signal?: AbortSignal; limits?: StoreLimits } = {},
): Promise<PullResult> {
  const fetchBatch = async (since: Seq, waitMs?: number) => {
    const feed = await client.changes(since, PULL_BATCH, { waitMs, signal: options.signal });
    const changes = feed.results
      .filter((r) => !r.id.startsWith('_design/'))
      .map((r) => ({ id: r.id, revs: r.changes.map((c) => c.rev) }));
    const missing = await missingRevisions(db, changes);
    const read: ReadDoc[] = [];
    if (missing.length > 0) {
      for (const result of await client.bulkGet(missing)) {
        for (const doc of result.docs) if (doc.ok !== undefined) read.push(readCouchDoc(doc.ok));
      }
    }
    return { feed, read };
  };
  const total = { changed: 0, refused: 0 };
  // The next batch is fetched from the server while this one is stored.
  let current = fetchBatch(await loadSince(db), options.waitMs);
  for (;;) {
    const { feed, read } = await current;
    const more = feed.results.length >= PULL_BATCH;
    if (more) {
      current = fetchBatch(feed.last_seq);
      current.catch(() => undefined);
    }
    const applied = await applyIncoming(db, read, feed.last_seq, rule, options.limits);
    total.changed += applied.changed;
    total.refused += applied.refused;
    if (!more) return total;
  }
}
