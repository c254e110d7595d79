/**
 * A claim marked again in another browser profile (same words, same page, another id) is found
 * by the import preview, skipped by default, or merged into the reader's claim without losing
 * the notes, tags or entities either side holds; the file's relations follow it.
 */
import { describe, expect, it } from 'vitest';
import { createImportSessions } from '@/lib/background/claims/import-sessions';
import { listClaims, listRelations, saveClaim, storedRelation } from '@/lib/background/claims/store';
import { relationId, type SavedClaim } from '@/lib/claims/schema';
import { bundleJson } from '@/lib/export/bundle';
import { planImport } from '@/lib/import/plan-whole';
import { readImport } from '@/lib/import/read';
import { isSamePassage } from '@/lib/import/same-passage';
import { savedClaim } from '../claims/claim-fixture';
import { freshDb } from '../fresh-db';

const mine = savedClaim();
/** The same sentence marked in another profile: its own id, note and tags, a minute later. */
const theirs = savedClaim({
  id: '9c9c9c9c-0000-4000-8000-000000000002',
  note: 'Seen on the evening news too.',
  tags: ['lunch', 'tv'],
  entities: ['asim-munir'],
  created: '2025-06-20T10:01:00.000Z',
  updated: '2025-06-20T10:01:00.000Z',
});
const fileOf = (...claims: SavedClaim[]) =>
  readImport(bundleJson({ claims, relations: [], kbVersion: 'seed@abc' }));
const plan = (claims: SavedClaim[], choice?: 'skip' | 'merge') =>
  planImport(fileOf(...claims), new Map(), new Map(), { library: [mine], samePassage: choice });

describe('same passage from another profile', () => {
  it('is the same passage: same page and words, same place; not another page or occurrence', () => {
    expect(isSamePassage(mine, theirs)).toBe(true);
    expect(isSamePassage(mine, { ...theirs, url: 'https://news.example/other' })).toBe(false);
    const elsewhere = {
      ...theirs.selectors,
      quote: { ...theirs.selectors.quote, prefix: 'a footnote: ' },
      position: { type: 'TextPositionSelector' as const, start: 900, end: 946 },
    };
    expect(isSamePassage(mine, { ...theirs, selectors: elsewhere })).toBe(false);
  });

  it('is counted apart from new claims and skipped by default, with what it would add', () => {
    const { preview, write } = plan([theirs]);
    expect(preview.counts).toMatchObject({ new: 0, samePassage: 1, samePassageAdding: 1 });
    expect(preview.samePassage).toBe('skip');
    expect(write).toEqual([]);
  });

  it('adds nothing when it holds nothing the reader’s claim lacks', () => {
    const copy = { ...mine, id: theirs.id, note: '', tags: ['washington'] };
    expect(plan([copy]).preview.counts).toMatchObject({ samePassage: 1, samePassageAdding: 0 });
  });

  it('merges into the reader’s claim: both notes, every tag and entity, the reader’s id', () => {
    const { write, preview } = plan([theirs], 'merge');
    expect(preview.counts).toMatchObject({ new: 0, samePassage: 1, samePassageAdding: 1 });
    expect(write).toHaveLength(1);
    const merged = write[0]!;
    expect(merged.id).toBe(mine.id);
    expect(merged.note).toBe(`${mine.note}\n\n${theirs.note}`);
    expect(merged.tags).toEqual(['lunch', 'washington', 'tv']);
    expect(merged.entities).toEqual(mine.entities);
    expect(merged.updated > mine.updated).toBe(true);
  });

  it('says so when merging keeps the reader’s label over the file’s', () => {
    const { preview } = plan([{ ...theirs, label: 'disputed' }], 'merge');
    expect(preview.problems.map((p) => p.message).join('\n')).toMatch(/keeps your label \(claim\)/);
  });

  it('writes nothing for a copy that differs only by its label (yours is kept), but says so', () => {
    const relabelled = { ...mine, id: theirs.id, label: 'disputed' as const };
    const { write, preview } = plan([relabelled], 'merge');
    expect(write).toEqual([]);
    expect(preview.counts).toMatchObject({ samePassage: 1, samePassageAdding: 0 });
    expect(preview.problems.map((p) => p.message).join('\n')).toMatch(/keeps your label \(claim\)/);
  });

  it('imports it whole as its own claim when a merged note would be too long', () => {
    const long = { ...theirs, note: 'x'.repeat(19_990) };
    const { write, preview } = plan([long], 'merge');
    expect(write).toEqual([long]);
    expect(preview.counts).toMatchObject({ new: 1, samePassage: 0 });
    expect(preview.problems[0]?.message).toMatch(/imported as a claim of its own/);
  });

  it('counts, when skipping (as the preview does), what merging would import as its own claim', () => {
    const long = { ...theirs, note: 'x'.repeat(19_990) };
    expect(plan([long]).preview.counts).toMatchObject({
      samePassage: 1,
      samePassageAdding: 1,
      samePassageOwn: 1,
    });
    expect(plan([theirs]).preview.counts).toMatchObject({ samePassageAdding: 1, samePassageOwn: 0 });
  });

  it('moves the file’s relations to the reader’s claim', () => {
    const other = savedClaim({ id: '9c9c9c9c-0000-4000-8000-000000000003', url: 'https://news.example/b' });
    const from = { kind: 'saved' as const, id: theirs.id };
    const to = { kind: 'saved' as const, id: other.id };
    const relation = {
      id: relationId(from, to),
      from,
      to,
      relation: 'agree' as const,
      created: theirs.created,
    };
    const read = readImport(bundleJson({ claims: [theirs, other], relations: [relation], kbVersion: 'k' }));
    const { relations } = planImport(read, new Map(), new Map(), { library: [mine] });
    expect(relations).toHaveLength(1);
    expect(relations[0]!.from).toEqual({ kind: 'saved', id: mine.id });
    expect(relations[0]!.id).toBe(relationId({ kind: 'saved', id: mine.id }, to));
  });
});

