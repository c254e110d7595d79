import { beforeEach, describe, expect, it } from 'vitest';
import { createKbService, type KbService } from '@/lib/background/kb/service';
import { RequestError } from '@/lib/result';
import { miniPack } from './mini-pack';
import { freshDb } from '../fresh-db';

const name = 'kb-service-test';
/** Each test's background opens its own connection (`connect`), closed and the database deleted after it. */
const { connect } = freshDb(name);
let kb: KbService;

beforeEach(() => {
  const getDb = connect();
  kb = createKbService({ getDb, loadBundledPack: () => miniPack('seed') });
});

/** A second pack that adds one entity and a claim about a bundled entity. */
function extraPack() {
  const pack = miniPack('research');
  pack.sources[0]!.id = 'research-src';
  pack.entities = [
    { ...pack.entities[1]!, id: 'research-state', label: 'Research State', summaryClaims: ['r-c2'] },
  ];
  pack.claims = [
    { ...pack.claims[1]!, id: 'r-c2', source: 'research-src', about: ['research-state', 'mini-munir'] },
  ];
  return pack;
}

async function importFailure(text: string) {
  const error = await kb.importPack(text).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RequestError);
  return error as RequestError;
}

describe('the knowledge-base service', () => {
  it('installs the bundled pack lazily and answers queries', async () => {
    expect((await kb.card('mini-munir')).entity.label).toBe('Mini Munir');
    expect((await kb.packs()).map((p) => [p.id, p.builtin])).toEqual([['seed', true]]);
    const hits = await kb.search('munir');
    expect(hits[0]).toMatchObject({ type: 'entity', id: 'mini-munir' });
    expect(hits.some((h) => h.type === 'claim' && h.entities.includes('mini-munir'))).toBe(true);
    expect(await kb.search('ceasefire')).toContainEqual(
      expect.objectContaining({ type: 'claim', id: 'mini-c2' }),
    );
  });

  it('imports a valid pack that refers to bundled entities, and finds it in search', async () => {
    const result = await kb.importPack(JSON.stringify(extraPack()));
    expect(result).toMatchObject({
      replaced: false,
      pack: { id: 'research', builtin: false, counts: { entities: 1, claims: 1 } },
    });
    expect((await kb.card('mini-munir')).claims.map((c) => c.id)).toContain('r-c2');
    expect((await kb.search('research state'))[0]).toMatchObject({ id: 'research-state' });
    // Importing the same pack again replaces it.
    expect((await kb.importPack(JSON.stringify(extraPack()))).replaced).toBe(true);
  });

  it('refuses broken packs with located problems and changes nothing', async () => {
    const before = await kb.packs();
    expect((await importFailure('{"format": "backstory-knowledge-pack",')).issues).toEqual([
      { path: '$', message: 'the file ends too early' },
    ]);
    expect((await importFailure('{"format": "backstory-knowledge-pack", "x": tru}')).issues).toEqual([
      { path: '$', message: 'not valid JSON' },
    ]);

    const bad = extraPack();
    bad.claims[0]!.quote = 'not in the source at all';
    bad.claims[0]!.end = bad.claims[0]!.start + bad.claims[0]!.quote.length;
    (bad.entities[0] as { kind: string }).kind = 'planet';
    const error = await importFailure(JSON.stringify(bad));
    expect(error.code).toBe('invalid-data');
    expect(error.issues?.map((i) => i.path)).toEqual(['entities[0].kind']);

    const schemaOk = extraPack();
    schemaOk.claims[0]!.quote = 'X'.repeat(schemaOk.claims[0]!.quote.length);
    expect((await importFailure(JSON.stringify(schemaOk))).issues?.[0]?.path).toBe('claims[0].quote');

    const reserved = extraPack();
    reserved.pack.id = 'seed';
    expect((await importFailure(JSON.stringify(reserved))).issues?.[0]?.path).toBe('pack.id');

    const clash = extraPack();
    clash.entities[0]!.id = 'mini-munir';
    expect((await importFailure(JSON.stringify(clash))).issues?.map((i) => i.message)).toContainEqual(
      expect.stringMatching(/already installed/),
    );

    const polluted = JSON.stringify(extraPack()).replace(
      '"format"',
      '"__proto__": {"polluted": true}, "format"',
    );
    expect((await importFailure(polluted)).issues?.[0]?.path).toBe('$');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();

    expect(await kb.packs()).toEqual(before);
  });

  it('removes an imported pack, but not one other packs depend on', async () => {
    await kb.importPack(JSON.stringify(extraPack()));
    const dependent = miniPack('dependent');
    dependent.sources[0]!.id = 'dep-src';
    dependent.entities = [];
    dependent.claims = [{ ...dependent.claims[1]!, id: 'd-c', source: 'dep-src', about: ['research-state'] }];
    await kb.importPack(JSON.stringify(dependent));
    await expect(kb.removePack('research')).rejects.toThrow(/Other packs refer/);
    await kb.removePack('dependent');
    await kb.removePack('research');
    expect((await kb.packs()).map((p) => p.id)).toEqual(['seed']);
    expect(await kb.search('research state')).not.toContainEqual(
      expect.objectContaining({ id: 'research-state' }),
    );
  });
});

describe('handing the matcher to pages in pieces', () => {
  it('serves the pieces of the current matcher and refuses those of a replaced one', async () => {
    const manifest = await kb.matcherManifest();
    const pieces = await Promise.all(
      Array.from({ length: manifest.pieces }, (_, i) => kb.matcherPiece(manifest.version, i)),
    );
    expect(pieces.join('')).toContain('"label":"Mini Munir"');
    await expect(kb.matcherPiece(manifest.version, manifest.pieces)).rejects.toThrow(/no matcher piece/);
    await kb.importPack(JSON.stringify(extraPack()));
    const next = await kb.matcherManifest();
    expect(next.version).not.toBe(manifest.version);
    await expect(kb.matcherPiece(manifest.version, 0)).rejects.toThrow(/changed/);
  });
});
