/**
 * Nothing lost: export → wipe → import gives back exactly the same records, for Backstory JSON
 * and for W3C Web Annotation, for any claims (property-based), hostile text included.
 */
import { deleteDB } from 'idb';
import { array, assert, asyncProperty, constantFrom } from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackstoryDb } from '@/lib/background/db/open-and-migrate';
import {
  importRecords,
  listClaims,
  listRelations,
  saveClaim,
  setRelation,
  snapshot,
} from '@/lib/background/claims/store';
import { bundleJson } from '@/lib/export/bundle';
import { toAnnotationCollection } from '@/lib/export/web-annotation';
import { planImport } from '@/lib/import/plan-whole';
import { readImport } from '@/lib/import/read';
import type { SavedClaim } from '@/lib/claims/schema';
import { savedClaimArbitrary } from './arbitrary';

const name = 'roundtrip-test';
afterEach(async () => {
  await deleteDB(name);
});

const byId = (claims: SavedClaim[]) => claims.toSorted((a, b) => a.id.localeCompare(b.id));
const uniqueClaims = array(savedClaimArbitrary, { maxLength: 6 }).map((claims) => [
  ...new Map(claims.map((c) => [c.id, c])).values(),
]);

async function importText(text: string) {
  const db = await openBackstoryDb({ name });
  const read = readImport(text);
  const plan = planImport(read, new Map(), new Map());
  await importRecords(db, plan.write, plan.relations);
  const result = { claims: (await listClaims(db)).claims, relations: await listRelations(db), read };
  db.close();
  await deleteDB(name);
  return result;
}

describe('round trips', () => {
  it('Backstory JSON: export, wipe, import gives the same claims and relations', async () => {
    await assert(
      asyncProperty(
        uniqueClaims,
        constantFrom('agree' as const, 'conflict' as const),
        async (claims, relation) => {
          const db = await openBackstoryDb({ name });
          for (const claim of claims) await saveClaim(db, claim);
          if (claims.length >= 2)
            await setRelation(
              db,
              { kind: 'saved', id: claims[0]!.id },
              { kind: 'saved', id: claims[1]!.id },
              relation,
            );
          const exported = bundleJson({
            claims: (await listClaims(db)).claims,
            relations: await listRelations(db),
            kbVersion: 'seed@1.0.0',
          });
          const relations = await listRelations(db);
          db.close();
          await deleteDB(name);
          const back = await importText(exported);
          expect(byId(back.claims)).toEqual(byId(claims));
          expect(back.relations).toEqual(relations);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('W3C Web Annotation: export, wipe, import gives the same claims', async () => {
    await assert(
      asyncProperty(uniqueClaims, async (claims) => {
        const exported = JSON.stringify(
          toAnnotationCollection(claims, 'urn:uuid:0b7d3a52-3c1e-4f6a-9a51-6d2f5e1c9b99'),
        );
        const back = await importText(exported);
        expect(back.read.invalid).toEqual([]);
        expect(byId(back.claims)).toEqual(byId(claims));
      }),
      { numRuns: 40 },
    );
  });

  it('is idempotent: importing the same file again changes nothing', async () => {
    const db = await openBackstoryDb({ name });
    const claim: SavedClaim = {
      id: '0b7d3a52-3c1e-4f6a-9a51-6d2f5e1c9b01',
      schemaVersion: 1,
      url: 'https://news.example/a',
      seenUrl: 'https://news.example/a',
      page: { title: 'A', siteName: 'News', authors: [], published: null },
      selectors: {
        quote: { type: 'TextQuoteSelector', exact: 'quoted words', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 0, end: 12 },
      },
      pageTextHash: 'ab',
      created: '2025-06-01T00:00:00.000Z',
      updated: '2025-06-01T00:00:00.000Z',
      entities: [],
      note: '',
      tags: [],
      label: 'claim',
      kbVersion: '',
    };
    const text = bundleJson({ claims: [claim], relations: [], kbVersion: '' });
    const first = planImport(readImport(text), (await snapshot(db)).claims, new Map());
    expect(first.preview.counts).toMatchObject({ new: 1, updated: 0, unchanged: 0 });
    await importRecords(db, first.write, first.relations);
    const again = planImport(readImport(text), (await snapshot(db)).claims, new Map());
    expect(again.preview.counts).toMatchObject({ new: 0, updated: 0, unchanged: 1 });
    // A later edit of the claim updates it; a change not dated later is not taken for one.
    const edited = text.replace('"note": ""', '"note": "changed"');
    const later = edited.replace(
      '"updated": "2025-06-01T00:00:00.000Z"',
      '"updated": "2025-06-02T00:00:00.000Z"',
    );
    expect(
      planImport(readImport(later), (await snapshot(db)).claims, new Map()).preview.counts,
    ).toMatchObject({ updated: 1, kept: 0 });
    expect(
      planImport(readImport(edited), (await snapshot(db)).claims, new Map()).preview.counts,
    ).toMatchObject({ updated: 0, kept: 1 });
    db.close();
  });
});
