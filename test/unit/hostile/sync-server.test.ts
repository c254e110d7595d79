/**
 * A hostile or compromised team server (or a teammate writing straight to the database): it may
 * write any revision, with any history, of any document whose id it knows. Backstory must keep
 * what the reader has, keep to their sharing rule, and never sign the team's claims with the
 * reader's name. A real CouchDB-protocol server (pouchdb-server on 127.0.0.1) stands in for the
 * team's; the "hostile" writes go to it as an administrator's would.
 */
import { deleteDB } from 'idb';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackstoryDb } from '@/lib/background/db/object-stores';
import { openBackstoryDb } from '@/lib/background/db/open-and-migrate';
import { getClaim, saveClaim, setRelation, updateClaim } from '@/lib/background/claims/store';
import { createCouchClient } from '@/lib/sync/couch';
import type { SyncConfig } from '@/lib/sync/config';
import { connect, loadRefused, updateConfig } from '@/lib/background/sync/state';
import { pull, push } from '@/lib/background/sync/replicate';
import { listConflicts } from '@/lib/background/sync/conflicts';
import { readCouchDoc } from '@/lib/sync/documents';
import { createSyncService } from '@/lib/background/sync/service';
import { startCouchServer, type CouchServer } from '../../../scripts/lib/couch-server';
import { savedClaim } from '../claims/claim-fixture';

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
const config = (share: SyncConfig['share'] = 'tags', author = 'Ayesha'): SyncConfig => ({
  server: server.url,
  database,
  username: '',
  password: '',
  author,
  share,
  tags: ['team'],
});
const client = () => createCouchClient({ config: config(), fetch: (url, init) => fetch(url, init) });
const sync = async (rule = config()) => {
  await push(reader, client(), rule);
  return pull(reader, client(), rule);
};

beforeEach(async () => {
  n++;
  database = `hostile-${n}`;
  await server.request('PUT', `/${database}`);
  reader = await openBackstoryDb({ name: `sync-hostile-${n}` });
  await connect(reader, config());
});
afterEach(async () => {
  reader.close();
  await deleteDB(`sync-hostile-${n}`);
});

const claim = savedClaim({ id: '33333333-3333-4333-8333-333333333333', tags: ['team'], note: 'shared note' });
const docId = `claim:${claim.id}`;

type Revisions = { start: number; ids: string[] };
/** The server's winning revision of a document, with its history. */
const onServer = async (id: string) =>
  (
    await server.request<{ _rev: string; _revisions: Revisions } & Record<string, unknown>>(
      'GET',
      `/${database}/${encodeURIComponent(id)}?revs=true`,
    )
  ).json;
/** The server's newest leaf of a document, a deleted one too. */
const leafOnServer = async (id: string) => {
  const changes = await server.request<{ results: { id: string; changes: { rev: string }[] }[] }>(
    'GET',
    `/${database}/_changes?style=all_docs`,
  );
  const rev = changes.json.results.find((r) => r.id === id)!.changes[0]!.rev;
  return (
    await server.request<{ _revisions: Revisions } & Record<string, unknown>>(
      'GET',
      `/${database}/${encodeURIComponent(id)}?revs=true&rev=${rev}`,
    )
  ).json;
};
/** Writes a revision as the server (or a teammate) chooses: any content, any history. */
const plant = async (doc: Record<string, unknown>) => {
  const written = await server.request('POST', `/${database}/_bulk_docs`, { docs: [doc], new_edits: false });
  if (written.status >= 300) throw new Error(`could not plant: ${JSON.stringify(written.json)}`);
};
/** A new revision on top of the server's winner (a teammate's honest edit looks the same). */
const editOnServer = async (
  id: string,
  change: (doc: Record<string, unknown>) => Record<string, unknown>,
) => {
  const current = await onServer(id);
  const hash = 'f'.repeat(32);
  const { start, ids } = current['_revisions'];
  await plant({
    ...change(current),
    _rev: `${start + 1}-${hash}`,
    _revisions: { start: start + 1, ids: [hash, ...ids] },
  });
};

