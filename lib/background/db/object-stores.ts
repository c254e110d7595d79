/**
 * The object stores of Backstory's IndexedDB database and the records each holds. The database
 * is owned by the background: content scripts never open it, because their IndexedDB belongs to
 * the web page's origin.
 */
import type { DBSchema, IDBPDatabase } from 'idb';
import type {
  StagedClaim,
  StagedMark,
  StagedRelation,
  SavedClaim,
  StoredRelation,
} from '../../claims/schema';
import type { StoredClaim, StoredEntity, StoredPack, StoredSource } from '../../kb/schema';
import type { SyncDocRecord } from '../../sync/stored';

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
   * them into `savedClaims`, and the relations of imports being read, waiting for the file's
   * end to be planned (so a big import holds neither in memory), by import session and claim id
   * or relation's place in the file. A session no running import owns was left by one that
   * never finished, and is dropped.
   */
  importStaging: { key: [string, string | number]; value: StagedClaim | StagedRelation | StagedMark };
  /** Team sync: each shared document's revisions, and the reader's per-claim sharing choice. */
  syncDocs: { key: string; value: SyncDocRecord; indexes: { unsent: number; conflicted: number } };
  /** Team sync: documents changed here and not yet looked at by sync (`sync-outbox.ts`). */
  syncOutbox: { key: string; value: number };
}

/** An open connection to the database. */
export type BackstoryDb = IDBPDatabase<BackstorySchema>;
