/**
 * Connecting and disconnecting: nothing is stored unless the server answers as CouchDB should,
 * and removing the server gives up the permission to reach it.
 */
import { describe, expect, it } from 'vitest';
import { createSyncService } from '@/lib/background/sync/service';
import { loadConfig } from '@/lib/background/sync/state';
import type { Fetch } from '@/lib/sync/couch';
import { freshDb } from '../fresh-db';

const name = 'sync-service-test';
const { open } = freshDb(name);

const config = {
  server: 'https://couch.team.test/',
  database: 'team',
  username: 'ayesha',
  password: 'secret',
  author: 'Ayesha',
  share: 'chosen' as const,
  tags: [],
  create: false,
};

async function service(fetch: Fetch, granted = true) {
  const opened = await open();
  const dropped: string[] = [];
  const requests: string[] = [];
  const sync = createSyncService({
    getDb: async () => opened,
    fetch: (url, init) => {
      requests.push(`${init.method} ${url}`);
      return fetch(url, init);
    },
    online: () => true,
    hasPermission: async () => granted,
    dropPermission: async (server) => void dropped.push(server),
    keepAlive: () => () => undefined,
    onChanged: () => undefined,
    waitMs: 50,
  });
  return { sync, dropped, requests, stored: opened };
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status });

describe('connecting to a team server', () => {
  it('is off, and sends nothing, until a server is connected', async () => {
    const { sync, requests } = await service(async () => json(200, {}));
    await sync.start();
    expect((await sync.status()).sentence).toBe('Sync is off: nothing leaves this browser.');
    expect(requests).toEqual([]);
  });

  it('stores nothing when the server is not CouchDB, and says so', async () => {
    const { sync, stored } = await service(async () => new Response('<html></html>', { status: 200 }));
    await expect(sync.connect(config)).rejects.toThrow(/does not answer like a CouchDB server/);
    expect(await loadConfig(stored)).toBeUndefined();
  });

  it('refuses to connect without the permission to reach the server', async () => {
    const { sync, requests } = await service(
      async () => json(200, { db_name: 'team', update_seq: 0 }),
      false,
    );
    await expect(sync.connect(config)).rejects.toThrow('Backstory was not allowed to reach couch.team.test.');
    expect(requests).toEqual([]);
  });

  it('keeps the password out of the status, and gives up the permission when the server is removed', async () => {
    const { sync, dropped, stored } = await service(async (url) =>
      url.includes('_changes')
        ? json(200, { results: [], last_seq: 0 })
        : json(200, { db_name: 'team', update_seq: 0 }),
    );
    const status = await sync.connect(config);
    expect(status.connected).toBe(true);
    expect(JSON.stringify(status)).not.toContain('secret');
    expect((await loadConfig(stored))?.server).toBe('https://couch.team.test/');
    const off = await sync.disconnect();
    expect(off.connected).toBe(false);
    expect(dropped).toEqual(['https://couch.team.test/']);
    expect(await loadConfig(stored)).toBeUndefined();
  });
});
