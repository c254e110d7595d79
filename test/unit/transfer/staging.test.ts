/**
 * An import that writes keeps its checked claims in the staging store, not in memory, and moves
 * them into the library in one transaction: nothing of it shows before the commit, a commit
 * that fails leaves the library as it was, and claims left by an import that never finished
 * are dropped by the next one.
 */
import { describe, expect, it } from 'vitest';
import type { BackstoryDb } from '@/lib/background/db/object-stores';
import { commitStaged, stageClaims } from '@/lib/background/claims/import-staging';
import { listClaims, listRelations, saveClaim } from '@/lib/background/claims/store';
import { createImportSessions } from '@/lib/background/claims/import-sessions';
import { bigLibrary, bigLibraryJson, BIG_LIBRARY_RELATIONS } from '../../fixtures/big-library';
import { savedClaim } from '../claims/claim-fixture';
import { freshDb } from '../fresh-db';

const name = 'import-staging';
const { getDb } = freshDb(name);

const sessions = () => createImportSessions({ getDb: () => getDb(), invalidate: () => undefined });
const count = async (store: 'savedClaims' | 'importStaging') => (await getDb()).count(store);

/** The file's text in pieces of about `size` characters, as the import port delivers it. */
function* pieces(text: string, size = 64_000) {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

describe('import staging', () => {
  it('stages claims as they are read and shows none of them until the commit', async () => {
    const db: BackstoryDb = await getDb();
    await saveClaim(db, savedClaim({ id: '0f000000-0000-4000-8000-000000000001' }));
    const file = bigLibraryJson(1_500);
    const session = sessions().start('apply');
    const staged: number[] = [];
    for (const text of pieces(file)) {
      await session.push(text);
      staged.push(await count('importStaging'));
      expect(await count('savedClaims')).toBe(1);
    }
    // Staged while the file was still arriving, not all at the end.
    expect(staged.filter((n) => n > 0 && n < 1_500).length).toBeGreaterThan(0);
    const preview = await session.finish(false);
    expect(preview.counts).toMatchObject({ new: 1_500, relations: BIG_LIBRARY_RELATIONS, invalid: 0 });
    expect(await count('importStaging')).toBe(0);
    expect(await count('savedClaims')).toBe(1_501);
    expect(await listRelations(await getDb())).toHaveLength(BIG_LIBRARY_RELATIONS);
  });

  it('stages no claims for a preview (only its relations), and leaves nothing behind', async () => {
    const session = sessions().start('preview');
    const stagedClaims = async () =>
      (await (await getDb()).getAll('importStaging')).filter((s) => 'claim' in s).length;
    for (const text of pieces(bigLibraryJson(600))) {
      await session.push(text);
      expect(await stagedClaims()).toBe(0);
    }
    expect((await session.finish(false)).counts.new).toBe(600);
    expect(await count('savedClaims')).toBe(0);
    expect(await count('importStaging')).toBe(0);
  });

  it('leaves the library as it was when the commit fails part-way', async () => {
    const db = await getDb();
    const before = savedClaim({ id: '0f000000-0000-4000-8000-000000000002' });
    await saveClaim(db, before);
    const { claims } = bigLibrary(1_200);
    await stageClaims(
      db,
      'session-a',
      claims.map((claim) => ({ claim })),
    );
    // A function cannot be stored: the settings' put throws after 1,200 claims were put in the
    // same transaction, which would commit them were the transaction not aborted.
    await expect(
      commitStaged(db, 'session-a', () => true, { unstorable: () => undefined }),
    ).rejects.toMatchObject({
      name: 'DataCloneError',
    });
    expect((await listClaims(db)).claims).toEqual([before]);
    expect(await count('importStaging')).toBe(1_200);
  });

  it('drops what an unfinished import staged, and what a refused file staged', async () => {
    const db = await getDb();
    await stageClaims(
      db,
      'left-by-a-stopped-browser',
      bigLibrary(700).claims.map((claim) => ({ claim })),
    );
    const refused = sessions().start('apply');
    await refused.push(bigLibraryJson(300).slice(0, 200_000));
    // The 700 left over are gone; what is staged now is this import's, read so far.
    const staged = await count('importStaging');
    expect(staged).toBeGreaterThan(0);
    expect(staged).toBeLessThan(300);
    await expect(refused.finish(false)).rejects.toThrow(/ends in the middle/);
    expect(await count('importStaging')).toBe(0);
    expect(await count('savedClaims')).toBe(0);
  });

  it('keeps two imports writing at once apart', async () => {
    const imports = sessions();
    const [a, b] = [imports.start('apply'), imports.start('apply')];
    const [fileA, fileB] = [bigLibraryJson(400), bigLibraryJson(900)];
    const [piecesA, piecesB] = [[...pieces(fileA)], [...pieces(fileB)]];
    for (let i = 0; i < Math.max(piecesA.length, piecesB.length); i++) {
      if (piecesA[i]) await a.push(piecesA[i]!);
      if (piecesB[i]) await b.push(piecesB[i]!);
    }
    await a.abandon();
    // b's claims (and its relations) are still staged.
    const staged = await (await getDb()).getAll('importStaging');
    expect(staged.filter((s) => 'claim' in s)).toHaveLength(900);
    expect((await b.finish(false)).counts.new).toBe(900);
    expect(await count('savedClaims')).toBe(900);
  });
});
