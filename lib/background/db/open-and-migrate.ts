/**
 * Opening Backstory's IndexedDB database, upgrading it first through the steps in
 * `migrations.ts` when it was made by an older build.
 */
import { openDB } from 'idb';
import { DB_VERSION, migrate } from './migrations';
import type { BackstoryDb, BackstorySchema } from './object-stores';

export const DB_NAME = 'backstory';

export interface OpenOptions {
  name?: string;
  /** Open at an older version; only migration tests use this. */
  version?: number;
  /** Called when another context wants to upgrade; the connection closes itself either way. */
  onVersionChange?: () => void;
  /**
   * Called when the browser closed the connection without being asked (site data cleared, the
   * disk failed): it cannot be used again.
   */
  onTerminated?: () => void;
  /** Called when this upgrade waits for older connections to close. */
  onBlocked?: () => void;
}

/** Opens (creating or upgrading) the database. */
export async function openBackstoryDb(options: OpenOptions = {}): Promise<BackstoryDb> {
  const target = options.version ?? DB_VERSION;
  const db = await openDB<BackstorySchema>(options.name ?? DB_NAME, target, {
    upgrade(database, oldVersion, _newVersion, tx) {
      migrate(database, tx, oldVersion, target);
    },
    blocked() {
      options.onBlocked?.();
    },
    blocking() {
      // A newer build wants to upgrade: step aside so it is not blocked forever.
      db.close();
      options.onVersionChange?.();
    },
    terminated() {
      options.onTerminated?.();
    },
  });
  return db;
}
