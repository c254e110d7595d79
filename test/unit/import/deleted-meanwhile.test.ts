/**
 * A big import reads its whole file before it plans the file's relations: a relation, or one of
 * its claims, that the reader deletes (in another tab or the side panel, through the claims
 * service) while the file is read is not brought back by the import, and the reader is told so
 * in one line.
 */
import { describe, expect, it } from 'vitest';
import { createClaimsService } from '@/lib/background/claims/service';
import { createKbService } from '@/lib/background/kb/service';
import { getClaim, listRelations, saveClaim } from '@/lib/background/claims/store';
import type { ClaimRelation } from '@/lib/claims/schema';
import { bundleJson } from '@/lib/export/bundle';
import { savedClaim } from '../claims/claim-fixture';
import { miniPack } from '../kb/mini-pack';
import { freshDb } from '../fresh-db';

const name = 'import-deleted-meanwhile';
const { getDb } = freshDb(name);

const mine = savedClaim();
const other = savedClaim({ id: '9c9c9c9c-0000-4000-8000-000000000003', url: 'https://news.example/b' });
const saved = (id: string) => ({ kind: 'saved' as const, id });

/**
 * The reader has `mine` and `other`, related; an import of their own export (`fileClaims` and
 * that relation) reads the file, the reader runs `meanwhile`, the import finishes.
 */
async function importWith(
  meanwhile: (claims: ReturnType<typeof createClaimsService>, relation: ClaimRelation) => Promise<unknown>,
  fileClaims = [mine, other],
  early = false,
) {
  const db = await getDb();
  const claims = createClaimsService({
    getDb,
    kb: createKbService({ getDb, loadBundledPack: () => miniPack('seed') }),
  });
  await saveClaim(db, mine);
  await saveClaim(db, other);
  const relation = await claims.relate(saved(mine.id), saved(other.id), 'agree');
  const session = claims.startImport('apply');
  const file = bundleJson({ claims: fileClaims, relations: [relation], kbVersion: 'seed@abc' });
  // `early`: the reader acts before the file's text has arrived (the page streams it in pieces).
  if (early) await meanwhile(claims, relation);
  await session.push(file);
  if (!early) await meanwhile(claims, relation);
  const preview = await session.finish(false);
  return { db, preview, messages: preview.problems.map((p) => p.message).join('\n') };
}

describe('deleted while an import reads its file', () => {
  it('leaves a relation the reader deleted deleted', async () => {
    const { db, preview, messages } = await importWith((claims, relation) => claims.unrelate(relation.id));
    expect(await listRelations(db)).toEqual([]);
    expect(preview.counts.relations).toBe(0);
    expect(messages).toMatch(
      /you deleted the relation between these claims while the import ran; it stays deleted, and the file’s was not imported/,
    );
  });

  it('leaves the relations of a claim the reader deleted deleted, and says why', async () => {
    const { db, preview, messages } = await importWith((claims) => claims.remove(other.id));
    expect(await listRelations(db)).toEqual([]);
    expect(await getClaim(db, mine.id)).toEqual(mine);
    expect(preview.counts.relations).toBe(0);
    expect(messages).toMatch(/links a claim you deleted while the import ran; it stays deleted/);
    expect(messages).not.toMatch(/neither in the file nor saved/);
  });

  it('leaves a claim of the file the reader deleted before the import planned it deleted, and says so', async () => {
    const { db, preview } = await importWith((claims) => claims.remove(other.id), [mine, other], true);
    expect(await getClaim(db, other.id)).toBeUndefined();
    expect(await getClaim(db, mine.id)).toEqual(mine);
    expect(await listRelations(db)).toEqual([]);
    expect(preview.counts).toMatchObject({ new: 0, relations: 0 });
    expect(preview.problems).toContainEqual({
      path: `claims (id ${other.id})`,
      message: 'was deleted while the import ran; it stays deleted, and the file’s copy was not imported',
    });
  });

  it('says why when the deleted claim is not in the file', async () => {
    const { db, preview, messages } = await importWith((claims) => claims.remove(other.id), [mine]);
    expect(await listRelations(db)).toEqual([]);
    expect(preview.counts).toMatchObject({ relations: 0, invalid: 0 });
    expect(messages).toMatch(/links a claim you deleted while the import ran; it stays deleted/);
  });

  it('keeps the relation, the same in the file, when the reader deleted nothing', async () => {
    const { db, preview } = await importWith(async () => undefined);
    expect((await listRelations(db)).map((r) => r.relation)).toEqual(['agree']);
    expect(preview.counts.relations).toBe(0);
  });
});
