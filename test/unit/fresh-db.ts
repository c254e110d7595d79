/**
 * A fresh IndexedDB database (fake-indexeddb) for each test of a file, or for the whole file.
 * `freshDb(name)` registers the hook that, after each test (`after: 'all'`: after the file's
 * last), closes every connection it handed out and deletes the database, so the next test
 * starts empty and nothing blocks the delete.
 */
import { deleteDB } from 'idb';
import { afterAll, afterEach } from 'vitest';
import { createDbConnection } from '@/lib/background/db/connection';
import type { BackstoryDb } from '@/lib/background/db/object-stores';
import { openBackstoryDb } from '@/lib/background/db/open-and-migrate';

export interface FreshDb {
  /** The shared connection, as the background holds it: opened on first use, new after each reset. */
  getDb: () => Promise<BackstoryDb>;
  /** Another shared connection, as a restarted background opens it. */
  connect: () => () => Promise<BackstoryDb>;
  /** A connection of its own, opened now (what `getDb` shares). */
  open: () => Promise<BackstoryDb>;
}

export function freshDb(name: string, { after = 'each' }: { after?: 'each' | 'all' } = {}): FreshDb {
  /** Connections handed out since the last reset (each promise once, however often asked). */
  let opened = new Set<Promise<BackstoryDb>>();
  const connect = () => {
    const connection = createDbConnection({ name });
    return () => {
      const db = connection();
      opened.add(db);
      return db;
    };
  };
  let current = connect();
  (after === 'all' ? afterAll : afterEach)(async () => {
    const handedOut = [...opened];
    opened = new Set();
    for (const db of await Promise.allSettled(handedOut)) if (db.status === 'fulfilled') db.value.close();
    await deleteDB(name);
    current = connect();
  });
  return {
    getDb: () => current(),
    connect,
    open: () => {
      const db = openBackstoryDb({ name });
      opened.add(db);
      return db;
    },
  };
}
