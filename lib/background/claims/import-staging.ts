/**
 * Where a big import waits before it is written. Checked claims and relations are put in the
 * `importStaging` store a batch at a time, in small transactions, under the import's session
 * id, so the background never holds the file's claims or relations; at the file's end the
 * relations are planned a batch at a time (their ends are known only then); then one
 * transaction moves the claims into `savedClaims` together with the chosen relations and the
 * settings, and deletes them from staging. That last step is a single IndexedDB transaction: it
 * commits whole or, if anything fails or the browser stops, not at all — the library is as it
 * was, and what was staged is dropped by the next import.
 */
import { allWrites, atomically, queued } from '../db/atomic';
import type { BackstoryDb } from '../db/object-stores';
import { noteChanges, OUTBOX } from '../db/sync-outbox';
import {
  claimRelationSchema,
  type ClaimRelation,
  type StagedClaim,
  type StagedMark,
  type StagedRelation,
  type StoredRelation,
} from '../../claims/schema';
import type { ImportPlanner, PlannedClaim } from '../../import/plan';
import { canonical } from '../../import/plan-shape';
import { recheck, type ChangedMeanwhile, type RelationChangedMeanwhile } from '../../import/recheck';
import { claimDocId, relationDocId } from '../../sync/documents';
import { storedRelation } from './store';

/** Claims or relations moved per request inside the commit. */
const BATCH = 500;

/**
 * Every key of one session. Array keys sort after strings, so `[session, []]` follows every
 * `[session, id]`; numbers (relations' places) sort before strings (claims' ids).
 */
const sessionKeys = (session: string) => IDBKeyRange.bound([session], [session, []]);

/**
 * Where a relation chosen for writing is marked, under its id, so the file's next relation with
 * that id is known without holding the ids in memory. After every claim id (a UUID) in key order.
 */
const MARK = '~chosen ';

/** A session's staged claims, after the claim `after`. */
const claimKeys = (session: string, after?: string) =>
  IDBKeyRange.bound([session, after ?? ''], [session, MARK], after !== undefined, true);

/** A session's staged relations, after the `after`th. */
const relationKeys = (session: string, after?: number) =>
  IDBKeyRange.bound([session, after ?? -Infinity], [session, ''], after !== undefined, true);

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

/** Puts a batch of checked claims, with what each was planned against, in a session's staging area. */
export async function stageClaims(
  db: BackstoryDb,
  session: string,
  claims: readonly PlannedClaim[],
): Promise<void> {
  if (claims.length === 0) return;
  const tx = db.transaction('importStaging', 'readwrite');
  await atomically(tx, () =>
    allWrites(claims.map((planned) => tx.store.put({ ...planned, session, id: planned.claim.id }))),
  );
}

/** Puts the file's relations from its `first`th on in a session's staging area. */
export async function stageRelations(
  db: BackstoryDb,
  session: string,
  first: number,
  relations: readonly ClaimRelation[],
): Promise<void> {
  if (relations.length === 0) return;
  const tx = db.transaction('importStaging', 'readwrite');
  await atomically(tx, () =>
    allWrites(relations.map((relation, i) => tx.store.put({ session, id: first + i, relation }))),
  );
}

type Staged = StagedClaim | StagedRelation | StagedMark;
const isStagedRelation = (staged: Staged): staged is StagedRelation => typeof staged.id === 'number';
const isStagedClaim = (staged: Staged): staged is StagedClaim => 'claim' in staged;

/**
 * Plans a session's staged relations in file order, once the planner has seen every claim of
 * the file, a batch at a time against what is stored; which of the `count` to write.
 */
