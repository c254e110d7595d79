/**
 * The test server keeps what it acknowledged across a stop: the sync fault tests stop it at chosen
 * moments, and a database it forgot on restart would make them fail for the server's sake, not
 * Backstory's (pouchdb-server lists a new database a moment after answering the PUT).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startCouchServer, type CouchServer } from '../../../scripts/lib/couch-server';

let server: CouchServer;
beforeAll(async () => {
  server = await startCouchServer();
}, 120_000);
afterAll(async () => {
  await server?.close();
});

it('keeps each database created just before it was stopped', async () => {
  const names = ['made-1', 'made-2', 'made-3', 'made-4', 'made-5'];
  const found: (string | undefined)[] = [];
  for (const name of names) {
    expect((await server.request('PUT', `/${name}`)).status).toBe(201);
    await server.stop();
    await server.start();
    found.push((await server.request<{ db_name?: string }>('GET', `/${name}`)).json.db_name);
  }
  expect(found).toEqual(names);
});
