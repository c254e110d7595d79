/**
 * "One note per page" as the export service delivers it: a zip (base64 pieces, as it crosses
 * the export port) with one note per page, each with its own front matter; "one file" stays a
 * single Markdown file with every claim.
 */
import { strFromU8, unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { createClaimsService } from '@/lib/background/claims/service';
import { createExportService } from '@/lib/background/export-service';
import { createKbService } from '@/lib/background/kb/service';
import { savedClaim } from '../claims/claim-fixture';
import { miniPack } from '../kb/mini-pack';
import { freshDb } from '../fresh-db';

const name = 'markdown-files-test';
/** Each test's background opens its own connection (`connect`), closed and the database deleted after it. */
const { connect } = freshDb(name);
let exports: ReturnType<typeof createExportService>;

/** The export's head and whole text, as the page would gather it. */
async function exportClaims(format: 'md', options: { files?: 'one' | 'page' }) {
  const { head, text } = await exports.openExport(format, {}, options);
  let content = '';
  for await (const piece of text) content += piece;
  return { ...head, content };
}
beforeEach(async () => {
  const getDb = connect();
  const kb = createKbService({ getDb, loadBundledPack: () => miniPack('seed') });
  const claims = createClaimsService({ getDb, kb });
  exports = createExportService({ getDb, claims, kb });
  await claims.save(savedClaim({ tags: ['us-pakistan'] }));
  await claims.save(
    savedClaim({
      id: '3b7d3a52-3c1e-4f6a-9a51-6d2f5e1c9b03',
      url: 'https://other.example/story',
      seenUrl: 'https://other.example/story',
      page: { title: 'Lunch at the White House', siteName: 'Other', authors: [], published: null },
      tags: ['lunch'],
    }),
  );
});

describe('Markdown export files', () => {
  it('gives one note per page, zipped, when chosen', async () => {
    const file = await exportClaims('md', { files: 'page' });
    expect(file).toMatchObject({ mime: 'application/zip', encoding: 'base64', count: 2 });
    expect(file.filename).toMatch(/\.zip$/);
    const notes = unzipSync(Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0)));
    expect(Object.keys(notes).toSorted()).toEqual([
      'lunch-at-the-white-house.md',
      'munir-lunches-with-trump.md',
    ]);
    const lunch = strFromU8(notes['lunch-at-the-white-house.md']!);
    expect(lunch).toMatch(
      /^---\ntitle: "Lunch at the White House"\nsource: "https:\/\/other.example\/story"\n/,
    );
    expect(lunch).toContain('  - "lunch"');
    expect(lunch).not.toContain('us-pakistan');
  });

  it('gives one Markdown file with every claim otherwise', async () => {
    const file = await exportClaims('md', {});
    expect(file.filename).toMatch(/\.md$/);
    expect(file.encoding).toBeUndefined();
    expect(file.content).toContain('#us-pakistan');
    expect(file.content).toContain('#lunch');
  });
});
