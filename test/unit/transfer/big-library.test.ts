/**
 * A library of 10,000 claims by default (BIG_LIBRARY=100000 for the full size; the fake IndexedDB
 * of unit tests is slow) with 300-character notes and relations among them, goes out and comes
 * back through the ports the options page uses: Backstory JSON re-imports into an empty
 * database and exports again byte for byte the same, and W3C Web Annotation comes back with
 * every claim and every relation. No single message carries more than a megabyte.
 */
import { deleteDB } from 'idb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDbConnection } from '@/lib/db/connection';
import { createKbService } from '@/lib/kb/service';
import { createClaimsService } from '@/lib/claims/service';
import { createExportService } from '@/lib/export/service';
import { importRecords, listRelations } from '@/lib/claims/store';
import { relationId, type ClaimRelation, type SavedClaim } from '@/lib/claims/schema';
import { IMPORT_PORT, CHUNK } from '@/lib/messaging/ports';
import type { ImportPreview } from '@/lib/import/plan';
import { miniPack } from '../kb/mini-pack';
import { savedClaim } from '../claims/claim-fixture';
import { exportThroughPort, importThroughPort } from './port-client';

const COUNT = Number(process.env['BIG_LIBRARY'] ?? 10_000);
const id = (i: number) => `${(0x10000000 + i).toString(16)}-1111-4222-8333-${String(i).padStart(12, '0')}`;
const claims: SavedClaim[] = Array.from({ length: COUNT }, (_, i) =>
  savedClaim({
    id: id(i),
    url: `https://news.example/story-${i % 997}?q=a|b^c[${i}]`,
    note: `Note ${i}: ${'an ordinary reader’s note about what the page says. '.repeat(6)}`.slice(0, 300),
    created: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
    updated: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
  }),
);
const relations: ClaimRelation[] = Array.from({ length: 500 }, (_, i) => {
  const from = { kind: 'saved' as const, id: id(i * 2) };
  const to =
    i % 5 === 0
      ? { kind: 'kb' as const, id: 'c-munir-lunch' }
      : { kind: 'saved' as const, id: id(i * 2 + 1) };
  return {
    id: relationId(from, to),
    from,
    to,
    relation: i % 2 ? 'agree' : 'conflict',
    created: '2025-06-01T00:00:00.000Z',
  };
});

function services(name: string) {
  const getDb = createDbConnection({ name });
  const kb = createKbService({ getDb, loadBundledPack: () => miniPack('seed') });
  const claimsService = createClaimsService({ getDb, kb });
  const exports = createExportService({ getDb, claims: claimsService, kb });
  return { getDb, deps: { exports, kb, claimsChanged: () => undefined, packsChanged: () => undefined } };
}

const source = services('big-library-source');
const target = services('big-library-target');
const w3cTarget = services('big-library-w3c');
const fixedNow = { now: '2025-11-21T00:00:00.000Z' };

beforeAll(async () => {
  await importRecords(await source.getDb(), claims, relations);
}, 600_000);
afterAll(async () => {
  for (const s of [source, target, w3cTarget]) (await s.getDb()).close();
  for (const name of ['big-library-source', 'big-library-target', 'big-library-w3c']) await deleteDB(name);
});

/** The export's text with its time stamp and collection id made fixed, to compare two exports. */
const settled = (text: string) =>
  text
    .replace(/"exported": "[^"]+"/, `"exported": "${fixedNow.now}"`)
    .replace(/"created": "[^"]+",\n  "first"/, `"created": "${fixedNow.now}",\n  "first"`);

describe('a 100,000-claim library', () => {
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
