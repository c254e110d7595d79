/**
 * Team sync learns of local changes only through the outbox
 * (`lib/background/db/sync-outbox.ts`): every transaction that writes claims or relations must note them there, in the same transaction, or
 * the change never reaches the team. Sync's own code (`lib/background/sync/`) is the exception: it
 * records revisions in `syncDocs` directly. A new writer (an import path, a bulk edit) that forgets
 * the outbox fails here rather than silently not syncing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const SYNC_OWN = 'lib/background/sync/';
/**
 * Files whose read-write transactions name claims only to read them: a note draft is kept only
 * beside a claim that exists, checked in the transaction that writes the draft (to `meta`). Each
 * must write no claim or relation; the test checks that too.
 */
const READS_CLAIMS_ONLY = ['lib/background/claims/note-drafts.ts'];
const CLAIM_WRITE = /objectStore\(\s*'(?:savedClaims|claimRelations)'\s*\)\s*\.(?:put|add|delete|clear)\(/;

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Each read-write transaction over claims or relations, with the stores it names. */
function claimWriters(): { where: string; stores: string }[] {
  const found: { where: string; stores: string }[] = [];
  for (const file of [...sources('lib'), ...sources('entrypoints')]) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const match of text.matchAll(/\.transaction\(\s*(\[[^\]]*\]|'[^']*'|"[^"]*")\s*,\s*'readwrite'/g)) {
      const stores = match[1]!;
      if (!/savedClaims|claimRelations/.test(stores)) continue;
      const line = text.slice(0, match.index).split('\n').length;
      found.push({ where: `${file}:${line}`, stores });
    }
  }
  return found;
}

it('notes every write to claims or relations in the sync outbox, in the same transaction', () => {
  const writers = claimWriters();
  // The store's own writers are found (the scan works).
  expect(writers.filter((w) => w.where.startsWith('lib/background/claims/store.ts')).length).toBeGreaterThan(
    4,
  );
  for (const file of READS_CLAIMS_ONLY)
    expect(readFileSync(join(root, file), 'utf8'), `${file} writes a claim`).not.toMatch(CLAIM_WRITE);
  const missing = writers
    .filter((w) => !w.where.startsWith(SYNC_OWN))
    .filter((w) => !READS_CLAIMS_ONLY.some((file) => w.where.startsWith(`${file}:`)))
    .filter((w) => !/OUTBOX|syncOutbox/.test(w.stores))
    .map((w) => `${w.where} ${w.stores}`);
  expect(missing).toEqual([]);
});
