/**
 * An import keeps the file's relations in the staging store while the file is read, not in the
 * background's memory (a file at the limit held about 500 MB), and plans them at the end a
 * batch at a time. What it decides and writes must be what planning the whole file at once
 * decides (`planImport`, the in-memory path), and an import that fails leaves nothing behind.
 */
import { describe, expect, it } from 'vitest';
import { createImportSessions } from '@/lib/background/claims/import-sessions';
import { listClaims, listRelations, saveClaim, storedRelation } from '@/lib/background/claims/store';
import { bundleJson } from '@/lib/export/bundle';
import { planImport } from '@/lib/import/plan-whole';
import { readImport } from '@/lib/import/read';
import { relationId, type ClaimRelation } from '@/lib/claims/schema';
import { bigLibrary, bigLibraryId } from '../../fixtures/big-library';
import { freshDb } from '../fresh-db';

const name = 'import-staged-relations';
const { getDb } = freshDb(name);

const sessions = () => createImportSessions({ getDb: () => getDb(), invalidate: () => undefined });

function* pieces(text: string, size = 16_000) {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

const link = (from: string, to: string, relation: ClaimRelation['relation'] = 'agree'): ClaimRelation => {
  const ends = [
    { kind: 'saved' as const, id: from },
    to.startsWith('c-') ? { kind: 'kb' as const, id: to } : { kind: 'saved' as const, id: to },
  ] as const;
  return {
    id: relationId(ends[0], ends[1]),
    from: ends[0],
    to: ends[1],
    relation,
    created: '2025-06-01T00:00:00.000Z',
  };
};

/**
 * A library of 300 claims (half of them already stored) whose file holds the fixture's 500
 * relations (most with an end beyond the 300: dangling) and some of every other kind: one
 * already stored as it is, one stored differently, one to a claim stored but not in the file,
 * the same relation twice.
 */
async function scene() {
  const db = await getDb();
  const { claims, relations } = bigLibrary(300);
  const outside = bigLibrary(400).claims[350]!;
  for (const claim of [...claims.slice(0, 150), outside]) await saveClaim(db, claim);
  const same = link(bigLibraryId(0), bigLibraryId(1));
  const changed = link(bigLibraryId(2), bigLibraryId(3), 'conflict');
  await db.put('claimRelations', storedRelation(same));
  await db.put('claimRelations', storedRelation({ ...changed, relation: 'agree' }));
  const extra = [same, changed, link(bigLibraryId(4), outside.id), link(bigLibraryId(5), 'c-munir-lunch')];
  const fileRelations = [...relations, ...extra, extra[2]!];
  const file = bundleJson({
    claims,
    relations: fileRelations,
    kbVersion: 'test',
    now: new Date('2025-11-21T00:00:00Z'),
  });
  return { db, file };
}

describe('an import stages its relations', () => {
  it('decides and writes what planning the whole file in memory does', async () => {
    const { db, file } = await scene();
    const stored = (await listClaims(db)).claims;
    const storedRelations = await listRelations(db);
    const expected = planImport(
      readImport(file),
      new Map(stored.map((c) => [c.id, c])),
      new Map(storedRelations.map((r) => [r.id, r])),
    );

    const preview = sessions().start('preview');
    for (const text of pieces(file)) await preview.push(text);
    expect(await preview.finish(false)).toEqual(expected.preview);
    expect(await db.count('importStaging')).toBe(0);

    const apply = sessions().start('apply');
    for (const text of pieces(file)) await apply.push(text);
    expect(await apply.finish(false)).toEqual(expected.preview);
    expect(expected.preview.counts.relations).toBeGreaterThan(0);
    const byId = new Map(storedRelations.map((r) => [r.id, r]));
    for (const r of expected.relations) byId.set(r.id, r);
    const sorted = (list: ClaimRelation[]) => list.toSorted((a, b) => a.id.localeCompare(b.id));
    expect(sorted(await listRelations(db))).toEqual(sorted([...byId.values()]));
    expect(await db.count('importStaging')).toBe(0);
  });

  it('counts and writes once a relation the file repeats, in one batch or across batches', async () => {
    const [a, b] = bigLibrary(2).claims;
    const again = link(a!.id, b!.id);
    // The 1st and 2nd in the first batch of 500, the 601st in the second.
    const file = bundleJson({
      claims: [a!, b!],
      relations: Array.from({ length: 601 }, () => again),
      kbVersion: 'test',
    });
    expect(planImport(readImport(file), new Map(), new Map()).preview.counts.relations).toBe(1);
    for (const mode of ['preview', 'apply'] as const) {
      const session = sessions().start(mode);
      for (const text of pieces(file)) await session.push(text);
      expect((await session.finish(false)).counts.relations).toBe(1);
    }
    expect(await listRelations(await getDb())).toEqual([again]);
  });

  it('keeps the relations in the staging store while the file is read, not until its end', async () => {
    const { file } = await scene();
    const session = sessions().start('preview');
    const staged: number[] = [];
    for (const text of pieces(file, 4_000)) {
      await session.push(text);
      staged.push(await (await getDb()).count('importStaging'));
    }
    // Every relation of the file was staged before its end was read.
    expect(Math.max(...staged)).toBe(readImport(file).relations.length);
    expect(Math.max(...staged)).toBeGreaterThan(100);
    await session.finish(false);
    expect(await (await getDb()).count('importStaging')).toBe(0);
  });

  it('leaves nothing behind when the file fails after its relations were staged', async () => {
    const { db, file } = await scene();
    const before = { claims: await listClaims(db), relations: await listRelations(db) };
    for (const mode of ['preview', 'apply'] as const) {
      const session = sessions().start(mode);
      // The relations come last: all but the file's last characters have been read and staged.
      for (const text of pieces(file.slice(0, -40))) await session.push(text);
      expect(await db.count('importStaging')).toBeGreaterThan(0);
      await expect(session.finish(false)).rejects.toThrow(/ends in the middle/);
      expect(await db.count('importStaging')).toBe(0);
      expect({ claims: await listClaims(db), relations: await listRelations(db) }).toEqual(before);
    }
  });

  it('leaves nothing behind when abandoned', async () => {
    const { db, file } = await scene();
    const session = sessions().start('apply');
    for (const text of pieces(file.slice(0, -40))) await session.push(text);
    await session.abandon();
    expect(await db.count('importStaging')).toBe(0);
  });
});
