/**
 * A big library (BIG_LIBRARY claims: 10,000 in `npm test`, 100,000 in `npm run test:big-library`)
 * with 300-character notes and 500 relations, in real Chromium, through the options page as a reader uses it: the file is
 * chosen in the import field and imported; the library is exported as Backstory JSON and as
 * W3C Web Annotation; the JSON imported into a second fresh browser exports again byte for
 * byte the same, and the W3C file imported into a third gives back every claim and relation.
 *
 * Each step of this size takes minutes on a busy machine: the waits below only decide when a
 * step that never ends is a failure; nothing here measures time (`npm run bench` does).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plural } from '../../lib/plural';
import type { ClaimRelation, SavedClaim } from '../../lib/claims/schema';
import {
  BIG_LIBRARY_RELATIONS,
  bigLibrary,
  bigLibraryJson,
  firstDifference,
  withoutExportTime,
} from '../fixtures/big-library';
import { startSession } from './harness';

/**
 * 10,000 in every `npm test`: the same code paths (streamed ports, 500-claim reads, staged import)
 * as 100,000, which takes 10 minutes on a quiet two-core machine and 50 under load — too long
 * for every CI run; `npm run test:big-library` runs that size.
 */
const COUNT = Number(process.env['BIG_LIBRARY'] ?? 10_000);
/** How long one step (an import, an export) may take before it is called hung. */
const STEP = { timeout: 20 * 60_000 } as const;

let dir: string;
const files = { seed: '', json: '', w3c: '' };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'backstory-big-library-'));
  files.seed = join(dir, 'seed.json');
  await writeFile(files.seed, bigLibraryJson(COUNT));
}, STEP.timeout);
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Imports a file through the options page of a fresh browser; returns that browser's options page. */
async function importInto(options: Page, path: string) {
  await options.getByLabel('Import claims (Backstory JSON or W3C Web Annotation)').setInputFiles(path);
  const preview = options.getByRole('region', { name: 'Import preview' });
  await expect
    .poll(() => preview.textContent().catch(() => ''), { ...STEP, interval: 2000 })
    .toContain(`${COUNT} new, 0 updated, 0 unchanged, 0 invalid, ${BIG_LIBRARY_RELATIONS} relations`);
  await options.getByRole('button', { name: `Import ${plural(COUNT, 'claim')}` }).click();
  await expect
    .poll(() => options.getByRole('status').last().textContent(), { ...STEP, interval: 2000 })
    .toBe(`Imported ${plural(COUNT, 'new claim')} and updated 0 claims (0 unchanged, 0 skipped as invalid).`);
}

/** Exports every claim from the options page in `format`; the file's path. */
async function exportFrom(options: Page, format: 'json' | 'w3c', name: string): Promise<string> {
  await options.getByLabel('Export format').selectOption(format);
  const [download] = await Promise.all([
    options.waitForEvent('download', STEP),
    options.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  const path = join(dir, name);
  await download.saveAs(path);
  return path;
}

/** Starts a fresh browser, imports `path`, runs `then` on its options page, and closes it. */
async function inFreshBrowser<T>(path: string, then: (options: Page) => Promise<T>): Promise<T> {
  const session = await startSession();
  try {
    const options = await session.openExtensionPage('options.html');
    await importInto(options, path);
    return await then(options);
  } finally {
    await session.close();
  }
}

/** Records compared by content, whatever order their keys were written in. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).toSorted(([a], [b]) => a.localeCompare(b)))
      : v,
  );

describe(`a library of ${COUNT.toLocaleString('en-GB')} claims in real Chromium`, () => {
  it(
    'imports, exports as Backstory JSON, and re-imports to export again byte for byte',
    async () => {
      await inFreshBrowser(files.seed, async (options) => {
        files.json = await exportFrom(options, 'json', 'first.json');
        files.w3c = await exportFrom(options, 'w3c', 'first.jsonld');
      });
      const first = await readFile(files.json, 'utf8');
      const exported = JSON.parse(first) as { claims: SavedClaim[]; relations: ClaimRelation[] };
      const library = bigLibrary(COUNT);
      expect(exported.claims).toHaveLength(COUNT);
      // Every claim and relation exactly as seeded (the library is in id order already).
      expect(
        firstDifference(exported.claims.map(canonical).join('\n'), library.claims.map(canonical).join('\n')),
      ).toBe(-1);
      const byId = (a: ClaimRelation, b: ClaimRelation) => a.id.localeCompare(b.id);
      expect(exported.relations.toSorted(byId)).toEqual(library.relations.toSorted(byId));

      const again = await inFreshBrowser(files.json, (options) => exportFrom(options, 'json', 'second.json'));
      const second = await readFile(again, 'utf8');
      expect(second.length).toBe(first.length);
      expect(firstDifference(withoutExportTime(second), withoutExportTime(first))).toBe(-1);
    },
    3 * STEP.timeout,
  );

  it(
    'goes through W3C Web Annotation and back to the same Backstory JSON, relations included',
    async () => {
      expect(files.w3c).not.toBe('');
      const w3c = JSON.parse(await readFile(files.w3c, 'utf8')) as { total: number };
      expect(w3c.total).toBe(COUNT + BIG_LIBRARY_RELATIONS);
      const back = await inFreshBrowser(files.w3c, (options) => exportFrom(options, 'json', 'from-w3c.json'));
      const fromW3c = withoutExportTime(await readFile(back, 'utf8'));
      expect(firstDifference(fromW3c, withoutExportTime(await readFile(files.json, 'utf8')))).toBe(-1);
    },
    2 * STEP.timeout,
  );
});
