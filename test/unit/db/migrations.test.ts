/**
 * Upgrades from every earlier database version, each kept as a fixture of what that version
 * left behind (test/fixtures/db/v<N>.json): nothing the user had may be lost, and every store
 * the current version needs must exist.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deleteDB, openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION } from '@/lib/background/db/migrations';
import { openBackstoryDb } from '@/lib/background/db/open-and-migrate';
import { listClaims, saveClaim } from '@/lib/background/claims/store';
import { dropStaleStaging } from '@/lib/background/claims/import-staging';
import { connect } from '@/lib/background/sync/state';
import type { SyncConfig } from '@/lib/sync/config';
import { getEntityCard } from '@/lib/background/kb/queries';
import { loadSettings } from '@/lib/background/settings-store';
import { fixturesDir } from '../../../scripts/lib/fixtures';
import { savedClaim } from '../claims/claim-fixture';

interface Fixture {
  version: number;
  records: Record<string, unknown[]>;
}

const fixtures = readdirSync(join(fixturesDir, 'db'))
  .filter((n) => /^v\d+\.json$/.test(n))
  .map((n) => JSON.parse(readFileSync(join(fixturesDir, 'db', n), 'utf8')) as Fixture);

const name = 'migration-test';
afterEach(async () => {
  await deleteDB(name);
});

interface ByKey {
  get(store: string, key: IDBValidKey): Promise<unknown>;
}

/** A fixture record as its store keeps it: stores with out-of-line keys list `[key, value]`. */
function storedAs(store: string, record: unknown): [IDBValidKey, unknown] {
  if (store === 'settings' || store === 'meta') return record as [string, unknown];
  if (store === 'importStaging') {
    const staged = record as { session: string; id: string };
    return [[staged.session, staged.id], record];
  }
  return [(record as { id: string }).id, record];
}

const syncConfig: SyncConfig = {
  server: 'http://127.0.0.1:5984',
  database: 'team',
  username: '',
  password: '',
  author: 'Ayesha',
  share: 'all',
  tags: [],
};

/** Builds the database an older version would have left, from its fixture. */
async function seedOldDatabase(fixture: Fixture) {
  const old = await openBackstoryDb({ name, version: fixture.version });
  for (const [store, records] of Object.entries(fixture.records)) {
    for (const record of records) {
      const outOfLine = store === 'settings' || store === 'meta';
      if (outOfLine) {
        const [key, value] = record as [string, unknown];
        await (old as unknown as { put: (s: string, v: unknown, k?: string) => Promise<unknown> }).put(
          store,
          value,
          key,
        );
      } else
        await (old as unknown as { put: (s: string, v: unknown) => Promise<unknown> }).put(store, record);
    }
  }
  old.close();
}

describe('database migrations', () => {
  it('keeps a fixture for every earlier version', () => {
    expect(fixtures.map((f) => f.version).toSorted()).toEqual(
      Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1),
    );
  });

  for (const fixture of fixtures) {
    it(`upgrades a version ${fixture.version} database without losing anything`, async () => {
      await seedOldDatabase(fixture);
      const db = await openBackstoryDb({ name });
      expect(db.version).toBe(DB_VERSION);
      expect([...db.objectStoreNames].toSorted()).toEqual([
        'claimRelations',
        'entities',
        'importStaging',
        'kbClaims',
        'meta',
        'packs',
        'savedClaims',
        'settings',
        'sources',
        'syncDocs',
        'syncOutbox',
      ]);
      // Settings survive, with defaults for fields the old version did not know.
      const [, oldSettings] = fixture.records['settings']![0] as [string, Record<string, unknown>];
      const settings = await loadSettings(db);
      for (const [key, value] of Object.entries(oldSettings))
        expect(settings[key as keyof typeof settings]).toEqual(value);
      expect(settings.kindsShown.length).toBeGreaterThan(0);
      // Whatever else was stored is still there, record for record and field for field.
      for (const [store, records] of Object.entries(fixture.records)) {
        expect(await db.count(store as 'settings')).toBe(records.length);
        for (const record of records) {
          const [key, value] = storedAs(store, record);
          expect(await (db as unknown as ByKey).get(store, key)).toEqual(value);
        }
      }
      const hadKb = fixture.records['entities'] !== undefined;
      const label = hadKb ? (await getEntityCard(db, 'mini-munir')).entity.label : 'no knowledge base yet';
      expect(label).toBe(hadKb ? 'Mini Munir' : 'no knowledge base yet');
      // And the new stores work: a claim saved now is noted for sync; staged claims an older
      // import left are still dropped by the next import, and never reach the library.
      const had = fixture.records['savedClaims']?.length ?? 0;
      const fresh = savedClaim();
      await saveClaim(db, fresh);
      expect((await listClaims(db)).claims).toHaveLength(had + 1);
      expect(await db.getAllKeys('syncOutbox')).toEqual([`claim:${fresh.id}`]);
      await dropStaleStaging(db, new Set());
      expect(await db.count('importStaging')).toBe(0);
      expect((await listClaims(db)).claims).toHaveLength(had + 1);
      // Claims from before the upgrade go to the team once the reader connects a server.
      await connect(db, syncConfig);
      const old = (fixture.records['savedClaims'] ?? []) as { id: string }[];
      const relations = (fixture.records['claimRelations'] ?? []) as { id: string }[];
      expect((await db.getAllKeys('syncOutbox')).toSorted()).toEqual(
        [
          `claim:${fresh.id}`,
          ...old.map((c) => `claim:${c.id}`),
          ...relations.map((r) => `relation:${r.id}`),
        ].toSorted(),
      );
      db.close();
    });
  }

  it('lets a newer version upgrade while an older connection is open', async () => {
    await openBackstoryDb({ name, version: 2 }).then((db) => db.close());
    let closedForUpgrade = false;
    const old = await openBackstoryDb({ name, version: 2, onVersionChange: () => (closedForUpgrade = true) });
    const upgraded = await openBackstoryDb({ name });
    expect(upgraded.version).toBe(DB_VERSION);
    expect(closedForUpgrade).toBe(true);
    upgraded.close();
    old.close();
  });

  it('waits, reporting it is blocked, for a connection that does not step aside', async () => {
    await openBackstoryDb({ name, version: 2 }).then((db) => db.close());
    const stubborn = await openDB(name, 2); // no versionchange handler: it will not close by itself
    let reportBlocked!: () => void;
    const blocked = new Promise<void>((resolve) => (reportBlocked = resolve));
    let upgradedEarly = false;
    const upgrading = openBackstoryDb({ name, onBlocked: () => reportBlocked() });
    void upgrading.then(() => (upgradedEarly = true));
    await blocked;
    // Blocked means waiting: the upgrade has not gone ahead with the old connection open.
    expect(upgradedEarly).toBe(false);
    stubborn.close();
    const upgraded = await upgrading;
    expect(upgraded.version).toBe(DB_VERSION);
    upgraded.close();
  });
});
