import { describe, expect, it, vi } from 'vitest';
import {
  claimsAbout,
  claimsForPage,
  countClaimsAbout,
  deleteClaim,
  importRecords,
  listClaims,
  listRelations,
  restoreClaim,
  saveClaim,
  setRelation,
  updateClaim,
} from '@/lib/background/claims/store';
import { savedClaim } from './claim-fixture';
import { savedClaimSchema } from '@/lib/claims/schema';
import { freshDb } from '../fresh-db';

const name = 'claims-store-test';
const { open } = freshDb(name);

describe('saved claims', () => {
  it('saves a claim once however often the save is retried', async () => {
    const d = await open();
    const claim = savedClaim();
    await saveClaim(d, claim);
    await saveClaim(d, { ...claim, created: '2030-01-01T00:00:00.000Z' });
    const { claims } = await listClaims(d);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.created).toBe(claim.created);
  });

  it('writes nothing when a write fails part-way through a transaction', async () => {
    const d = await open();
    // A function cannot be stored: that put throws after the claim's put has succeeded in the
    // same transaction, which would commit the claim alone were the transaction not aborted.
    await expect(importRecords(d, [savedClaim()], [], { unstorable: () => undefined })).rejects.toMatchObject(
      {
        name: 'DataCloneError',
      },
    );
    expect(await d.count('savedClaims')).toBe(0);
    expect(await d.get('settings', 'user')).toBeUndefined();
  });

  it('refuses invalid claims and writes nothing', async () => {
    const d = await open();
    await expect(saveClaim(d, savedClaim({ url: 'javascript:alert(1)' }))).rejects.toThrow(/http\(s\) URL/);
    await expect(saveClaim(d, { ...savedClaim(), label: 'rumour' as never })).rejects.toThrow(/label/);
    expect((await listClaims(d)).claims).toEqual([]);
  });

  it('finds a page’s claims by canonical or seen address, and claims about an entity', async () => {
    const d = await open();
    await saveClaim(d, savedClaim());
    const other = savedClaim({
      id: '2b7d3a52-3c1e-4f6a-9a51-6d2f5e1c9b02',
      url: 'https://other.example/x',
      seenUrl: 'https://other.example/x',
      entities: ['pakistan'],
    });
    await saveClaim(d, other);
    expect(
      (await claimsForPage(d, 'https://news.example/world/munir-lunch', 'https://x.example/')).claims.map(
        (c) => c.id,
      ),
    ).toEqual([savedClaim().id]);
    expect(
      (
        await claimsForPage(
          d,
          'https://nope.example/',
          'https://news.example/world/munir-lunch?utm_source=feed',
        )
      ).claims,
    ).toHaveLength(1);
    expect((await claimsAbout(d, 'pakistan')).claims.map((c) => c.id)).toEqual([other.id]);
  });

  it('counts the claims about an entity without reading one (a card must not open later for more claims)', async () => {
    const d = await open();
    const about = (id: string, entities: string[]) =>
      savedClaim({ id, entities, url: `https://news.example/${id}`, seenUrl: `https://news.example/${id}` });
    await saveClaim(d, about('0b7d3a52-3c1e-4f6a-9a51-6d2f5e1c9b01', ['asim-munir']));
    await saveClaim(d, about('0b7d3a52-3c1e-4f6a-9a51-6d2f5e1c9b02', ['asim-munir', 'donald-trump']));
    await saveClaim(d, about('0b7d3a52-3c1e-4f6a-9a51-6d2f5e1c9b03', ['donald-trump']));
    const parse = vi.spyOn(savedClaimSchema, 'safeParse');
    try {
      expect(await countClaimsAbout(d, 'asim-munir')).toBe(2);
      expect(await countClaimsAbout(d, 'nobody')).toBe(0);
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });

  it('updates the editable fields and the updated time only', async () => {
    const d = await open();
    await saveClaim(d, savedClaim());
    const next = await updateClaim(d, savedClaim().id, {
      note: 'Disputed by Dawn.',
      tags: ['x'],
      label: 'disputed',
    });
    expect(next).toMatchObject({
      note: 'Disputed by Dawn.',
      tags: ['x'],
      label: 'disputed',
      created: savedClaim().created,
    });
    expect(next.updated > savedClaim().updated).toBe(true);
    await expect(updateClaim(d, savedClaim().id, { url: 'https://evil.example/' } as never)).rejects.toThrow(
      /url|unrecognized/i,
    );
    await expect(updateClaim(d, 'f0000000-0000-4000-8000-000000000000', { note: 'x' })).rejects.toThrow(
      /no longer exists/,
    );
  });

  it('deletes a claim with its relations and restores both on undo', async () => {
    const d = await open();
    await saveClaim(d, savedClaim());
    await setRelation(
      d,
      { kind: 'saved', id: savedClaim().id },
      { kind: 'kb', id: 's001-munir-lunch' },
      'agree',
    );
    const deleted = await deleteClaim(d, savedClaim().id);
    expect((await listClaims(d)).claims).toEqual([]);
    expect(await listRelations(d)).toEqual([]);
    await restoreClaim(d, deleted);
    expect((await listClaims(d)).claims).toEqual([deleted.claim]);
    expect(await listRelations(d)).toEqual(deleted.relations);
  });

  it('keeps records that no longer validate and reports them instead of dropping them', async () => {
    const d = await open();
    await saveClaim(d, savedClaim());
    await d.put('savedClaims', {
      ...savedClaim({ id: '3b7d3a52-3c1e-4f6a-9a51-6d2f5e1c9b03' }),
      label: 'unknown' as never,
    });
    const read = await listClaims(d);
    expect(read.claims).toHaveLength(1);
    expect(read.unreadable).toEqual(['3b7d3a52-3c1e-4f6a-9a51-6d2f5e1c9b03']);
    expect(await d.count('savedClaims')).toBe(2);
  });

  it('records one relation per pair, whichever way round', async () => {
    const d = await open();
    const a = { kind: 'saved' as const, id: savedClaim().id };
    const b = { kind: 'kb' as const, id: 's001-munir-lunch' };
    await setRelation(d, a, b, 'agree');
    await setRelation(d, b, a, 'conflict');
    expect((await listRelations(d)).map((r) => r.relation)).toEqual(['conflict']);
  });
});
