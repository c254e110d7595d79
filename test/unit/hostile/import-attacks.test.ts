/**
 * Hostile import files from the attacker review (test/attacks/FINDINGS.md, "a hostile file"),
 * through the background's import sessions over a real (fake) IndexedDB: each must be answered
 * with located problems of a bounded size, and must leave the reader's claims as they were.
 */
import { describe, expect, it } from 'vitest';
import { createImportSessions } from '@/lib/background/claims/import-sessions';
import { getClaim, listRelations, saveClaim, updateClaim } from '@/lib/background/claims/store';
import { ImportError, ImportReader } from '@/lib/import/read';
import { bundleSchema, MAX_BUNDLE_ITEMS } from '@/lib/export/bundle';
import { relationAnnotation } from '@/lib/export/w3c-relations';
import { bigLibrary, bigLibraryJson } from '../../fixtures/big-library';
import { claim, longKbRelation, longKeys, overwrite, VICTIM_ID } from '../../attacks/import-files';
import { freshDb } from '../fresh-db';

const name = 'import-attacks';
const { getDb } = freshDb(name);

async function importFile(text: string, mode: 'preview' | 'apply') {
  const session = createImportSessions({ getDb: () => getDb(), invalidate: () => undefined }).start(mode);
  for (let at = 0; at < text.length; at += 1_000_000) await session.push(text.slice(at, at + 1_000_000));
  return session.finish(false);
}

