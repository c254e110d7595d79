/**
 * A hostile team server filling the reader's storage: with valid claims, or with versions of one
 * claim in conflict (each kept with its body until the reader picks one). What a pull may store is
 * bounded; the excess is refused with a reason, and the reader's own claims still save and sync.
 * A real CouchDB-protocol server (pouchdb-server on 127.0.0.1) stands in for the team's.
 */
import { deleteDB } from 'idb';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BackstoryDb } from '@/lib/background/db/object-stores';
import { openBackstoryDb } from '@/lib/background/db/open-and-migrate';
import { getClaim, saveClaim } from '@/lib/background/claims/store';
import { createCouchClient } from '@/lib/sync/couch';
import type { SyncConfig } from '@/lib/sync/config';
import { connect, loadRefused } from '@/lib/background/sync/state';
import { pull, push, type StoreLimits } from '@/lib/background/sync/replicate';
import { listConflicts, resolve } from '@/lib/background/sync/conflicts';
import { startCouchServer, type CouchServer } from '../../../scripts/lib/couch-server';
import { savedClaim } from '../claims/claim-fixture';
import { asFault, RETRYABLE } from '@/lib/sync/faults';

let server: CouchServer;
beforeAll(async () => {
  server = await startCouchServer();
}, 120_000);
afterAll(async () => {
  await server?.close();
});

let database = '';
let reader: BackstoryDb;
let n = 0;
const config = (): SyncConfig => ({
  server: server.url,
  database,
  username: '',
  password: '',
  author: 'Ayesha',
  share: 'tags',
  tags: ['team'],
});
const client = () => createCouchClient({ config: config(), fetch: (url, init) => fetch(url, init) });
const sync = async (limits?: StoreLimits) => {
  await push(reader, client(), config());
  return pull(reader, client(), config(), { limits });
};

beforeEach(async () => {
  n++;
  database = `storage-${n}`;
  await server.request('PUT', `/${database}`);
  reader = await openBackstoryDb({ name: `sync-storage-${n}` });
  await connect(reader, config());
});
afterEach(async () => {
  reader.close();
  await deleteDB(`sync-storage-${n}`);
});

const teamClaim = (i: number) =>
  savedClaim({
    id: `77777777-7777-4777-8777-${String(i).padStart(12, '0')}`,
    url: `https://news.example/team-${i}`,
    tags: ['team'],
    note: 'x'.repeat(1000),
  });
const plant = async (docs: Record<string, unknown>[]) => {
  const written = await server.request('POST', `/${database}/_bulk_docs`, { docs, new_edits: false });
  if (written.status >= 300) throw new Error(`could not plant: ${JSON.stringify(written.json)}`);
};
const claimDoc = (claim: ReturnType<typeof teamClaim>, hash: string) => ({
  _id: `claim:${claim.id}`,
  _rev: `1-${hash}`,
  backstory: 1,
  type: 'claim',
  claim,
});

describe('a server filling the reader’s storage', () => {
  it('stores the team’s claims up to the limit, refuses the rest with a reason, and keeps the reader’s saves working', async () => {
    // Each planted document is about 2 KB: room for three.
    const limits: StoreLimits = { teamChars: 7_000, conflictVersions: 8 };
    await plant(Array.from({ length: 6 }, (_, i) => claimDoc(teamClaim(i), 'a'.repeat(32))));
    const result = await sync(limits);

    const stored = (
      await Promise.all(Array.from({ length: 6 }, (_, i) => getClaim(reader, teamClaim(i).id)))
    ).filter(Boolean);
    expect(stored).toHaveLength(3);
    expect(result.refused).toBe(3);
    const refused = await loadRefused(reader);
    expect(refused).toHaveLength(3);
    expect(refused[0]!.reason).toMatch(/the most Backstory keeps for a team/);

    // The reader's own claim saves and reaches the team, the limit notwithstanding.
    const mine = savedClaim({ id: '88888888-8888-4888-8888-888888888888', tags: ['team'], note: 'mine' });
    await saveClaim(reader, mine);
    await sync(limits);
    expect((await getClaim(reader, mine.id))?.note).toBe('mine');
    const onServer = await server.request<{ claim: { note: string } }>(
      'GET',
      `/${database}/${encodeURIComponent(`claim:${mine.id}`)}`,
    );
    expect(onServer.json.claim.note).toBe('mine');
  });

  it('keeps at most the limit of versions in conflict for one claim, and refuses the rest', async () => {
    const limits: StoreLimits = { teamChars: 10_000_000, conflictVersions: 4 };
    const claim = teamClaim(1);
    // Ten versions made apart from each other: each is a conflict with all the others.
    await plant(
      Array.from({ length: 10 }, (_, i) =>
        claimDoc({ ...claim, note: `version ${i}` }, String(i).repeat(32)),
      ),
    );
    await sync(limits);

    const [conflict] = await listConflicts(reader);
    expect(conflict?.versions).toHaveLength(4);
    const refused = await loadRefused(reader);
    expect(refused).toHaveLength(6);
    expect(refused[0]!.reason).toMatch(/in conflict/);

    // Once the reader keeps one, the versions refused come in, to the limit again.
    await resolve(reader, conflict!.id, conflict!.versions[0]!.rev);
    await sync(limits);
    const [next] = await listConflicts(reader);
    expect(next?.versions).toHaveLength(4);
  });

  it('stops sync, saying why, when the browser’s storage is full, rather than retrying it as a server error', () => {
    // What a pull's transaction fails with when the quota is met (the limits above are not, on a
    // nearly full disk): retried, sync would take any room the reader makes before their next save.
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const fault = asFault(quota, { server: 'https://couch.team.test/', database: 'claims' });
    expect(fault.kind).toBe('storage-full');
    expect(RETRYABLE.has(fault.kind)).toBe(false);
    expect(fault.sentence).toBe(
      "This browser's storage is full, so Backstory stopped storing what couch.team.test sends, to leave room for your own claims: free space on this device, then press “Sync now” in Backstory's settings.",
    );
  });
});