export async function planStagedRelations(
  db: BackstoryDb,
  session: string,
  count: number,
  planner: ImportPlanner,
): Promise<Uint8Array> {
  const chosen = new Uint8Array(count);
  let after: number | undefined;
  for (;;) {
    const tx = db.transaction(['importStaging', 'savedClaims', 'claimRelations'], 'readonly');
    const staging = tx.objectStore('importStaging');
    const staged = (await staging.getAll(relationKeys(session, after), BATCH))
      .filter(isStagedRelation)
      // Ends on a file's claim that repeats one of the reader's are moved to the reader's.
      .map((s) => {
        const original = claimRelationSchema.parse(s.relation);
        const relation = planner.follow(original);
        return { index: s.id, relation, moved: relation !== original };
      });
    if (staged.length === 0) return chosen;
    after = staged.at(-1)!.index;
    const ends = staged.flatMap(({ relation: r }) =>
      [r.from, r.to].filter((e) => e.kind === 'saved' && !planner.seen.has(e.id)).map((e) => e.id),
    );
    const claims = tx.objectStore('savedClaims');
    const stored = new Set(
      (await Promise.all([...new Set(ends)].map((id) => claims.getKey(id)))).filter((k) => k !== undefined),
    );
    const links = tx.objectStore('claimRelations');
    const existing = new Map<string, ClaimRelation>();
    for (const found of await Promise.all(staged.map((s) => links.get(s.relation.id))))
      if (found) {
        const { ends: _ends, ...relation } = found;
        existing.set(relation.id, relation);
      }
    const ids = [...new Set(staged.map((s) => s.relation.id))];
    const marks = await Promise.all(ids.map((id) => staging.getKey([session, MARK + id])));
    const earlier = new Set(ids.filter((_, i) => marks[i] !== undefined));
    const marked: StagedMark[] = [];
    for (const { index, relation, moved } of staged) {
      const known = (id: string) => stored.has(id);
      if (
        index >= count ||
        !planner.relation(relation, index, known, existing, moved, earlier.has(relation.id))
      )
        continue;
      chosen[index] = 1;
      earlier.add(relation.id);
      const base = existing.get(relation.id);
      marked.push({ session, id: MARK + relation.id, mark: true, ...(base && { base }) });
    }
    if (marked.length === 0) continue;
    // Apart from the reads: a read-write transaction naming the library would have to note it in sync's outbox.
    const marking = db.transaction('importStaging', 'readwrite');
    await atomically(marking, () => allWrites(marked.map((mark) => marking.store.put(mark))));
  }
}

/**
 * Moves a session's staged claims into `savedClaims` and its staged relations that `chosen`
 * marks (their ends moved by `follow`, as planned) into `claimRelations`, writes (if given) the
 * settings, in one transaction that also deletes them from staging and notes every claim and
 * relation written in team sync's outbox (so imported claims reach the team as marked ones do).
 * Each claim is looked at again as stored now (`recheck`): what the reader changed since it was
 * planned is not overwritten, and a relation to a claim no longer there is not written; nor is
 * one whose id the reader has given a relation other than the one it was planned against (a
 * verdict recorded while the import ran), nor one the reader deleted (there when planned, or
 * `deleted` says so). Returns the planned claims the reader's changes overruled, and those
 * relations (one whose claim is among those claims, deleted, is said by the claim alone).
 */
