/**
 * How the database reached its current shape, one upgrade step per version. Steps are never
 * edited once released: a browser that installed an older build upgrades through every step
 * after the version it has, in order.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import type { BackstoryDb, BackstorySchema } from './object-stores';

type UpgradeTx = IDBPTransaction<BackstorySchema, StoreNames<BackstorySchema>[], 'versionchange'>;

/** One upgrade step, run inside the browser's version-change transaction. */
export type Migration = (db: BackstoryDb, tx: UpgradeTx) => void;

/** Upgrade steps: `migrations[n]` takes a database at version n to version n + 1. */
export const migrations: readonly Migration[] = [
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

/** The current schema version: the version after the last upgrade step. */
export const DB_VERSION = migrations.length;

/** Takes a database at `from` up to `to` (at most `DB_VERSION`), inside the upgrade transaction. */
export function migrate(db: BackstoryDb, tx: UpgradeTx, from: number, to: number): void {
  for (let version = from; version < to; version++) migrations[version]!(db, tx);
}