describe('hostile import files', () => {
  it('answers records with huge unknown keys with problems small enough to send back', async () => {
    const preview = await importFile(longKeys(3, 1_000_000), 'preview');
    expect(preview.counts.invalid).toBe(3);
    expect(preview.problems.map((p) => p.path)).toEqual(['claims[0]', 'claims[1]', 'claims[2]']);
    // The whole answer crosses one extension message (64 MiB); each problem is a line to read.
    for (const problem of preview.problems) {
      expect(problem.message.length).toBeLessThanOrEqual(300);
      expect(problem.message).toMatch(/^Unrecognized key: "k+…/);
    }
  });

  it('refuses a relation to a knowledge-base claim with an impossible id in the preview, and writes the rest', async () => {
    const file = longKbRelation();
    const preview = await importFile(file, 'preview');
    expect(preview.counts).toMatchObject({ new: 1, invalid: 1, relations: 0 });
    expect(preview.problems).toEqual([expect.objectContaining({ path: '[1].target[1]' })]);
    const applied = await importFile(file, 'apply');
    expect(applied.counts).toEqual(preview.counts);
    expect(await listRelations(await getDb())).toEqual([]);
  });

  it('never replaces a stored claim with another claim under its id, nor with an older edit', async () => {
    const db = await getDb();
    await saveClaim(db, claim(VICTIM_ID, { note: 'reader note v1' }));
    const edited = await updateClaim(db, VICTIM_ID, { note: 'reader note, edited today' });
    const preview = await importFile(overwrite(), 'apply');
    expect(preview.counts).toMatchObject({ new: 0, updated: 0, invalid: 1 });
    expect(preview.problems[0]).toMatchObject({ path: `claims (id ${VICTIM_ID})` });
    expect(await getClaim(db, VICTIM_ID)).toEqual(edited);

    // The same claim as it was before the reader's edit (an old backup): theirs is kept.
    const backup = JSON.stringify({ ...JSON.parse(overwrite()), claims: [claim(VICTIM_ID, { note: 'v0' })] });
    const old = await importFile(backup, 'apply');
    expect(old.counts).toMatchObject({ new: 0, updated: 0, kept: 1, invalid: 0 });
    expect(old.problems[0]?.message).toMatch(/not newer than your saved version/);
    expect(await getClaim(db, VICTIM_ID)).toEqual(edited);

    // A later edit of the same claim still updates it.
    const later = claim(VICTIM_ID, { note: 'edited elsewhere', updated: '2099-01-01T00:00:00.000Z' });
    const newer = await importFile(JSON.stringify({ ...JSON.parse(overwrite()), claims: [later] }), 'apply');
    expect(newer.counts).toMatchObject({ updated: 1, kept: 0, invalid: 0 });
    expect(await getClaim(db, VICTIM_ID)).toEqual(later);
  });

  it('keeps a version number the file gives out of the sentence when it is huge', async () => {
    const file = overwrite().replace('"formatVersion":1', `"formatVersion":"${'9'.repeat(1_000_000)}"`);
    await expect(importFile(file, 'preview')).rejects.toThrow(/^This file is version "9{38}… of/);
  });
});

describe('a file’s own words in what the preview says', () => {
  /** U+202E turns the rest of a line around; U+2066 opens an isolate; U+200B draws nothing. */
  const hidden = /[\u202A-\u202E\u2066-\u2069\u200B-\u200F\u2028\u2029\uFEFF]/;
  const head =
    '"format":"backstory-claims","formatVersion":1,"exported":"2026-01-01T00:00:00Z","kbVersion":""';
  const one = claim('00000000-0000-4000-8000-000000000001');

  it('cannot close the quote around its format and write its own sentence', async () => {
    const file = JSON.stringify({ format: 'x” — all 12 claims were imported ✓ \u202e', claims: [] });
    const refusal = importFile(file, 'preview');
    await expect(refusal).rejects.toThrow(
      /^This file's format is "x” — all 12 claims were imported ✓ <U\+202E>", which/,
    );
    await expect(refusal).rejects.not.toThrow(hidden);
  });

  it('shows bidi and zero-width characters in ids, keys and versions as their codes', async () => {
    const relation = {
      id: 'x',
      from: { kind: 'saved', id: '\u202etroppus ot kcab\u200b' },
      to: { kind: 'kb', id: 'c-x' },
      relation: 'agree',
      created: '2026-01-01T00:00:00.000Z',
    };
    const dangling = `{${head},"claims":[${JSON.stringify(one)}],"relations":[${JSON.stringify(relation)}]}`;
    const key = `{${head},"claims":[${JSON.stringify({ ...one, ['\u2066evil\u202e']: 1 })}]}`;
    const problems = [
      ...(await importFile(dangling, 'preview')).problems,
      ...(await importFile(key, 'preview')).problems,
    ];
    expect(problems.map((p) => p.message)).toEqual([
      'refers to claim "<U+202E>troppus ot kcab<U+200B>", which is neither in the file nor saved',
      'Unrecognized key: "<U+2066>evil<U+202E>"',
    ]);
    const version = JSON.stringify({ format: 'backstory-claims', formatVersion: '\u202e2', claims: [] });
    await expect(importFile(version, 'preview')).rejects.not.toThrow(hidden);
  });
});

describe('a file of millions of relations', () => {
  // The background holds a file's relations until its end; past what one export can hold the
  // file is refused as it is read, before memory runs out, with a sentence saying what to do.
  const { relations } = bigLibrary(40);
  const bundle = bigLibraryJson(40);
  const annotations = JSON.stringify(relations.map(relationAnnotation));

  it.each([
    ['Backstory JSON', bundle],
    ['W3C relation annotations', annotations],
  ])('refuses %s with one relation past the limit, and reads it at the limit', (_format, text) => {
    const all = new ImportReader();
    all.push(text);
    const count = all.finish().relations.length;
    expect(count).toBeGreaterThan(10);
    const over = new ImportReader(count - 1);
    const refusal = (() => {
      try {
        over.push(text);
        over.finish();
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(ImportError);
    expect((refusal as ImportError).message).toMatch(
      new RegExp(
        `^This file links its claims by more than ${count - 1} relations, .*import the parts one by one\\.$`,
      ),
    );
    const at = new ImportReader(count);
    at.push(text);
    expect(at.finish().relations).toHaveLength(count);
  });

  it('allows what one export can hold', () => {
    expect(new ImportReader()['maxRelations']).toBe(MAX_BUNDLE_ITEMS);
    expect(bundleSchema.shape.relations.safeParse(Array.from({ length: MAX_BUNDLE_ITEMS + 1 })).success).toBe(
      false,
    );
  });
});
