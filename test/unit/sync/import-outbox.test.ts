/**
 * An applied import writes its claims and relations through the staging store's one commit
 * (`lib/background/claims/import-staging.ts`). Team sync learns of local changes only through
 * the outbox, so that commit must note every claim it creates or updates, and every relation it
 * writes, in the same transaction; otherwise imported claims never reach the team server. What
 * the import leaves alone, a preview and a commit that fails note nothing.
 */
import { describe, expect, it } from 'vitest';
import { commitStaged, stageClaims, stageRelations } from '@/lib/background/claims/import-staging';
import { saveClaim } from '@/lib/background/claims/store';
import { relationId } from '@/lib/claims/schema';
import { bundleJson } from '@/lib/export/bundle';
import { claimDocId, relationDocId } from '@/lib/sync/documents';
import { createImportSessions } from '@/lib/background/claims/import-sessions';
import { savedClaim } from '../claims/claim-fixture';
import { freshDb } from '../fresh-db';

const name = 'import-outbox';
const { getDb } = freshDb(name);

const kept = savedClaim({ id: '0a000000-0000-4000-8000-000000000001', note: 'left as it is' });
const edited = savedClaim({ id: '0a000000-0000-4000-8000-000000000002', note: 'before the import' });
const editedLater = { ...edited, note: 'edited elsewhere', updated: '2025-07-01T10:00:00.000Z' };
// On pages of their own: the same passage under another id would be one the reader already has.
const fresh = [
  savedClaim({
    id: '0a000000-0000-4000-8000-000000000003',
    note: 'new one',
    url: 'https://news.example/one',
  }),
  savedClaim({
    id: '0a000000-0000-4000-8000-000000000004',
    note: 'new two',
    url: 'https://news.example/two',
  }),
];
const link = (() => {
  const from = { kind: 'saved' as const, id: fresh[0]!.id };
  const to = { kind: 'saved' as const, id: edited.id };
  return {
    id: relationId(from, to),
    from,
    to,
    relation: 'agree' as const,
    created: '2025-07-01T10:00:00.000Z',
  };
})();
const file = bundleJson({
  claims: [kept, editedLater, ...fresh],
  relations: [link],
  kbVersion: 'test',
  now: new Date('2025-07-02T00:00:00Z'),
});

/** A library holding `kept` and `edited`, with an outbox sync has already emptied. */
async function library() {
  const db = await getDb();
  await saveClaim(db, kept);
  await saveClaim(db, edited);
  await db.clear('syncOutbox');
  return db;
}

async function runImport(mode: 'apply' | 'preview') {
  const session = createImportSessions({ getDb, invalidate: () => undefined }).start(mode);
  await session.push(file);
  return session.finish(false);
}

describe('imports and the sync outbox', () => {
  it('notes every claim an import creates or updates, and its relations', async () => {
    const db = await library();
    const preview = await runImport('apply');
    expect(preview.counts).toMatchObject({ new: 2, updated: 1, unchanged: 1, relations: 1 });
    expect((await db.getAllKeys('syncOutbox')).toSorted()).toEqual(
      [claimDocId(edited.id), ...fresh.map((c) => claimDocId(c.id)), relationDocId(link.id)].toSorted(),
    );
  });

  it('notes nothing for a preview', async () => {
    const db = await library();
    expect((await runImport('preview')).counts.new).toBe(2);
    expect(await db.count('syncOutbox')).toBe(0);
  });

  it('notes nothing when the commit fails, as it writes nothing', async () => {
    const db = await library();
    await stageClaims(
      db,
      'session-a',
      fresh.map((claim) => ({ claim })),
    );
    await stageRelations(db, 'session-a', 0, [link]);
    // A function cannot be stored: the settings' put throws and the transaction is aborted.
    await expect(
      commitStaged(db, 'session-a', () => true, { unstorable: () => undefined }),
    ).rejects.toMatchObject({
      name: 'DataCloneError',
    });
    expect(await db.count('syncOutbox')).toBe(0);
    expect(await db.count('savedClaims')).toBe(2);
  });
});
