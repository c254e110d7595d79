/**
 * Team sync's own small records in the `meta` store: the server configuration, the server's
 * change checkpoint, documents refused and the time of the last complete sync. The
 * configuration holds the password, so it is never part of a settings export.
 */
import { z } from 'zod';
import { atomically } from '../db/atomic';
import type { BackstoryDb } from '../db/object-stores';
import { syncConfigSchema, type SyncConfig } from '../../sync/config';
import type { Seq } from '../../sync/couch';
import { refusedSchema, type Refused } from '../../sync/status';

export const CONFIG_KEY = 'sync-config';
export const SINCE_KEY = 'sync-since';
export const REFUSED_KEY = 'sync-refused';
export const LAST_KEY = 'sync-last';
/** The running total of `teamChars` over every document (`lib/background/sync/limits.ts`). */
export const TEAM_CHARS_KEY = 'sync-team-chars';

/** How many refused documents are remembered (the newest). */
export const MAX_REFUSED = 50;

export async function loadConfig(db: BackstoryDb): Promise<SyncConfig | undefined> {
  const parsed = syncConfigSchema.safeParse(await db.get('meta', CONFIG_KEY));
  return parsed.success ? parsed.data : undefined;
}

export async function loadSince(db: BackstoryDb): Promise<Seq> {
  const since = await db.get('meta', SINCE_KEY);
  return typeof since === 'string' || typeof since === 'number' ? since : 0;
}

export async function loadRefused(db: BackstoryDb): Promise<Refused[]> {
  const parsed = z.array(refusedSchema).safeParse(await db.get('meta', REFUSED_KEY));
  return parsed.success ? parsed.data : [];
}

export async function loadLastSynced(db: BackstoryDb): Promise<string | undefined> {
  const last = await db.get('meta', LAST_KEY);
  return typeof last === 'string' ? last : undefined;
}

export async function saveLastSynced(db: BackstoryDb, at: string): Promise<void> {
  await db.put('meta', at, LAST_KEY);
}

/** Forgets the refusals shown to the reader. */
export async function clearRefused(db: BackstoryDb): Promise<void> {
  await db.delete('meta', REFUSED_KEY);
}

/**
 * Starts syncing with a server: stores the configuration, forgets any earlier server's state and
 * puts every claim and relation in the outbox, so the sharing rule decides about each of them.
 * One transaction: a half-configured sync cannot exist.
 */
export async function connect(db: BackstoryDb, config: SyncConfig): Promise<void> {
  const valid = syncConfigSchema.parse(config);
  const tx = db.transaction(['meta', 'syncDocs', 'syncOutbox', 'savedClaims', 'claimRelations'], 'readwrite');
  await atomically(tx, async () => {
    const docs = tx.objectStore('syncDocs');
    // Per-claim choices survive a change of server; revisions belong to the old server.
    const choices = (await docs.getAll()).filter((r) => r.choice);
    await docs.clear();
    const [claimIds, relationIds] = await Promise.all([
      tx.objectStore('savedClaims').getAllKeys(),
      tx.objectStore('claimRelations').getAllKeys(),
    ]);
    const outbox = tx.objectStore('syncOutbox');
    const at = Date.now();
    await Promise.all([
      ...choices.map((r) => docs.put({ id: r.id, choice: r.choice, conflicts: [], closing: [] })),
      ...claimIds.map((id) => outbox.put(at, `claim:${id}`)),
      ...relationIds.map((id) => outbox.put(at, `relation:${id}`)),
      tx.objectStore('meta').put(valid, CONFIG_KEY),
      tx.objectStore('meta').delete(SINCE_KEY),
      tx.objectStore('meta').delete(REFUSED_KEY),
      tx.objectStore('meta').delete(LAST_KEY),
      tx.objectStore('meta').delete(TEAM_CHARS_KEY),
    ]);
  });
}

/** Changes what is shared (and the author's name) without touching the server's state. */
export async function updateConfig(db: BackstoryDb, config: SyncConfig): Promise<void> {
  const valid = syncConfigSchema.parse(config);
  const tx = db.transaction(['meta', 'syncOutbox', 'savedClaims', 'claimRelations'], 'readwrite');
  await atomically(tx, async () => {
    const [claimIds, relationIds] = await Promise.all([
      tx.objectStore('savedClaims').getAllKeys(),
      tx.objectStore('claimRelations').getAllKeys(),
    ]);
    const outbox = tx.objectStore('syncOutbox');
    const at = Date.now();
    await Promise.all([
      tx.objectStore('meta').put(valid, CONFIG_KEY),
      ...claimIds.map((id) => outbox.put(at, `claim:${id}`)),
      ...relationIds.map((id) => outbox.put(at, `relation:${id}`)),
    ]);
  });
}

/**
 * Stops syncing: forgets the server, its revisions and checkpoint. Claims stay, those received
 * from the team included; the per-claim choices are kept for the next server.
 */
export async function disconnect(db: BackstoryDb): Promise<void> {
  const tx = db.transaction(['meta', 'syncDocs', 'syncOutbox'], 'readwrite');
  await atomically(tx, async () => {
    const docs = tx.objectStore('syncDocs');
    const choices = (await docs.getAll()).filter((r) => r.choice);
    await docs.clear();
    await Promise.all([
      ...choices.map((r) => docs.put({ id: r.id, choice: r.choice, conflicts: [], closing: [] })),
      tx.objectStore('syncOutbox').clear(),
      ...[CONFIG_KEY, SINCE_KEY, REFUSED_KEY, LAST_KEY, TEAM_CHARS_KEY].map((key) =>
        tx.objectStore('meta').delete(key),
      ),
    ]);
  });
}