describe('a hostile team server', () => {
  it("keeps the reader's newer edit when the server's version arrives before the edit became a revision", async () => {
    await saveClaim(reader, claim);
    await sync();
    // The server (or a teammate) edits the shared claim...
    await editOnServer(docId, (doc) => ({
      ...doc,
      claim: { ...(doc['claim'] as object), note: 'server says' },
    }));
    // ...while the reader edits it here: the edit is in the outbox, not yet a revision, when the
    // pull (a long poll answered a moment earlier) stores what the server sent.
    await updateClaim(reader, claim.id, { note: 'my newer edit' });
    await pull(reader, client(), config());

    const conflicts = await listConflicts(reader);
    const notes = conflicts.flatMap((c) =>
      c.versions.map((v) => (v.body.type === 'claim' ? v.body.claim.note : '')),
    );
    expect(notes.toSorted()).toEqual(['my newer edit', 'server says']);
  });

  it('cannot make its version the suggested one in a conflict by dating it in the far future', async () => {
    await saveClaim(reader, claim);
    await sync();
    await editOnServer(docId, (doc) => ({
      ...doc,
      claim: { ...(doc['claim'] as object), note: 'server says', updated: '9999-12-31T23:59:59.000Z' },
    }));
    await updateClaim(reader, claim.id, { note: 'my newer edit' });
    await pull(reader, client(), config());

    const [conflict] = await listConflicts(reader);
    const suggested = conflict?.versions.filter((v) => v.suggested) ?? [];
    expect(suggested.map((v) => (v.body.type === 'claim' ? v.body.claim.note : ''))).toEqual([
      'my newer edit',
    ]);
  });

  it('keeps a claim the reader stopped sharing, unshared, when the server sends a new version of it', async () => {
    await saveClaim(reader, claim);
    await sync();
    // The reader stops sharing it (removes the tag the rule shares) and writes a private note.
    await updateClaim(reader, claim.id, { tags: ['mine'], note: 'private thoughts' });
    await sync();
    const tombstone = await leafOnServer(docId);
    expect(tombstone['_deleted']).toBe(true);
    // The server brings it back to life with content of its own.
    const hash = 'e'.repeat(32);
    const old = tombstone['_revisions'];
    await plant({
      _id: docId,
      _rev: `${old.start + 1}-${hash}`,
      _revisions: { start: old.start + 1, ids: [hash, ...old.ids] },
      backstory: 1,
      type: 'claim',
      claim: { ...claim, note: 'overwritten', author: 'Ayesha' },
    });
    await sync();

    expect((await getClaim(reader, claim.id))?.note).toBe('private thoughts');
    expect((await loadRefused(reader)).map((r) => r.id)).toContain(docId);
    // And it stays unshared: the reader's next edit does not reach the server.
    await updateClaim(reader, claim.id, { note: 'still private' });
    await sync();
    expect(JSON.stringify(await onServer(docId))).not.toContain('still private');
  });

  it('keeps a relation the reader stopped sharing, unshared, when the server sends a new version of it', async () => {
    const other = savedClaim({
      id: '66666666-6666-4666-8666-666666666666',
      tags: ['team'],
      url: 'https://news.example/b',
    });
    await saveClaim(reader, claim);
    await saveClaim(reader, other);
    const ends = [
      { kind: 'saved' as const, id: claim.id },
      { kind: 'saved' as const, id: other.id },
    ] as const;
    const relation = await setRelation(reader, ends[0], ends[1], 'agree');
    const relationDoc = `relation:${relation.id}`;
    await sync();
    // The reader stops sharing one end, and changes their mind about how the two relate: the
    // relation leaves the server with the claim, and stays here.
    await updateClaim(reader, other.id, { tags: ['mine'] });
    await setRelation(reader, ends[0], ends[1], 'conflict');
    await sync();
    const tombstone = await leafOnServer(relationDoc);
    expect(tombstone['_deleted']).toBe(true);
    // The server brings it back to life, between a shared claim and a knowledge-base one, so that
    // the sharing rule would send it.
    const hash = 'e'.repeat(32);
    const old = tombstone['_revisions'];
    await plant({
      _id: relationDoc,
      _rev: `${old.start + 1}-${hash}`,
      _revisions: { start: old.start + 1, ids: [hash, ...old.ids] },
      backstory: 1,
      type: 'relation',
      relation: { ...relation, to: { kind: 'kb', id: 'kb-claim-1' }, relation: 'unrelated' },
    });
    await sync();

    const kept = await reader.get('claimRelations', relation.id);
    expect(kept?.relation).toBe('conflict');
    expect(kept?.to).toEqual(ends[1]);
    expect((await loadRefused(reader)).map((r) => r.id)).toContain(relationDoc);
    // A deletion under its id leaves it too.
    await plant({
      _id: relationDoc,
      _rev: `${old.start + 2}-${'d'.repeat(32)}`,
      _revisions: { start: old.start + 2, ids: ['d'.repeat(32), hash, ...old.ids] },
      _deleted: true,
    });
    await sync();
    expect((await reader.get('claimRelations', relation.id))?.relation).toBe('conflict');
    // And it stays unshared: looking at every document again sends nothing of it.
    await updateConfig(reader, config());
    await sync();
    expect(JSON.stringify(await leafOnServer(relationDoc))).not.toContain('"conflict"');
  });

  it("does not let a claim imported from a teammate's file become shared because the server holds it", async () => {
    // The reader shares only what they choose; a file gave them a claim whose id the server knows.
    await connect(reader, config('chosen'));
    await saveClaim(reader, { ...claim, note: 'my own notes on it' });
    await plant({
      _id: docId,
      _rev: `1-${'d'.repeat(32)}`,
      backstory: 1,
      type: 'claim',
      claim: { ...claim, author: 'Mallory' },
    });
    await sync(config('chosen'));
    await updateClaim(reader, claim.id, { note: 'my private edit' });
    await sync(config('chosen'));

    expect((await getClaim(reader, claim.id))?.note).toBe('my private edit');
    expect(JSON.stringify(await onServer(docId))).not.toContain('my private edit');
  });

  it("never signs a claim the team sent with the reader's name", async () => {
    // A claim arrives with no author; the reader's rule shares everything.
    await connect(reader, config('all'));
    await plant({ _id: docId, _rev: `1-${'c'.repeat(32)}`, backstory: 1, type: 'claim', claim });
    await sync(config('all'));
    expect((await getClaim(reader, claim.id))?.author).toBeUndefined();
    // Changing the author name (or the rule) looks at every claim again.
    await updateConfig(reader, config('all', 'Ayesha K.'));
    await sync(config('all', 'Ayesha K.'));

    expect((await getClaim(reader, claim.id))?.author).toBeUndefined();
    expect((await onServer(docId))['claim']).not.toHaveProperty('author');
  });
});

