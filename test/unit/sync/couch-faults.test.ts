/**
 * What a reader is told when a team server cannot be used: one sentence per fault, from what the
 * server (or the network) actually answered. And the address rules for a server.
 */
import { describe, expect, it } from 'vitest';
import { createCouchClient, type Fetch } from '@/lib/sync/couch';
import { SyncFault } from '@/lib/sync/faults';
import { databaseUrl, isShared, originPattern, serverUrlSchema } from '@/lib/sync/config';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

async function faultFor(answer: Fetch, server = 'https://couch.team.test/', online = true) {
  const client = createCouchClient({
    config: { server, database: 'claims', username: 'ayesha', password: 'pw' },
    fetch: answer,
    online: () => online,
  });
  const error = await client.info().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SyncFault);
  return error as SyncFault;
}

describe('faults, one sentence each', () => {
  it('wrong credentials', async () => {
    const fault = await faultFor(async () =>
      json(401, { error: 'unauthorized', reason: 'Name or password is incorrect.' }),
    );
    expect(fault.kind).toBe('credentials');
    expect(fault.sentence).toBe(
      "couch.team.test did not accept the name and password: check them under “Sync with a team server” in Backstory's settings.",
    );
  });

  it('an account without access', async () => {
    const fault = await faultFor(async () => json(403, { error: 'forbidden' }));
    expect(fault.sentence).toMatch(/does not let “ayesha” read and write the database “claims”/);
  });

  it('a database that vanished', async () => {
    const fault = await faultFor(async () =>
      json(404, { error: 'not_found', reason: 'Database does not exist.' }),
    );
    expect(fault.kind).toBe('no-database');
    expect(fault.sentence).toMatch(
      /^The database “claims” no longer exists on couch\.team\.test: your claims are kept here/,
    );
  });

  it('a server that is not CouchDB (a web page, or JSON of another shape)', async () => {
    const page = await faultFor(async () => new Response('<html>Not found</html>', { status: 404 }));
    expect(page.kind).toBe('not-couchdb');
    expect(page.sentence).toMatch(/^https:\/\/couch\.team\.test does not answer like a CouchDB server/);
    expect((await faultFor(async () => new Response('<html>hello</html>', { status: 200 }))).kind).toBe(
      'not-couchdb',
    );
    expect((await faultFor(async () => json(200, { hello: 'world' }))).kind).toBe('not-couchdb');
  });

  it('a connection that fails: offline, or down / untrusted certificate over https', async () => {
    const refuse: Fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect((await faultFor(refuse, undefined, false)).kind).toBe('offline');
    const https = await faultFor(refuse);
    expect(https.kind).toBe('unreachable');
    expect(https.sentence).toMatch(/does not trust its security certificate/);
    expect((await faultFor(refuse, 'http://127.0.0.1:5984/')).sentence).toMatch(/the server is not running/);
  });

  it('a server error is retried, and says so', async () => {
    const fault = await faultFor(async () => json(500, { error: 'unknown' }));
    expect(fault.kind).toBe('server-error');
    expect(fault.sentence).toMatch(/will be sent when it answers again/);
  });

  it('sends the login only to the database address, over the given origin', async () => {
    const seen: { url: string; auth: string | null }[] = [];
    const client = createCouchClient({
      config: {
        server: 'https://couch.team.test/db-proxy/',
        database: 'team/claims',
        username: 'ayesha',
        password: 'pä',
      },
      fetch: async (url, init) => {
        seen.push({ url, auth: new Headers(init.headers).get('authorization') });
        return json(200, { db_name: 'team/claims', update_seq: '1-x' });
      },
    });
    await client.info();
    expect(seen).toEqual([
      {
        url: 'https://couch.team.test/db-proxy/team%2Fclaims',
        auth: `Basic ${Buffer.from('ayesha:pä').toString('base64')}`,
      },
    ]);
  });
});

describe('server addresses and sharing', () => {
  it('takes https anywhere and plain http only on this machine', () => {
    expect(serverUrlSchema.parse('https://couch.team.test')).toBe('https://couch.team.test/');
    expect(serverUrlSchema.parse('http://127.0.0.1:5984')).toBe('http://127.0.0.1:5984/');
    expect(serverUrlSchema.parse('http://localhost:5984/couch')).toBe('http://localhost:5984/couch/');
    for (const bad of [
      'http://couch.team.test',
      'ftp://x.test',
      'https://user:pw@x.test',
      'https://x.test/?a=1',
      'couch',
    ])
      expect(serverUrlSchema.safeParse(bad).success).toBe(false);
  });

  it('asks for one origin: with its port in Chrome, the host alone in Firefox', () => {
    expect(originPattern('http://127.0.0.1:5984/', true)).toBe('http://127.0.0.1:5984/*');
    expect(originPattern('http://127.0.0.1:5984/', false)).toBe('http://127.0.0.1/*');
    expect(databaseUrl({ server: 'https://x.test/', database: 'a$b' })).toBe('https://x.test/a%24b');
  });

  it('keeps private claims private whatever the rule', () => {
    const rule = { share: 'all' as const, tags: [] };
    expect(isShared({ tags: [] }, undefined, rule)).toBe(true);
    expect(isShared({ tags: [] }, 'private', rule)).toBe(false);
    expect(isShared({ tags: ['Team'] }, undefined, { share: 'tags', tags: ['team'] })).toBe(true);
    expect(isShared({ tags: ['other'] }, undefined, { share: 'tags', tags: ['team'] })).toBe(false);
    expect(isShared({ tags: ['team'] }, undefined, { share: 'chosen', tags: ['team'] })).toBe(false);
    expect(isShared({ tags: [] }, 'shared', { share: 'chosen', tags: [] })).toBe(true);
  });
});
