/**
 * Writing knowledge packs into IndexedDB. Every change to a pack is one transaction over the
 * knowledge-base stores only, so a failure leaves the database as it was and user data
 * (settings, saved claims) is never touched.
 */
import { allWrites, atomically, queued } from '../db/atomic';
import type { BackstoryDb } from '../db/object-stores';
import { packCounts, toStoredEntity } from './records';
import type { InstalledIds } from '../../kb/integrity';
import type { KnowledgePack, StoredPack } from '../../kb/schema';
import { RequestError } from '../../result';

const KB_STORES = ['packs', 'sources', 'entities', 'kbClaims'] as const;

/** SHA-256 of the pack's JSON: tells whether a bundled pack changed since it was installed. */
export async function hashPack(pack: KnowledgePack): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(pack));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

type KbTx = ReturnType<typeof kbTransaction>;
const kbTransaction = (db: BackstoryDb) => db.transaction([...KB_STORES], 'readwrite');

async function deletePackRecords(tx: KbTx, packId: string) {
  for (const name of ['sources', 'entities', 'kbClaims'] as const) {
    const store = tx.objectStore(name);
    const keys = await store.index('pack').getAllKeys(packId);
    await allWrites(keys.map((key) => store.delete(key)));
  }
  await tx.objectStore('packs').delete(packId);
}

/**
 * Installs (or replaces) a validated pack in one transaction and returns its record. The
 * caller validates first: this writes what it is given.
 */
export async function installPack(
  db: BackstoryDb,
  pack: KnowledgePack,
  options: { builtin: boolean; hash: string },
): Promise<StoredPack> {
  const tx = kbTransaction(db);
  const id = pack.pack.id;
  const record: StoredPack = {
    ...pack.pack,
    builtin: options.builtin,
    hash: options.hash,
    installedAt: new Date().toISOString(),
    counts: packCounts(pack),
  };
  return atomically(tx, async () => {
    await deletePackRecords(tx, id);
    const writes: Promise<unknown>[] = [queued(tx.objectStore('packs').put(record))];
    for (const source of pack.sources)
      writes.push(queued(tx.objectStore('sources').put({ ...source, pack: id })));
    for (const entity of pack.entities)
      writes.push(queued(tx.objectStore('entities').put(toStoredEntity(entity, id))));
    for (const claim of pack.claims)
      writes.push(queued(tx.objectStore('kbClaims').put({ ...claim, pack: id })));
    await allWrites(writes);
    return record;
  });
}

/** Removes a pack the user imported. The bundled seed pack cannot be removed. */
export async function removePack(db: BackstoryDb, packId: string): Promise<void> {
  const tx = kbTransaction(db);
  await atomically(tx, async () => {
    const record = await tx.objectStore('packs').get(packId);
    if (!record) throw new RequestError('not-found', `No knowledge pack "${packId}" is installed`);
    if (record.builtin)
      throw new RequestError(
        'forbidden',
        `"${record.title}" is bundled with Backstory and cannot be removed`,
      );
    await deletePackRecords(tx, packId);
  });
}

export type PackState = 'current' | 'missing' | 'outdated' | 'damaged';

/** Whether the installed copy of a bundled pack is there, current and whole. */
export async function bundledPackState(
  db: BackstoryDb,
  pack: KnowledgePack,
  hash: string,
): Promise<PackState> {
  const tx = db.transaction([...KB_STORES], 'readonly');
  const record = await tx.objectStore('packs').get(pack.pack.id);
  if (!record) return 'missing';
  if (record.hash !== hash) return 'outdated';
  const [sources, entities, claims] = await Promise.all([
    tx.objectStore('sources').index('pack').count(pack.pack.id),
    tx.objectStore('entities').index('pack').count(pack.pack.id),
    tx.objectStore('kbClaims').index('pack').count(pack.pack.id),
  ]);
  const expected = packCounts(pack);
  const whole = sources === expected.sources && entities === expected.entities && claims === expected.claims;
  return whole ? 'current' : 'damaged';
}

/** Installs a bundled pack when it is missing, outdated or damaged; says what it did. */
export async function ensureBundledPack(
  db: BackstoryDb,
  pack: KnowledgePack,
  hash: string,
): Promise<PackState> {
  const state = await bundledPackState(db, pack, hash);
  if (state !== 'current') await installPack(db, pack, { builtin: true, hash });
  return state;
}

/** Ids every installed pack defines, except `exceptPack` (the one being replaced). */
export async function installedIds(db: BackstoryDb, exceptPack?: string): Promise<InstalledIds> {
  const ids = async (store: 'sources' | 'entities' | 'kbClaims') => {
    const all = await db.getAllKeys(store);
    if (!exceptPack) return new Set(all);
    const own = new Set(await db.getAllKeysFromIndex(store, 'pack', exceptPack));
    return new Set(all.filter((key) => !own.has(key)));
  };
  const [sources, entities, claims] = await Promise.all([ids('sources'), ids('entities'), ids('kbClaims')]);
  return { sources, entities, claims };
}

export async function listPacks(db: BackstoryDb): Promise<StoredPack[]> {
  return db.getAll('packs');
}
