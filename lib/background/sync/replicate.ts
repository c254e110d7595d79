/**
 * One pass of CouchDB replication in each direction. Push: local changes become revisions, the
 * server is asked which it lacks (`_revs_diff`) and is sent those with their history
 * (`_bulk_docs`, `new_edits: false`, so the server keeps conflicts rather than refusing them).
 * Pull: the server's `_changes` since the checkpoint, the missing revisions fetched with their
 * history (`_bulk_get`), checked, and stored with the new checkpoint in one transaction.
 */
import type { BackstoryDb } from '../../db/open';
import type { SharingRule } from '../../sync/config';
import type { CouchClient } from '../../sync/couch';
import { readCouchDoc, toCouchDoc, type ReadDoc } from '../../sync/documents';
import { applyIncoming, missingRevisions } from './incoming';
import { markSent, prepareOutgoing, unsentBatch } from './outgoing';
import { loadSince } from './state';

const PUSH_BATCH = 100;
const PULL_BATCH = 200;

/** Sends every local change the server lacks. Returns how many revisions were sent. */
export async function push(db: BackstoryDb, client: CouchClient, rule: SharingRule): Promise<number> {
  while ((await prepareOutgoing(db, rule)) > 0);
  let sent = 0;
  const tried = new Set<string>();
  for (;;) {
    const batch = await unsentBatch(db, PUSH_BATCH);
    const fresh = batch.filter((o) => !tried.has(`${o.id} ${o.leaf.rev}`));
    // Leaves that cannot be sent yet (their claim was just deleted) must not loop forever.
    if (fresh.length === 0) return sent;
    for (const o of fresh) tried.add(`${o.id} ${o.leaf.rev}`);
    const revs: Record<string, string[]> = {};
    for (const o of fresh) (revs[o.id] ??= []).push(o.leaf.rev);
    const diff = await client.revsDiff(revs);
    const missing = new Set(
      Object.entries(diff).flatMap(([id, d]) => (d.missing ?? []).map((rev) => `${id} ${rev}`)),
    );
    const docs = fresh
      .filter((o) => missing.has(`${o.id} ${o.leaf.rev}`))
      .map((o) => toCouchDoc(o.id, o.leaf));
    if (docs.length > 0) await client.bulkDocs(docs);
    sent += docs.length;
    await markSent(
      db,
      fresh.map((o) => ({ id: o.id, rev: o.leaf.rev })),
    );
  }
}

export interface PullResult {
  changed: number;
  refused: number;
}

/**
 * Takes in everything the server changed since the checkpoint. With `waitMs`, first waits up to
 * that long for a change (CouchDB's long poll), which `signal` can cut short.
 */
export async function pull(
  db: BackstoryDb,
  client: CouchClient,
  options: { waitMs?: number; signal?: AbortSignal } = {},
): Promise<PullResult> {
  let since = await loadSince(db);
  const total = { changed: 0, refused: 0 };
  for (let first = true; ; first = false) {
    const feed = await client.changes(since, PULL_BATCH, {
      waitMs: first ? options.waitMs : undefined,
      signal: options.signal,
    });
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
    const applied = await applyIncoming(db, read, feed.last_seq);
    total.changed += applied.changed;
    total.refused += applied.refused;
    since = feed.last_seq;
    if (feed.results.length < PULL_BATCH) return total;
  }
}
