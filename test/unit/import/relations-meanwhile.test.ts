/**
 * A big import's relations are planned at the file's end, a batch at a time, and written by the
 * commit after: a verdict the reader records on a pair in between is theirs, and the commit
 * does not overwrite it with the file's, whether the file's relation was on that pair or moved
 * onto it (its end a file's claim merged into the reader's). Before they are planned, the file's
 * relation replaces the reader's only if it is the newer (as a claim's version does); a relation
 * or claim the reader deletes in between stays deleted, said in one line.
 */
import { describe, expect, it } from 'vitest';
import {
  commitStaged,
  planStagedRelations,
  stageClaims,
  stageRelations,
} from '@/lib/background/claims/import-staging';
import {
  deleteClaim,
  listRelations,
  removeRelation,
  saveClaim,
  setRelation,
  storedRelation,
} from '@/lib/background/claims/store';
import { relationId, type ClaimRelation } from '@/lib/claims/schema';
import { ImportPlanner } from '@/lib/import/plan';
import { savedClaim } from '../claims/claim-fixture';
import { freshDb } from '../fresh-db';

const name = 'import-relations-meanwhile';
const { getDb } = freshDb(name);

const mine = savedClaim();
/** The same passage marked in another profile (merged into `mine`). */
const theirs = savedClaim({ id: '9c9c9c9c-0000-4000-8000-000000000002', note: 'Seen on TV.' });
const other = savedClaim({ id: '9c9c9c9c-0000-4000-8000-000000000003', url: 'https://news.example/b' });
const saved = (id: string) => ({ kind: 'saved' as const, id });
const link = (from: string, to: string): ClaimRelation => ({
  id: relationId(saved(from), saved(to)),
  from: saved(from),
  to: saved(to),
  relation: 'agree',
  created: '2025-06-20T10:01:00.000Z',
});

/**
 * Plans and stages `theirs` and `relations` (the reader has `mine` and `other`, and what
 * `before` records), runs `meanwhile`, commits.
 */
async function importWith(
  relations: ClaimRelation[],
  meanwhile: () => Promise<unknown>,
  before: () => Promise<unknown> = async () => undefined,
) {
  const db = await getDb();
  await saveClaim(db, mine);
  await saveClaim(db, other);
  await before();
  const planner = new ImportPlanner('merge');
  await stageClaims(db, 's', planner.claims([theirs], new Map(), new Map([[mine.url, [mine]]])));
  await stageRelations(db, 's', 0, relations);
  const chosen = await planStagedRelations(db, 's', relations.length, planner);
  await meanwhile();
  const changed = await commitStaged(
    db,
    's',
    (i) => chosen[i] === 1,
    undefined,
    (r) => planner.follow(r),
  );
  planner.changedMeanwhile(changed.claims, changed.relations);
  const preview = planner.preview({ format: 'backstory', notes: [] });
  return { db, preview, messages: preview.problems.map((p) => p.message).join('\n') };
}

const conflict = async () => setRelation(await getDb(), saved(mine.id), saved(other.id), 'conflict');
/** The reader's verdict on the pair, recorded before the file's was. */
const olderConflict = async () =>
  (await getDb()).put('claimRelations', {
    ...storedRelation(link(mine.id, other.id)),
    relation: 'conflict',
    created: '2025-01-01T00:00:00.000Z',
  });

describe('relations recorded while an import runs', () => {
  it('keeps the reader’s verdict over the file’s relation on that pair', async () => {
    const { db, preview, messages } = await importWith([link(mine.id, other.id)], conflict);
    expect((await listRelations(db)).map((r) => r.relation)).toEqual(['conflict']);
    expect(preview.counts.relations).toBe(0);
    expect(messages).toMatch(/you linked while the import ran; your relation was kept/);
  });

  it('keeps the reader’s verdict over the file’s relation moved onto their claim', async () => {
    const { db, preview } = await importWith([link(theirs.id, other.id)], conflict);
    expect(await listRelations(db)).toMatchObject([
      { from: saved(mine.id), to: saved(other.id), relation: 'conflict' },
    ]);
    expect(preview.counts.relations).toBe(0);
  });

  it('writes the file’s relation when the pair holds what it held when planned', async () => {
    const { db, preview } = await importWith([link(theirs.id, other.id)], async () => undefined);
    expect(await listRelations(db)).toMatchObject([{ from: saved(mine.id), relation: 'agree' }]);
    expect(preview.counts.relations).toBe(1);
  });

  it('keeps a verdict the reader recorded before the relations were planned, being newer', async () => {
    // After the preview, while the file was read: the rule claims follow, the newer one wins.
    const { db, preview, messages } = await importWith(
      [link(mine.id, other.id)],
      async () => undefined,
      conflict,
    );
    expect((await listRelations(db)).map((r) => r.relation)).toEqual(['conflict']);
    expect(preview.counts.relations).toBe(0);
    expect(messages).toMatch(
      /is not newer than your relation between these claims \(recorded \d{4}-\d\d-\d\d\), which was kept/,
    );
  });

  it('writes the file’s newer relation over the reader’s older one it was planned against', async () => {
    const { db, preview } = await importWith([link(mine.id, other.id)], async () => undefined, olderConflict);
    expect((await listRelations(db)).map((r) => r.relation)).toEqual(['agree']);
    expect(preview.counts.relations).toBe(1);
  });

  it('does not bring back a relation the reader deleted after it was planned', async () => {
    const id = relationId(saved(mine.id), saved(other.id));
    const { db, preview, messages } = await importWith(
      [link(mine.id, other.id)],
      async () => removeRelation(await getDb(), id),
      olderConflict,
    );
    expect(await listRelations(db)).toEqual([]);
    expect(preview.counts.relations).toBe(0);
    expect(messages).toMatch(
      /you deleted the relation between these claims while the import ran; it stays deleted/,
    );
  });

  it('says so when the reader deleted one of a relation’s claims after it was planned', async () => {
    const { db, preview, messages } = await importWith([link(mine.id, other.id)], async () =>
      deleteClaim(await getDb(), other.id),
    );
    expect(await listRelations(db)).toEqual([]);
    expect(preview.counts.relations).toBe(0);
    expect(messages).toMatch(/links a claim you deleted while the import ran; it stays deleted/);
  });
});