describe('a hostile document', () => {
  it('is refused, not thrown, when it nests too deep to measure', () => {
    let deep: unknown = {};
    for (let i = 0; i < 200_000; i++) deep = { a: deep };
    const read = readCouchDoc({ _id: docId, _rev: `1-${'b'.repeat(32)}`, backstory: 1, deep });
    expect(read.kind).toBe('refused');
  });

  it('pollutes no prototype, and keeps no __proto__ key, when one sits beside a valid claim', () => {
    const raw = JSON.parse(
      JSON.stringify({ _id: docId, _rev: `1-${'a'.repeat(32)}`, backstory: 1, type: 'claim', claim }).replace(
        '"backstory":1',
        '"__proto__":{"polluted":1},"backstory":1',
      ),
    ) as unknown;
    const read = readCouchDoc(raw);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    // zod takes `__proto__` for a key of its shape (it is one of every object's), so the claim is
    // read, without it.
    expect(read.kind === 'leaf' && Object.keys(read.leaf.body ?? {})).toEqual(['type', 'claim']);
  });
});

describe('what the timing of requests tells the server', () => {
  it('makes no request when the reader saves a claim they do not share, and one when they share', async () => {
    const db = await openBackstoryDb({ name: `sync-timing-${n}` });
    const requests: string[] = [];
    let polling = false;
    let pollsCut = 0;
    const couch = async (url: string, init: RequestInit): Promise<Response> => {
      requests.push(`${init.method} ${new URL(url).pathname.split('/').at(-1)}`);
      const ok = (body: unknown) => new Response(JSON.stringify(body), { status: 200 });
      if (url.includes('feed=longpoll'))
        // A long poll waits for a change the server never has: only an abort ends it.
        return new Promise((_resolve, reject) => {
          polling = true;
          init.signal?.addEventListener('abort', () => {
            pollsCut++;
            reject(new DOMException('aborted', 'AbortError'));
          });
        });
      if (url.includes('_changes')) return ok({ results: [], last_seq: 0 });
      if (url.includes('_revs_diff')) {
        const asked = JSON.parse(init.body as string) as Record<string, string[]>;
        return ok(Object.fromEntries(Object.entries(asked).map(([id, missing]) => [id, { missing }])));
      }
      if (url.includes('_bulk_docs')) return ok([]);
      return ok({ db_name: 'team', update_seq: 0 });
    };
    const service = createSyncService({
      getDb: async () => db,
      fetch: couch,
      online: () => true,
      hasPermission: async () => true,
      dropPermission: async () => undefined,
      keepAlive: () => () => undefined,
      onChanged: () => undefined,
      waitMs: 60_000,
    });
    try {
      await service.connect({
        ...config('tags'),
        server: 'https://couch.team.test/',
        database: 'team',
        create: false,
      });
      await vi.waitFor(() => expect(polling).toBe(true));
      const before = requests.length;

      await saveClaim(db, savedClaim({ id: '44444444-4444-4444-8444-444444444444', tags: ['mine'] }));
      await service.poke();
      // The long poll goes on, as if nothing had happened here.
      expect(pollsCut).toBe(0);
      expect(requests.slice(before)).toEqual([]);

      await saveClaim(db, savedClaim({ id: '55555555-5555-4555-8555-555555555555', tags: ['team'] }));
      await service.poke();
      await vi.waitFor(() => expect(requests.slice(before)).toContain('POST _bulk_docs'));
      expect(pollsCut).toBe(1);
    } finally {
      await service.disconnect();
      db.close();
      await deleteDB(`sync-timing-${n}`);
    }
  });
});