export async function commitStaged(
  db: BackstoryDb,
  session: string,
  chosen: (index: number) => boolean,
  settings?: unknown,
  follow: (relation: ClaimRelation) => ClaimRelation = (relation) => relation,
  deleted: (id: string) => boolean = () => false,
  now = new Date().toISOString(),
): Promise<{ claims: ChangedMeanwhile[]; relations: RelationChangedMeanwhile[] }> {
  const tx = db.transaction(
    ['importStaging', 'savedClaims', 'claimRelations', 'settings', OUTBOX],
    'readwrite',
  );
  return atomically(tx, async () => {
    const staging = tx.objectStore('importStaging');
    const saved = tx.objectStore('savedClaims');
    const outbox = tx.objectStore(OUTBOX);
    const changes: ChangedMeanwhile[] = [];
    const relationsChanged: RelationChangedMeanwhile[] = [];
    /** Ids written here: certainly stored, as relations' ends. */
    const written = new Set<string>();
    let after: string | undefined;
    for (;;) {
      const batch = (await staging.getAll(claimKeys(session, after), BATCH)).filter(isStagedClaim);
      if (batch.length === 0) break;
      after = batch.at(-1)!.id;
      const current = await Promise.all(batch.map((staged) => saved.get(staged.id)));
      const writes = batch.flatMap(({ session: _session, id: _id, ...planned }, i) => {
        const { write, changed } = recheck(planned, current[i], now);
        if (changed) changes.push(changed);
        return write ? [write] : [];
      });
      for (const claim of writes) written.add(claim.id);
      await allWrites([
        ...writes.map((claim) => saved.put(claim)),
        ...noteChanges(
          outbox,
          writes.map((claim) => claimDocId(claim.id)),
        ),
      ]);
    }
    const said = new Set(changes.filter((c) => c.what === 'deleted').map((c) => c.id));
    let place: number | undefined;
    for (;;) {
      const batch = (await staging.getAll(relationKeys(session, place), BATCH)).filter(isStagedRelation);
      if (batch.length === 0) break;
      place = batch.at(-1)!.id;
      const planned = batch
        .filter((s) => chosen(s.id))
        .map((s) => follow(claimRelationSchema.parse(s.relation)));
      // A claim at either end may have been deleted since the relations were planned.
      const ends = [...new Set(planned.flatMap(savedEnds))].filter((id) => !written.has(id));
      const found = await Promise.all(ends.map((id) => saved.getKey(id)));
      const gone = new Set(ends.filter((_, i) => found[i] === undefined));
      const live: ClaimRelation[] = [];
      for (const r of planned) {
        const lost = savedEnds(r).filter((id) => gone.has(id));
        if (lost.length === 0) live.push(r);
        // A claim of the file's deleted meanwhile has its own line, which says its relations go too.
        else
          relationsChanged.push({
            id: r.id,
            what: 'claim',
            ...(lost.every((id) => said.has(id)) && { quiet: true }),
          });
      }
      const links = tx.objectStore('claimRelations');
      const { write, changed } = await unchangedSincePlanned(staging, links, session, live, deleted);
      relationsChanged.push(...changed);
      await allWrites([
        ...write.map((r) => links.put(storedRelation(r))),
        ...noteChanges(
          outbox,
          write.map((r) => relationDocId(r.id)),
        ),
      ]);
    }
    const writes: Promise<unknown>[] = [];
    if (settings !== undefined) writes.push(queued(tx.objectStore('settings').put(settings, 'user')));
    writes.push(queued(staging.delete(sessionKeys(session))));
    await allWrites(writes);
    return { claims: changes, relations: relationsChanged };
  });
}

/**
 * Of the relations to write, those whose id holds now what it held when they were chosen (their
 * mark's `base`), and the others: a relation the reader recorded on the pair meanwhile is theirs,
 * and kept; one they deleted (there when chosen, or `deleted` says so) stays deleted.
 */
async function unchangedSincePlanned(
  staging: { get(key: [string, string]): Promise<Staged | undefined> },
  stored: { get(id: string): Promise<StoredRelation | undefined> },
  session: string,
  relations: readonly ClaimRelation[],
  deleted: (id: string) => boolean,
): Promise<{ write: ClaimRelation[]; changed: RelationChangedMeanwhile[] }> {
  const [marks, now] = await Promise.all([
    Promise.all(relations.map((r) => staging.get([session, MARK + r.id]))),
    Promise.all(relations.map((r) => stored.get(r.id))),
  ]);
  const write: ClaimRelation[] = [];
  const changed: RelationChangedMeanwhile[] = [];
  relations.forEach((r, i) => {
    const mark = marks[i];
    const base = mark && 'mark' in mark ? mark.base : undefined;
    const current = now[i];
    if (!current) {
      if (base === undefined && !deleted(r.id)) write.push(r);
      else changed.push({ id: r.id, what: 'deleted' });
      return;
    }
    const { ends: _ends, ...relation } = current;
    if (base !== undefined && canonical(base) === canonical(relation)) write.push(r);
    else changed.push({ id: r.id, what: 'edited' });
  });
  return { write, changed };
}

/** Ids of a relation's ends that are saved claims. */
const savedEnds = (r: ClaimRelation) =>
  [r.from, r.to].filter((end) => end.kind === 'saved').map((end) => end.id);
