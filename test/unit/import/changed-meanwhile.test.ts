/**
 * A big import is planned while its file is read and written at the end: an edit or delete the
 * reader makes in between is not overwritten by what was planned. A merge is done again on the
 * reader's claim as it is now; the file's version replaces a claim only if still newer; a claim
 * deleted meanwhile stays deleted, and so do the relations to it.
 */
import { describe, expect, it } from 'vitest';
import { createImportSessions } from '@/lib/background/claims/import-sessions';
import { deleteClaim, getClaim, listRelations, saveClaim, updateClaim } from '@/lib/background/claims/store';
import { relationId, type ClaimRelation, type SavedClaim } from '@/lib/claims/schema';
import { bundleJson } from '@/lib/export/bundle';
import { savedClaim } from '../claims/claim-fixture';
import { freshDb } from '../fresh-db';

const name = 'import-changed-meanwhile';
const { getDb } = freshDb(name);

const mine = savedClaim();
/** The same passage marked in another profile. */
const theirs = savedClaim({
  id: '9c9c9c9c-0000-4000-8000-000000000002',
  note: 'Seen on the evening news too.',
  tags: ['lunch', 'tv'],
  created: '2025-06-20T10:01:00.000Z',
  updated: '2025-06-20T10:01:00.000Z',
});
/** The reader's own claim as edited later in another browser (a newer version of it). */
const mineLater = { ...mine, note: 'Edited on the laptop.', updated: '2025-07-01T00:00:00.000Z' };
const other = savedClaim({ id: '9c9c9c9c-0000-4000-8000-000000000003', url: 'https://news.example/b' });
const link = (from: string, to: string): ClaimRelation => {
  const [a, b] = [
    { kind: 'saved' as const, id: from },
    { kind: 'saved' as const, id: to },
  ];
  return { id: relationId(a, b), from: a, to: b, relation: 'agree', created: theirs.created };
};

/**
 * Starts an import of `claims` that has read and staged the whole file, runs `meanwhile` (the
 * reader at work), then finishes it.
 */
async function importWith(
  claims: SavedClaim[],
  meanwhile: () => Promise<unknown>,
  options: { relations?: ClaimRelation[]; choice?: 'skip' | 'merge' } = {},
) {
  const db = await getDb();
  await saveClaim(db, mine);
  const session = createImportSessions({ getDb, invalidate: () => undefined }).start('apply', options.choice);
  await session.push(bundleJson({ claims, relations: options.relations ?? [], kbVersion: 'seed@abc' }));
  // Planned and staged already: the race this guards against.
  expect(await db.count('importStaging')).toBeGreaterThan(0);
  await meanwhile();
  const preview = await session.finish(false);
  return { db, preview, messages: preview.problems.map((p) => p.message).join('\n') };
}

describe('an import commits against what is stored now', () => {
  it('keeps an edit the reader made after the file’s newer version was planned', async () => {
    const { db, preview, messages } = await importWith([mineLater], async () =>
      updateClaim(await getDb(), mine.id, { note: 'My edit while it imported.' }),
    );
    expect((await getClaim(db, mine.id))?.note).toBe('My edit while it imported.');
    expect(preview.counts).toMatchObject({ updated: 0, changed: 1 });
    expect(messages).toMatch(/was changed while the import ran; your version was kept/);
  });

  it('merges into the reader’s claim as edited meanwhile, losing neither side', async () => {
    const { db, preview } = await importWith(
      [theirs],
      async () => updateClaim(await getDb(), mine.id, { note: 'My edit while it imported.' }),
      { choice: 'merge' },
    );
    const now = await getClaim(db, mine.id);
    expect(now?.note).toBe(`My edit while it imported.\n\n${theirs.note}`);
    expect(now?.tags).toEqual(['lunch', 'washington', 'tv']);
    expect(preview.counts).toMatchObject({ samePassageAdding: 1, changed: 0 });
  });

  it('leaves a claim deleted meanwhile deleted, with the relations the file moved onto it', async () => {
    const { db, preview, messages } = await importWith(
      [theirs, other],
      async () => deleteClaim(await getDb(), mine.id),
      { relations: [link(theirs.id, other.id)], choice: 'merge' },
    );
    expect(await getClaim(db, mine.id)).toBeUndefined();
    expect(await getClaim(db, theirs.id)).toBeUndefined();
    expect(await getClaim(db, other.id)).toBeDefined();
    expect(await listRelations(db)).toEqual([]);
    // The relation is said by the claim's line, and not counted as written.
    expect(preview.counts).toMatchObject({ new: 1, samePassageAdding: 0, changed: 1, relations: 0 });
    expect(messages).toMatch(/was deleted while the import ran; it stays deleted/);
  });

  it('does not bring back a claim deleted after its newer version was planned', async () => {
    const { db, preview } = await importWith([mineLater], async () => deleteClaim(await getDb(), mine.id));
    expect(await getClaim(db, mine.id)).toBeUndefined();
    expect(preview.counts).toMatchObject({ updated: 0, changed: 1 });
  });

  describe('a file claim too long to merge into the file’s newer version of the reader’s', () => {
    const longTheirs = { ...theirs, note: 'Seen on the evening news too. '.repeat(70) };
    const mineLong = { ...mineLater, note: 'x'.repeat(19_000) };

    it('is imported once, as its own claim, when the reader edits their claim meanwhile', async () => {
      const { db, preview, messages } = await importWith(
        [longTheirs, mineLong],
        async () => updateClaim(await getDb(), mine.id, { note: 'My edit while it imported.' }),
        { choice: 'merge' },
      );
      expect((await getClaim(db, mine.id))?.note).toBe('My edit while it imported.');
      expect(await getClaim(db, longTheirs.id)).toEqual(longTheirs);
      expect(preview.counts).toMatchObject({ new: 1, updated: 0, samePassageAdding: 0, changed: 1 });
      expect(messages).toMatch(/was changed while the import ran; your version was kept/);
    });

    it('leaves the counts whole when the reader deletes their claim meanwhile', async () => {
      const { db, preview } = await importWith(
        [longTheirs, mineLong],
        async () => deleteClaim(await getDb(), mine.id),
        { choice: 'merge' },
      );
      expect(await getClaim(db, mine.id)).toBeUndefined();
      expect(await getClaim(db, longTheirs.id)).toEqual(longTheirs);
      expect(preview.counts).toMatchObject({
        new: 1,
        updated: 0,
        samePassage: 0,
        samePassageAdding: 0,
        changed: 1,
      });
    });
  });

  it('writes as planned when nothing changed meanwhile', async () => {
    const { db, preview } = await importWith([mineLater], async () => undefined);
    expect(await getClaim(db, mine.id)).toEqual(mineLater);
    expect(preview.counts).toMatchObject({ updated: 1, changed: 0 });
  });
});
