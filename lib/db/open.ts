/**
 * Backstory's IndexedDB database, owned by the background. Content scripts never open it: their
 * IndexedDB belongs to the web page's origin.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';

export const DB_NAME = 'backstory';

/** The current schema version; each version's upgrade step is in `migrations`. */
export const DB_VERSION = 1;

export interface BackstorySchema extends DBSchema {
  /** Single records by name: the user's settings under "user". */
  settings: { key: string; value: unknown };
  /** Bookkeeping such as which knowledge-base version is loaded. */
  meta: { key: string; value: unknown };
}

export type BackstoryDb = IDBPDatabase<BackstorySchema>;
type UpgradeTx = IDBPTransaction<BackstorySchema, StoreNames<BackstorySchema>[], 'versionchange'>;

/** Upgrade steps: `migrations[n]` takes a database at version n to version n + 1. */
const migrations: ((db: BackstoryDb, tx: UpgradeTx) => void)[] = [
  (db) => {
    db.createObjectStore('settings');
    db.createObjectStore('meta');
  },
];

export interface OpenOptions {
  name?: string;
  /** Called when another context wants to upgrade; the connection closes itself either way. */
  onVersionChange?: () => void;
  /** Called when this upgrade waits for older connections to close. */
  onBlocked?: () => void;
}

/** Opens (creating or upgrading) the database. */
export async function openBackstoryDb(options: OpenOptions = {}): Promise<BackstoryDb> {
  const db = await openDB<BackstorySchema>(options.name ?? DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion, _newVersion, tx) {
      for (let version = oldVersion; version < DB_VERSION; version++) migrations[version]!(database, tx);
    },
    blocked() {
      options.onBlocked?.();
    },
    blocking() {
      // A newer build wants to upgrade: step aside so it is not blocked forever.
      db.close();
      options.onVersionChange?.();
    },
  });
  return db;
}
