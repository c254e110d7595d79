/**
 * The reader's side of sync: versions in conflict and the choice between them, and which claims
 * are shared. A conflict keeps every version until the reader picks one; the suggestion is the
 * version edited last, never applied by itself.
 */
import { atomically } from '../db/atomic';
import type { BackstoryDb } from '../db/object-stores';
import { RequestError } from '../../result';
import { isShared, type ShareChoice, type SharingRule } from '../../sync/config';
import { claimDocId, type SyncBody } from '../../sync/documents';
import { resolveConflict } from '../../sync/revisions';
import type { Conflict } from '../../sync/status';
import { digestOf, withFlags } from '../../sync/stored';
import { bodyOf, isClaimDoc } from './outgoing';
import { asTeamChars, teamCharsOf } from './limits';
import { TEAM_CHARS_KEY } from './state';

const editedAt = (body: SyncBody) => (body.type === 'claim' ? body.claim.updated : body.relation.created);

/**
 * How far ahead of this device's clock a version's date may be and still count as "edited last":
 * a day covers clocks set wrong and time zones; a server's date of 9999 does not.
 */
export const MAX_CLOCK_AHEAD_MS = 24 * 60 * 60 * 1000;

/**
 * The version to suggest: the one edited last, among those whose date is not beyond
 * `MAX_CLOCK_AHEAD_MS` past `now` (none when every date is).
 */
export function suggestedVersion<V extends { body: SyncBody }>(
  versions: readonly V[],
  now: number,
): V | undefined {
  const plausible = versions.filter((v) => Date.parse(editedAt(v.body)) <= now + MAX_CLOCK_AHEAD_MS);
  return plausible.reduce<V | undefined>(
    (a, b) => (a === undefined || editedAt(b.body) > editedAt(a.body) ? b : a),
    undefined,
  );
}

/** Every document with versions in conflict, each version with its body. */
export async function listConflicts(db: BackstoryDb, now = Date.now()): Promise<Conflict[]> {
  const tx = db.transaction(['syncDocs', 'savedClaims', 'claimRelations'], 'readonly');
  const records = await tx.objectStore('syncDocs').index('conflicted').getAll(1);
  const conflicts = await Promise.all(
    records.map(async (record): Promise<Conflict | undefined> => {
      const shown = isClaimDoc(record.id)
        ? await tx.objectStore('savedClaims').get(record.id.slice('claim:'.length))
        : await tx.objectStore('claimRelations').get(record.id.slice('relation:'.length));
      const versions = [
        ...(shown && record.current ? [{ rev: record.current.rev, body: bodyOf(shown), shown: true }] : []),
        ...record.conflicts.flatMap((leaf) =>
          leaf.body ? [{ rev: leaf.rev, body: leaf.body, shown: false }] : [],
        ),
      ];
      if (versions.length < 2) return undefined;
      const latest = suggestedVersion(versions, now);
      return { id: record.id, versions: versions.map((v) => ({ ...v, suggested: v === latest })) };
    }),
  );
  await tx.done;
  return conflicts.filter((c): c is Conflict => c !== undefined);
}

/** Keeps the version `rev` of a conflicted document; the others are closed on every device. */
export async function resolve(db: BackstoryDb, id: string, rev: string): Promise<SyncBody> {
  const tx = db.transaction(['syncDocs', 'savedClaims', 'claimRelations', 'meta'], 'readwrite');
  return atomically(tx, async () => {
    const record = await tx.objectStore('syncDocs').get(id);
    if (!record || record.conflicts.length === 0)
      throw new RequestError('not-found', 'That conflict has already been resolved.');
    const claims = tx.objectStore('savedClaims');
    const relations = tx.objectStore('claimRelations');
    const shownRecord = isClaimDoc(id)
      ? await claims.get(id.slice('claim:'.length))
      : await relations.get(id.slice('relation:'.length));
    const chosen =
      record.current?.rev === rev && shownRecord
        ? bodyOf(shownRecord)
        : record.conflicts.find((leaf) => leaf.rev === rev)?.body;
    if (!chosen) throw new RequestError('not-found', 'That version is no longer there: reload the list.');
    const state = resolveConflict(record, chosen);
    if (chosen.type === 'claim') await claims.put(chosen.claim);
    else {
      const { relation } = chosen;
      const ends = [relation.from, relation.to].map((end) => `${end.kind}:${end.id}`);
      await relations.put({ ...relation, ends });
    }
    // The versions not kept no longer count against what the team may store here.
    const meta = tx.objectStore('meta');
    const teamChars = teamCharsOf(state);
    const total = asTeamChars(await meta.get(TEAM_CHARS_KEY)) + teamChars - (record.teamChars ?? 0);
    await meta.put(Math.max(0, total), TEAM_CHARS_KEY);
    await tx.objectStore('syncDocs').put(
      withFlags({
        ...record,
        ...state,
        current: { ...state.current!, body: undefined },
        digest: digestOf(chosen),
        teamChars,
      }),
    );
    return chosen;
  });
}

/** Sets (or clears, with `undefined`) a claim's own sharing choice. */
export async function setChoice(
  db: BackstoryDb,
  claimId: string,
  choice: ShareChoice | undefined,
): Promise<void> {
  const docId = claimDocId(claimId);
  const tx = db.transaction(['syncDocs', 'syncOutbox'], 'readwrite');
  await atomically(tx, async () => {
    const docs = tx.objectStore('syncDocs');
    const record = (await docs.get(docId)) ?? { id: docId, conflicts: [], closing: [] };
    const { choice: _old, ...rest } = record;
    await Promise.all([
      docs.put(withFlags(choice ? { ...rest, choice } : rest)),
      tx.objectStore('syncOutbox').put(Date.now(), docId),
    ]);
  });
}

/** Whether each of these claims is shared under the rule and their own choices. */
export async function sharingOf(
  db: BackstoryDb,
  claimIds: readonly string[],
  rule: SharingRule,
): Promise<Record<string, { shared: boolean; choice?: ShareChoice }>> {
  const tx = db.transaction(['syncDocs', 'savedClaims'], 'readonly');
  const entries = await Promise.all(
    claimIds.map(async (id) => {
      const [claim, record] = await Promise.all([
        tx.objectStore('savedClaims').get(id),
        tx.objectStore('syncDocs').get(claimDocId(id)),
      ]);
      const shared = claim !== undefined && isShared(claim, record?.choice, rule);
      return [id, record?.choice ? { shared, choice: record.choice } : { shared }] as const;
    }),
  );
  await tx.done;
  return Object.fromEntries(entries);
}

/** How many documents have changes waiting to be sent, and how many are in conflict. */
export async function counts(db: BackstoryDb): Promise<{ waiting: number; conflicts: number }> {
  const tx = db.transaction('syncDocs', 'readonly');
  const [waiting, conflicts] = await Promise.all([
    tx.store.index('unsent').count(1),
    tx.store.index('conflicted').count(1),
  ]);
  await tx.done;
  return { waiting, conflicts };
}