describe('same passage through the background’s import session', () => {
  const name = 'same-passage-import';
  const { getDb } = freshDb(name);
  const run = async (
    mode: 'preview' | 'apply',
    choice: 'skip' | 'merge',
    file: Parameters<typeof bundleJson>[0] = { claims: [theirs], relations: [], kbVersion: 'seed@abc' },
  ) => {
    const session = createImportSessions({ getDb, invalidate: () => undefined }).start(mode, choice);
    await session.push(bundleJson(file));
    return session.finish(false);
  };

  it('finds the stored claim by page, skips it, then merges it when asked', async () => {
    await saveClaim(await getDb(), mine);
    expect((await run('preview', 'skip')).counts).toMatchObject({ new: 0, samePassage: 1 });
    await run('apply', 'skip');
    expect((await listClaims(await getDb())).claims).toEqual([mine]);
    await run('apply', 'merge');
    const [merged, ...rest] = (await listClaims(await getDb())).claims;
    expect(rest).toEqual([]);
    expect(merged?.note).toContain(theirs.note);
    expect(merged?.tags).toContain('tv');
  });
  // Relations wait in the staging store until the last claim is read (attacker-import); their
  // ends must follow the match there as in a whole-file plan, both when planned and when written.
  it('writes the file’s staged relation with its end moved to the reader’s claim', async () => {
    await saveClaim(await getDb(), mine);
    const other = savedClaim({ id: '9c9c9c9c-0000-4000-8000-000000000003', url: 'https://news.example/b' });
    const from = { kind: 'saved' as const, id: theirs.id };
    const to = { kind: 'saved' as const, id: other.id };
    const relation = {
      id: relationId(from, to),
      from,
      to,
      relation: 'agree' as const,
      created: theirs.created,
    };
    const file = { claims: [theirs, other], relations: [relation], kbVersion: 'seed@abc' };
    expect((await run('preview', 'skip', file)).counts).toMatchObject({
      samePassage: 1,
      relations: 1,
      invalid: 0,
    });
    await run('apply', 'skip', file);
    const moved = { kind: 'saved' as const, id: mine.id };
    expect(await listRelations(await getDb())).toMatchObject([
      { id: relationId(moved, to), from: moved, to },
    ]);
  });
});

describe('the reader’s claim and another profile’s copy in one file, merging', () => {
  /** The reader's later edit of their claim, exported with the other profile's copy. */
  const newer = { ...mine, note: 'My later thought.', updated: '2025-07-01T00:00:00.000Z' };
  const planBoth = (claims: SavedClaim[]) =>
    planImport(fileOf(...claims), new Map([[mine.id, mine]]), new Map(), {
      library: [mine],
      samePassage: 'merge',
    });
  /** What ends up stored: the last write under each id wins. */
  const stored = (write: SavedClaim[]) => [...new Map(write.map((c) => [c.id, c])).values()];

  it('keeps the other copy’s note when it comes before the reader’s newer version', () => {
    const { write, preview } = planBoth([theirs, newer]);
    const result = stored(write);
    expect(result).toHaveLength(1);
    expect(result[0]!.note).toContain('My later thought.');
    expect(result[0]!.note).toContain(theirs.note);
    expect(result[0]!.tags).toContain('tv');
    expect(preview.counts).toMatchObject({ updated: 1, samePassage: 1, samePassageAdding: 1 });
  });

  it('keeps the reader’s newer version when the other copy comes after it: the copy comes in whole', () => {
    const { write, preview } = planBoth([newer, theirs]);
    const result = stored(write);
    expect(result.find((c) => c.id === mine.id)).toEqual(newer);
    expect(result.find((c) => c.id === theirs.id)).toEqual(theirs);
    expect(preview.counts).toMatchObject({ updated: 1, new: 1, samePassage: 0 });
    expect(preview.problems.map((p) => p.message).join('\n')).toMatch(/newer version is also in this file/);
  });

  it('imports the copy whole when merging it into the newer version would be too long', () => {
    const long = { ...newer, note: 'y'.repeat(19_990) };
    const { write, preview } = planBoth([theirs, long]);
    const result = stored(write);
    expect(result.find((c) => c.id === mine.id)).toEqual(long);
    expect(result.find((c) => c.id === theirs.id)).toEqual(theirs);
    expect(preview.counts).toMatchObject({ updated: 1, new: 1, samePassage: 0 });
  });
});