describe('a server that redirects', () => {
  it('is not followed: the other origin gets no request, and no name or password; the reader is told it was a redirect', async () => {
    const { createServer } = await import('node:http');
    const seen: { url?: string; authorization?: string }[] = [];
    const target = createServer((req, res) => {
      seen.push({ url: req.url, authorization: req.headers.authorization });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"db_name":"team","update_seq":0}');
    });
    await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
    const targetPort = (target.address() as { port: number }).port;
    const redirector = createServer((req, res) => {
      res.writeHead(307, { location: `http://127.0.0.1:${targetPort}${req.url}` }).end();
    });
    await new Promise<void>((resolve) => redirector.listen(0, '127.0.0.1', resolve));
    const port = (redirector.address() as { port: number }).port;
    try {
      const hostile = createCouchClient({
        config: {
          server: `http://127.0.0.1:${port}/`,
          database: 'team',
          username: 'ayesha',
          password: 'secret',
        },
        fetch: (url, init) => fetch(url, init),
      });
      // The reader is told what happened — not that the server could not be reached — and where to look.
      const fault = await hostile.info().then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(fault).toMatchObject({ kind: 'redirect' });
      expect((fault as Error).message).toBe(
        `127.0.0.1:${port} answered with a redirect to another address, which Backstory does not follow: check the server address under “Sync with a team server” in Backstory's settings.`,
      );
      expect(seen).toEqual([]);
    } finally {
      target.close();
      redirector.close();
    }
  });
});
