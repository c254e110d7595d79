/**
 * A library of 10,000 claims by default (the full 100,000 runs in real Chromium, in
 * test/e2e/big-library.e2e.ts; the fake IndexedDB of unit tests is slow) with 300-character notes
 * and relations among them (test/fixtures/big-library.ts), goes out and comes
 * back through the ports the options page uses: Backstory JSON re-imports into an empty
 * database and exports again byte for byte the same, and W3C Web Annotation comes back with
 * every claim and every relation. No single message carries more than a megabyte.
 */
import { deleteDB } from 'idb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDbConnection } from '@/lib/background/db/connection';
import { createKbService } from '@/lib/background/kb/service';
import { createClaimsService } from '@/lib/background/claims/service';
import { createExportService } from '@/lib/background/export-service';
import { importRecords, listRelations } from '@/lib/background/claims/store';
import type { ClaimRelation, SavedClaim } from '@/lib/claims/schema';
import { IMPORT_PORT, CHUNK } from '@/lib/messaging/ports';
import type { ImportPreview } from '@/lib/import/plan';
import { miniPack } from '../kb/mini-pack';
import { bigLibrary, withoutExportTime } from '../../fixtures/big-library';
import { exportThroughPort, importThroughPort } from './port-client';

const COUNT = Number(process.env['BIG_LIBRARY'] ?? 10_000);
const { claims, relations } = bigLibrary(COUNT);

function services(name: string) {
  const getDb = createDbConnection({ name });
  const kb = createKbService({ getDb, loadBundledPack: () => miniPack('seed') });
  const claimsService = createClaimsService({ getDb, kb });
  const exports = createExportService({ getDb, claims: claimsService, kb });
  return {
    getDb,
    deps: {
      exports,
      kb,
      claimsChanged: () => undefined,
      packsChanged: () => undefined,
      drafts: { save: async () => undefined, keepNote: async () => undefined, mayWrite: async () => false },
    },
  };
}

const source = services('big-library-source');
const target = services('big-library-target');
const w3cTarget = services('big-library-w3c');

beforeAll(async () => {
  await importRecords(await source.getDb(), claims, relations);
}, 600_000);
afterAll(async () => {
  for (const s of [source, target, w3cTarget]) (await s.getDb()).close();
  for (const name of ['big-library-source', 'big-library-target', 'big-library-w3c']) await deleteDB(name);
});

const settled = withoutExportTime;

describe(`a library of ${COUNT.toLocaleString('en-GB')} claims through the ports`, () => {
  it('exports as Backstory JSON and re-imports to export again byte for byte', async () => {
    const first = await exportThroughPort(source.deps, { format: 'json' });
    if ('error' in first) throw new Error(first.error.message);
    expect(first.head).toMatchObject({ type: 'head', count: COUNT });
    const parsed = JSON.parse(first.text) as { claims: SavedClaim[]; relations: ClaimRelation[] };
    expect(parsed.claims).toHaveLength(COUNT);
    expect(parsed.relations).toHaveLength(relations.length);

    const bytes = new TextEncoder().encode(first.text);
    expect(bytes.length).toBeGreaterThan(4 * CHUNK); // many messages
    const preview = await importThroughPort<ImportPreview>(target.deps, IMPORT_PORT, bytes, {
      mode: 'apply',
      includeSettings: false,
    });
    if ('error' in preview) throw new Error(preview.error.message);
    expect(preview.value.counts).toMatchObject({ new: COUNT, invalid: 0, relations: relations.length });

    const second = await exportThroughPort(target.deps, { format: 'json' });
    if ('error' in second) throw new Error(second.error.message);
    expect(settled(second.text)).toBe(settled(first.text));
  }, 900_000);

  it('goes through W3C Web Annotation with every claim and relation', async () => {
    const w3c = await exportThroughPort(source.deps, { format: 'w3c' });
    if ('error' in w3c) throw new Error(w3c.error.message);
    const result = await importThroughPort<ImportPreview>(
      w3cTarget.deps,
      IMPORT_PORT,
      new TextEncoder().encode(w3c.text),
      { mode: 'apply', includeSettings: false },
    );
    if ('error' in result) throw new Error(result.error.message);
    expect(result.value.counts).toMatchObject({ new: COUNT, invalid: 0, relations: relations.length });
    const back = await exportThroughPort(w3cTarget.deps, { format: 'json' });
    const original = await exportThroughPort(source.deps, { format: 'json' });
    if ('error' in back || 'error' in original) throw new Error('export failed');
    expect(settled(back.text)).toBe(settled(original.text));
    expect(
      (await listRelations(await w3cTarget.getDb())).toSorted((a, b) => a.id.localeCompare(b.id)),
    ).toEqual(relations.toSorted((a, b) => a.id.localeCompare(b.id)));
  }, 900_000);
});