describe('relations of two copies of one passage, moved onto the reader’s claim', () => {
  const second = { ...theirs, id: '9c9c9c9c-0000-4000-8000-000000000004', note: 'A third view.' };
  const other = savedClaim({ id: '9c9c9c9c-0000-4000-8000-000000000003', url: 'https://news.example/b' });
  const to = { kind: 'saved' as const, id: other.id };
  const moved = { kind: 'saved' as const, id: mine.id };
  const link = (fromId: string, relation: 'agree' | 'conflict') => {
    const from = { kind: 'saved' as const, id: fromId };
    return { id: relationId(from, to), from, to, relation, created: theirs.created };
  };
  const file = {
    claims: [theirs, second, other],
    relations: [link(theirs.id, 'agree'), link(second.id, 'conflict')],
    kbVersion: 'k',
  };
  const mineToX = { ...link(mine.id, 'conflict'), created: mine.created };

  it('writes the first once and counts it once', () => {
    const { relations, preview } = planImport(readImport(bundleJson(file)), new Map(), new Map(), {
      library: [mine],
    });
    expect(relations).toEqual([{ ...link(theirs.id, 'agree'), id: mineToX.id, from: moved }]);
    expect(preview.counts.relations).toBe(1);
  });

  it('never replaces the reader’s own relation between the same claims, and says so', () => {
    const { relations, preview } = planImport(
      readImport(bundleJson(file)),
      new Map(),
      new Map([[mineToX.id, mineToX]]),
      { library: [mine] },
    );
    expect(relations).toEqual([]);
    expect(preview.counts.relations).toBe(0);
    expect(preview.problems.map((p) => p.message).join('\n')).toMatch(/your relation was kept/);
  });

  describe('through the background’s import session', () => {
    const name = 'same-passage-relations';
    const { getDb } = freshDb(name);
    const apply = async () => {
      const session = createImportSessions({ getDb, invalidate: () => undefined }).start('apply', 'skip');
      await session.push(bundleJson(file));
      return session.finish(false);
    };

    it('writes the first moved relation only', async () => {
      await saveClaim(await getDb(), mine);
      expect((await apply()).counts.relations).toBe(1);
      expect(await listRelations(await getDb())).toMatchObject([
        { id: mineToX.id, from: moved, to, relation: 'agree' },
      ]);
    });

    it('keeps the reader’s own relation', async () => {
      const db = await getDb();
      await saveClaim(db, mine);
      await db.put('claimRelations', storedRelation(mineToX));
      expect((await apply()).counts.relations).toBe(0);
      expect(await listRelations(await getDb())).toMatchObject([{ id: mineToX.id, relation: 'conflict' }]);
    });
  });
});

describe('the names the file’s claims carry', () => {
  it('are listed in the preview, the first few in file order, invisible characters as codes', () => {
    const named = (i: number, author: string) =>
      savedClaim({
        id: `9c9c9c9c-0000-4000-8000-${String(100 + i).padStart(12, '0')}`,
        author,
        url: `https://news.example/${i}`,
      });
    const few = planImport(
      fileOf(named(0, 'Alice'), named(1, 'Ali\u200Bce'), named(2, 'Alice'), theirs),
      new Map(),
      new Map(),
    );
    expect(few.preview).toMatchObject({ authors: ['Alice', 'Ali<U+200B>ce'], moreAuthors: false });
    const many = planImport(
      fileOf(...Array.from({ length: 10 }, (_, i) => named(i, `Author ${i}`))),
      new Map(),
      new Map(),
    );
    expect(many.preview.authors).toHaveLength(8);
    expect(many.preview.moreAuthors).toBe(true);
  });
});
