import { describe, expect, it } from 'vitest';
import {
  bundledPackState,
  ensureBundledPack,
  hashPack,
  installPack,
  removePack,
} from '@/lib/background/kb/pack-store';
import { getEntityCard, getSource, getTimeline } from '@/lib/background/kb/queries';
import { saveSettings, loadSettings } from '@/lib/background/settings-store';
import { miniPack } from './mini-pack';
import { freshDb } from '../fresh-db';

const name = 'kb-store-test';
/** A connection to the test's own database, emptied after each test. */
const { open } = freshDb(name);

describe('installing knowledge packs', () => {
  it('installs a missing bundled pack, then finds it current', async () => {
    const d = await open();
    const pack = miniPack();
    const hash = await hashPack(pack);
    expect(await ensureBundledPack(d, pack, hash)).toBe('missing');
    expect(await bundledPackState(d, pack, hash)).toBe('current');
    expect(await d.count('entities')).toBe(3);
    expect(await d.getAllKeysFromIndex('entities', 'alias', 'munir')).toEqual(['mini-munir']);
    expect(await d.getAllKeysFromIndex('kbClaims', 'about', 'mini-lunch')).toEqual(['mini-c1', 'mini-c3']);
    expect((await d.get('packs', 'mini'))?.counts).toEqual({ sources: 1, entities: 3, claims: 3 });
  });

  it('replaces an outdated pack without touching user data', async () => {
    const d = await open();
    const v1 = miniPack();
    await ensureBundledPack(d, v1, await hashPack(v1));
    await saveSettings(d, { hoverDelayMs: 700 });

    const v2 = structuredClone(v1);
    v2.pack.version = '2';
    v2.entities = v2.entities.filter((e) => e.id !== 'mini-pakistan');
    v2.claims = v2.claims.filter((c) => c.id !== 'mini-c2');
    const hash2 = await hashPack(v2);
    expect(await bundledPackState(d, v2, hash2)).toBe('outdated');
    expect(await ensureBundledPack(d, v2, hash2)).toBe('outdated');

    expect(await d.getAllKeys('entities')).toEqual(['mini-lunch', 'mini-munir']);
    expect(await d.get('kbClaims', 'mini-c2')).toBeUndefined();
    expect((await d.get('packs', 'mini'))?.version).toBe('2');
    expect((await loadSettings(d)).hoverDelayMs).toBe(700);
  });

  it('rebuilds a damaged pack from the bundle', async () => {
    const d = await open();
    const pack = miniPack();
    const hash = await hashPack(pack);
    await ensureBundledPack(d, pack, hash);
    await d.delete('entities', 'mini-pakistan');
    expect(await bundledPackState(d, pack, hash)).toBe('damaged');
    expect(await ensureBundledPack(d, pack, hash)).toBe('damaged');
    expect(await d.get('entities', 'mini-pakistan')).toBeDefined();
  });

  it('writes all of a pack or none of it', async () => {
    const d = await open();
    const pack = miniPack();
    await installPack(d, pack, { builtin: true, hash: 'h1' });
    const broken = structuredClone(pack);
    // An entity IndexedDB cannot store (a function) makes the transaction fail midway.
    (broken.entities[2] as unknown as { summary: unknown }).summary = () => 'not cloneable';
    broken.pack.version = 'broken';
    await expect(installPack(d, broken, { builtin: true, hash: 'h2' })).rejects.toThrow(
      /clone|could not be cloned|DataCloneError/i,
    );
    expect((await d.get('packs', 'mini'))?.version).toBe('1');
    expect(await d.count('entities')).toBe(3);
    expect(await d.count('kbClaims')).toBe(3);
  });

  it('removes imported packs but never the bundled one', async () => {
    const d = await open();
    await installPack(d, miniPack('seedlike'), { builtin: true, hash: 'a' });
    await expect(removePack(d, 'seedlike')).rejects.toThrow(/cannot be removed/);
    const other = miniPack('extra');
    for (const e of other.entities) e.id = `x-${e.id}`;
    await installPack(
      d,
      { ...other, entities: other.entities, claims: [], sources: [] },
      { builtin: false, hash: 'b' },
    );
    await removePack(d, 'extra');
    expect(await d.get('packs', 'extra')).toBeUndefined();
    expect(await d.count('entities')).toBe(3);
    await expect(removePack(d, 'nope')).rejects.toThrow(/No knowledge pack/);
  });
});

describe('reading the knowledge base', () => {
  it('builds an entity card with ranked claims, sources, role, relations and events', async () => {
    const d = await open();
    await installPack(d, miniPack(), { builtin: true, hash: 'h' });
    const card = await getEntityCard(d, 'mini-munir');
    expect(card.entity.label).toBe('Mini Munir');
    expect(card.currentRole).toMatchObject({ title: 'Field Marshal', asOf: '2025-06' });
    expect(card.claims.map((c) => c.id)).toEqual(['mini-c1']);
    expect(card.claims[0]!.sourceRef).toMatchObject({ id: 'mini-src', published: '2025-06-20' });
    expect(card.related).toEqual([
      {
        type: 'participated-in',
        direction: 'out',
        entity: { id: 'mini-lunch', label: 'Mini lunch', kind: 'event' },
        claims: ['mini-c1'],
      },
    ]);
    expect(card.events.map((e) => e.id)).toEqual(['mini-lunch']);

    const lunch = await getEntityCard(d, 'mini-lunch');
    // Claims the summary rests on come first, then plain facts before analysis.
    expect(lunch.claims.map((c) => c.id)).toEqual(['mini-c3', 'mini-c1']);
    expect(lunch.participants.map((p) => p.id)).toEqual(['mini-munir']);
    expect(lunch.related).toContainEqual(
      expect.objectContaining({ direction: 'in', entity: expect.objectContaining({ id: 'mini-munir' }) }),
    );
  });

  it('answers not-found for unknown ids, and flags damaged records', async () => {
    const d = await open();
    await installPack(d, miniPack(), { builtin: true, hash: 'h' });
    await expect(getEntityCard(d, 'nobody')).rejects.toThrow(/No entity/);
    const stored = (await d.get('entities', 'mini-pakistan'))!;
    await d.put('entities', { ...stored, kind: 'planet' as never });
    await expect(getEntityCard(d, 'mini-pakistan')).rejects.toThrow(/damaged/);
  });

  it('lists events by date and returns sources with text', async () => {
    const d = await open();
    await installPack(d, miniPack(), { builtin: true, hash: 'h' });
    expect((await getTimeline(d)).map((e) => e.id)).toEqual(['mini-lunch']);
    const source = await getSource(d, 'mini-src');
    expect(source.text).toContain('Field Marshal Asim Munir');
  });
});
