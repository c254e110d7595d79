/**
 * Backstory's IndexedDB database, owned by the background. Content scripts never open it: their
 * IndexedDB belongs to the web page's origin.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { StoredClaim, StoredEntity, StoredPack, StoredSource } from '../kb/stored';
import type { StoredRelation } from '../claims/store';
import type { SavedClaim } from '../claims/schema';
import type { SyncDocRecord } from '../sync/stored';

export const DB_NAME = 'backstory';

/** The current schema version; each version's upgrade step is in `migrations`. */
export const DB_VERSION = 5;

export interface BackstorySchema extends DBSchema {
  /** Single records by name: the user's settings under "user". */
  settings: { key: string; value: unknown };
  /** Bookkeeping. */
  meta: { key: string; value: unknown };
  /** Installed knowledge packs (the seed pack and any the user imported). */
  packs: { key: string; value: StoredPack };
  /** Source documents of all packs, with their text. */
  sources: { key: string; value: StoredSource; indexes: { pack: string } };
  /** Actors and events of all packs. */
  entities: {
    key: string;
    value: StoredEntity;
    indexes: { pack: string; alias: string; kind: string; date: string; links: string };
  };
  /** Knowledge-base claims (quotes from sources), as opposed to claims users mark on pages. */
  kbClaims: { key: string; value: StoredClaim; indexes: { pack: string; about: string; source: string } };
  /** Claims the reader marked on pages. */
  savedClaims: {
    key: string;
    value: SavedClaim;
    indexes: { url: string; seenUrl: string; entities: string; tags: string; created: string };
  };
  /** Agree / conflict / unrelated links the reader recorded between claims. */
  claimRelations: { key: string; value: StoredRelation; indexes: { ends: string } };
  /**
   * Claims of imports being written, checked and waiting for the one transaction that moves
   * them into `savedClaims` (so a big import never holds its claims in memory), by import
   * session and claim id. A session no running import owns was left by one that never
   * finished, and is dropped.
   */
  importStaging: { key: [string, string]; value: StagedClaim };
  /** Team sync: each shared document's revisions, and the reader's per-claim sharing choice. */
  syncDocs: { key: string; value: SyncDocRecord; indexes: { unsent: number; conflicted: number } };
  /** Team sync: documents changed here and not yet looked at by sync (`lib/db/outbox.ts`). */
  syncOutbox: { key: string; value: number };
}

/** A claim waiting in an import's staging area. */
export interface StagedClaim {
  session: string;
  id: string;
  claim: SavedClaim;
}

export type BackstoryDb = IDBPDatabase<BackstorySchema>;
type UpgradeTx = IDBPTransaction<BackstorySchema, StoreNames<BackstorySchema>[], 'versionchange'>;

/** Upgrade steps: `migrations[n]` takes a database at version n to version n + 1. */
const migrations: ((db: BackstoryDb, tx: UpgradeTx) => void)[] = [
  // 0 → 1: settings and bookkeeping.
  (db) => {
    db.createObjectStore('settings');
    db.createObjectStore('meta');
  },
  // 1 → 2: the knowledge base. The seed pack is loaded after the upgrade, by the background.
  (db) => {
    db.createObjectStore('packs', { keyPath: 'id' });
    db.createObjectStore('sources', { keyPath: 'id' }).createIndex('pack', 'pack');
    const entities = db.createObjectStore('entities', { keyPath: 'id' });
    entities.createIndex('pack', 'pack');
    entities.createIndex('alias', 'aliasKeys', { multiEntry: true });
    entities.createIndex('kind', 'kind');
    entities.createIndex('date', 'sortDate');
    entities.createIndex('links', 'links', { multiEntry: true });
    const claims = db.createObjectStore('kbClaims', { keyPath: 'id' });
    claims.createIndex('pack', 'pack');
    claims.createIndex('about', 'about', { multiEntry: true });
    claims.createIndex('source', 'source');
  },
  // 2 → 3: claims the reader marks, and the relations between them.
  (db) => {
    const saved = db.createObjectStore('savedClaims', { keyPath: 'id' });
    saved.createIndex('url', 'url');
    saved.createIndex('seenUrl', 'seenUrl');
    saved.createIndex('entities', 'entities', { multiEntry: true });
    saved.createIndex('tags', 'tags', { multiEntry: true });
    saved.createIndex('created', 'created');
    db.createObjectStore('claimRelations', { keyPath: 'id' }).createIndex('ends', 'ends', {
      multiEntry: true,
    });
  },
  // 3 → 4: claims of an import waiting to be committed.
  (db) => {
    db.createObjectStore('importStaging', { keyPath: ['session', 'id'] });
  },
  // 4 → 5: team sync (lib/sync/, lib/background/sync/). Claims already saved are not put in the
  // outbox here: connecting to a server puts every claim and relation there (sync/state.ts).
  (db) => {
    const docs = db.createObjectStore('syncDocs', { keyPath: 'id' });
    docs.createIndex('unsent', 'unsent');
    docs.createIndex('conflicted', 'conflicted');
    db.createObjectStore('syncOutbox');
  },
];

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
      for (let version = oldVersion; version < target; version++) migrations[version]!(database, tx);
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
