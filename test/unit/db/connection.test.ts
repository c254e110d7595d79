/**
 * The background's shared connection when something else happens to the database: another
 * context upgrades it, an upgrade fails half-way, the browser closes the connection. The
 * connection must step aside without losing anything and never be handed out once closed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { forceCloseDatabase } from 'fake-indexeddb';
import { deleteDB, openDB, unwrap } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { createDbConnection } from '@/lib/background/db/connection';
import { DB_VERSION } from '@/lib/background/db/migrations';
import type { BackstoryDb } from '@/lib/background/db/object-stores';
import { openBackstoryDb } from '@/lib/background/db/open-and-migrate';
import { listClaims, saveClaim } from '@/lib/background/claims/store';
import { fixturesDir } from '../../../scripts/lib/fixtures';
import { savedClaim } from '../claims/claim-fixture';

const name = 'connection-test';
const opened: BackstoryDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  await deleteDB(name);
});

/** A transaction on a closed connection throws; this tells whether `db` is still usable. */
function usable(db: BackstoryDb): boolean {
  try {
    db.transaction('meta', 'readonly');
    return true;
  } catch {
    return false;
  }
}

describe('the shared database connection', () => {
  it('steps aside for an upgrade from another context, which then keeps every record', async () => {
    const fixture = JSON.parse(readFileSync(join(fixturesDir, 'db', 'v2.json'), 'utf8')) as {
      records: Record<string, unknown[]>;
    };
    let notified = 0;
    // An older build's background, holding its connection open with the data it wrote.
    const olderBuild = createDbConnection({ name, version: 2, onVersionChange: () => notified++ });
    const old = await olderBuild();
    opened.push(old);
    const writes = old.transaction(['settings', 'entities', 'kbClaims'], 'readwrite');
    const [, settings] = fixture.records['settings']![0] as [string, unknown];
    await writes.objectStore('settings').put(settings, 'user');
    for (const store of ['entities', 'kbClaims'] as const)
      for (const record of fixture.records[store] ?? []) await writes.objectStore(store).put(record as never);
    await writes.done;

    const upgraded = await openBackstoryDb({ name }); // a hang here is caught by the test timeout
    opened.push(upgraded);
    expect(upgraded.version).toBe(DB_VERSION);
    expect(notified).toBe(1);
    expect(usable(old)).toBe(false);
    expect(await upgraded.get('settings', 'user')).toEqual(settings);
    for (const store of ['entities', 'kbClaims'] as const)
      expect(await upgraded.count(store)).toBe(fixture.records[store]?.length ?? 0);
    await saveClaim(upgraded, savedClaim());

    // The older build asks again rather than reuse its closed connection; a database newer than
    // it knows is refused, so it never writes records of an old shape into new stores.
    await expect(olderBuild()).rejects.toMatchObject({ name: 'VersionError' });
  });

  it('opens a fresh connection on next use when the upgrade that closed it failed', async () => {
    const getDb = createDbConnection({ name });
    const first = await getDb();
    opened.push(first);
    await saveClaim(first, savedClaim());

    // A newer build asks for the database, and its upgrade fails: the database stays as it was.
    const newer = openDB(name, DB_VERSION + 1, {
      upgrade(_db, _old, _new, tx) {
        tx.done.catch(() => undefined); // the abort is the point; its rejection is expected
        tx.abort();
      },
    });
    await expect(newer).rejects.toMatchObject({ name: 'AbortError' });
    expect(usable(first)).toBe(false);

    const second = await getDb();
    opened.push(second);
    expect(second).not.toBe(first);
    expect(usable(second)).toBe(true);
    expect((await listClaims(second)).claims).toEqual([savedClaim()]);
  });

  it('opens a fresh connection on next use after the browser closed it', async () => {
    const getDb = createDbConnection({ name });
    const first = await getDb();
    await saveClaim(first, savedClaim());

    // What Chrome does when the reader clears site data or the disk fails under an open database.
    // (fake-indexeddb types the argument as the IDBDatabase class; it takes a connection.)
    forceCloseDatabase(unwrap(first) as unknown as Parameters<typeof forceCloseDatabase>[0]);
    expect(usable(first)).toBe(false);

    const second = await getDb();
    opened.push(second);
    expect(second).not.toBe(first);
    expect((await listClaims(second)).claims).toEqual([savedClaim()]);
  });
});
