/**
 * From the server's documents to Backstory's stores. Each batch — its documents, their
 * revisions, any refusals and the server's checkpoint — is written in one transaction, so a
 * batch is taken whole or, after any fault, fetched again. Only documents that passed the import
 * schemas (`lib/sync/documents.ts`) get here; the rest are recorded as refused, with the reason.
 */
import { atomically } from '../db/atomic';
import type { BackstoryDb } from '../db/object-stores';
import type { SavedClaim } from '../../claims/schema';
import type { StoredRelation } from '../../claims/schema';
import type { Seq } from '../../sync/couch';
import { claimDocId, type ReadDoc, type SyncBody } from '../../sync/documents';
import { childOf, editLocally, hasRevision, mergeLeaf, type Leaf } from '../../sync/revisions';
import { isShared, type SharingRule } from '../../sync/config';
import { digestOf, emptyRecord, withFlags, type SyncDocRecord } from '../../sync/stored';
import { bodyOf, isClaimDoc } from './outgoing';
import { refusedSchema, type Refused } from '../../sync/status';
import { MAX_REFUSED, REFUSED_KEY, SINCE_KEY, TEAM_CHARS_KEY } from './state';
import { asTeamChars, beyondLimits, STORE_LIMITS, teamCharsOf, type StoreLimits } from './limits';
import { noteDraftKey } from '../claims/note-drafts';
import { z } from 'zod';

/** Which of the revisions a change lists this browser lacks. */
export async function missingRevisions(
  db: BackstoryDb,
  changes: readonly { id: string; revs: string[] }[],
): Promise<{ id: string; rev: string }[]> {
  const tx = db.transaction('syncDocs', 'readonly');
  const records = await Promise.all(changes.map((c) => tx.store.get(c.id)));
  await tx.done;
  return changes.flatMap((change, i) => {
    const record = records[i];
    return change.revs
      .filter((rev) => !record || !hasRevision(record, rev))
      .map((rev) => ({ id: change.id, rev }));
  });
}

export interface Applied {
  /** Claims or relations whose shown version changed here. */
  changed: number;
  refused: number;
}

const endKey = (ref: { kind: string; id: string }) => `${ref.kind}:${ref.id}`;

/**
 * Takes a batch of documents from the server, and the checkpoint after it, in one transaction.
 * `rule` is the reader's sharing rule: a claim they hold and do not share, or a relation with such
 * a claim at an end, is theirs alone, and nothing the server sends under its id changes or shares it.
 */
export async function applyIncoming(
  db: BackstoryDb,
  docs: readonly ReadDoc[],
  since: Seq,
  rule: Pick<SharingRule, 'share' | 'tags'>,
  limits: StoreLimits = STORE_LIMITS,
): Promise<Applied> {
  const tx = db.transaction(['syncDocs', 'savedClaims', 'claimRelations', 'meta', 'syncOutbox'], 'readwrite');
  const store = {
    docs: tx.objectStore('syncDocs'),
    claims: tx.objectStore('savedClaims'),
    relations: tx.objectStore('claimRelations'),
    meta: tx.objectStore('meta'),
    outbox: tx.objectStore('syncOutbox'),
  };
  return atomically(tx, async () => {
    let changed = 0;
    const refused: Refused[] = [];
    const at = new Date().toISOString();
    let teamChars = asTeamChars(await store.meta.get(TEAM_CHARS_KEY));
    for (const doc of docs) {
      if (doc.kind === 'skip') continue;
      if (doc.kind === 'refused') {
        refused.push({ id: doc.id, reason: doc.reason, at });
        continue;
      }
      const claimDoc = isClaimDoc(doc.id);
      const before = (await store.docs.get(doc.id)) ?? emptyRecord(doc.id);
      const shown = claimDoc
        ? await store.claims.get(doc.id.slice('claim:'.length))
        : await store.relations.get(doc.id.slice('relation:'.length));
      // A claim or relation the reader holds and does not share (kept private, or outside their
      // rule: one they stopped sharing, one a file brought in) is not the team's to change or share.
      const unshared = shown && (await heldUnshared(shown, before, store, rule));
      if (unshared) {
        refused.push({ id: doc.id, reason: unshared, at });
        continue;
      }
      // The merge compares whole leaves, so the shown one carries its body while it runs. A local
      // claim never synced (the same id imported from a teammate's file) becomes a leaf of its
      // own: if it differs from the team's, both are kept as a conflict, never overwritten.
      const local = shown && bodyOf(shown);
      const unsyncedLocal =
        !before.current && local && !(doc.leaf.body && digestOf(doc.leaf.body) === digestOf(local))
          ? { ...childOf<SyncBody>(undefined, { deleted: false }), unsent: false }
          : undefined;
      // An edit made here that is not yet a revision (still in the outbox: the server's answer
      // came between the save and the next push) becomes one now, so the server's version is a
      // conflict beside it rather than written over it.
      const editedHere =
        local && before.current && !before.current.deleted && before.digest !== digestOf(local)
          ? { ...editLocally(before, { deleted: false }), digest: digestOf(local) }
          : before;
      const base = unsyncedLocal ?? editedHere.current;
      const withBody: SyncDocRecord = {
        ...editedHere,
        current: base && local ? { ...base, body: local } : base,
      };
      const { state, outcome } = mergeLeaf(withBody, doc.leaf);
      const beyond = beyondLimits(before, state, teamChars, limits);
      if (beyond) {
        refused.push({ id: doc.id, reason: beyond, at });
        continue;
      }
      const chars = teamCharsOf(state);
      teamChars += chars - (before.teamChars ?? 0);
      const current = state.current;
      const next: SyncDocRecord = {
        ...editedHere,
        ...state,
        current: current && { ...current, body: undefined },
        // What comes from the team stays shared, whatever this browser's rule says.
        choice: claimDoc ? (before.choice ?? 'shared') : before.choice,
        teamChars: chars,
      };
      if (current && current.rev !== before.current?.rev) {
        changed++;
        if (current.deleted || !current.body) {
          next.digest = undefined;
          await removeShown(doc.id, store);
        } else {
          next.digest = digestOf(current.body);
          await writeShown(current.body, store);
        }
      } else if (outcome === 'conflict' || outcome === 'branch') changed++;
      await store.docs.put(withFlags(next));
    }
    if (refused.length > 0) {
      const kept = z.array(refusedSchema).safeParse(await store.meta.get(REFUSED_KEY));
      const all = [...(kept.success ? kept.data : []), ...refused].slice(-MAX_REFUSED);
      await store.meta.put(all, REFUSED_KEY);
    }
    await store.meta.put(since, SINCE_KEY);
    await store.meta.put(teamChars, TEAM_CHARS_KEY);
    return { changed, refused: refused.length };
  });
}

/**
 * Why what the server sent under the id of something held here is refused, or `undefined` when
 * it is shared. A relation is the reader's alone when either end is a claim they hold and do not
 * share (the outbox sends a relation only with both ends shared); an end not held here is the
 * team's business, not the reader's.
 */
async function heldUnshared(
  shown: SavedClaim | StoredRelation,
  record: SyncDocRecord,
  store: {
    claims: { get(k: string): Promise<SavedClaim | undefined> };
    docs: { get(k: string): Promise<SyncDocRecord | undefined> };
  },
  rule: Pick<SharingRule, 'share' | 'tags'>,
): Promise<string | undefined> {
  if ('selectors' in shown) {
    if (isShared(shown, record.choice, rule)) return undefined;
    return record.choice === 'private'
      ? 'it has the id of a claim you keep private; yours is kept, unshared.'
      : 'it has the id of a claim you do not share; yours is kept, unshared.';
  }
  for (const end of [shown.from, shown.to]) {
    if (end.kind !== 'saved') continue;
    const claim = await store.claims.get(end.id);
    const choice = (await store.docs.get(claimDocId(end.id)))?.choice;
    if (claim && !isShared(claim, choice, rule))
      return 'it has the id of a relation between claims you do not all share; yours is kept, unshared.';
  }
  return undefined;
}

type Stores = {
  claims: { put(v: SavedClaim): Promise<unknown>; delete(k: string): Promise<unknown> };
  relations: {
    put(v: StoredRelation): Promise<unknown>;
    delete(k: string): Promise<unknown>;
    index(name: 'ends'): { getAllKeys(key: string): Promise<string[]> };
  };
  outbox: { put(v: number, k: string): Promise<unknown> };
  meta: { delete(k: string): Promise<unknown> };
};

async function writeShown(body: SyncBody, store: Stores): Promise<void> {
  if (body.type === 'claim') await store.claims.put(body.claim);
  else {
    const { relation } = body;
    await store.relations.put({ ...relation, ends: [endKey(relation.from), endKey(relation.to)] });
  }
}

/**
 * A deletion from the team. A deleted claim takes its relations and its note draft with it, as a
 * local delete does; the relations go through the outbox so the server learns of any it still holds.
 */
async function removeShown(docId: string, store: Stores): Promise<void> {
  if (!isClaimDoc(docId)) {
    await store.relations.delete(docId.slice('relation:'.length));
    return;
  }
  const id = docId.slice('claim:'.length);
  const linked = await store.relations.index('ends').getAllKeys(`saved:${id}`);
  await Promise.all([
    store.claims.delete(id),
    store.meta.delete(noteDraftKey(id)),
    ...linked.flatMap((relationId) => [
      store.relations.delete(relationId),
      store.outbox.put(Date.now(), `relation:${relationId}`),
    ]),
  ]);
}

export type { Leaf };
