/**
 * An import whose background stops half-way (Chromium stopping the service worker, as it does to
 * an idle one or when the browser is killed) writes nothing: the claims it had checked wait in
 * the staging store, never in the library, the reader is told in one sentence, and the next
 * import drops them and writes its file whole.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plural } from '../../lib/plural';
import { bigLibraryJson } from '../fixtures/big-library';
import { startSession, type Session } from './harness';
import { watchWorkers } from './worker-stops';
import { POLL } from '../poll';

const COUNT = 20_000;
/** An import of this size takes minutes on a busy machine; this only decides when it hung. */
const STEP = { timeout: 10 * 60_000, interval: 500 } as const;

let session: Session;
let dir: string;
let file: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'backstory-import-stops-'));
  file = join(dir, 'library.json');
  await writeFile(file, bigLibraryJson(COUNT));
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Claims in the library and in the staging store, read from a page of their own. */
async function stored(): Promise<{ saved: number; staged: number }> {
  const page = await session.openExtensionPage('options.html');
  try {
    return await page.evaluate(
      () =>
        new Promise<{ saved: number; staged: number }>((resolve, reject) => {
          // No version: open the database as it is, never upgrading it from here.
          const open = indexedDB.open('backstory');
          open.addEventListener('error', () => reject(open.error));
          open.addEventListener('success', () => {
            const db = open.result;
            const tx = db.transaction(['savedClaims', 'importStaging']);
            const saved = tx.objectStore('savedClaims').count();
            const staged = tx.objectStore('importStaging').count();
            tx.addEventListener('complete', () => resolve({ saved: saved.result, staged: staged.result }));
            tx.addEventListener('error', () => reject(tx.error));
            db.close();
          });
        }),
    );
  } finally {
    await page.close();
  }
}

async function chooseAndImport(options: Page) {
  await options.getByLabel('Import claims (Backstory JSON or W3C Web Annotation)').setInputFiles(file);
  await options
    .getByRole('button', { name: `Import ${plural(COUNT, 'claim')}` })
    .click({ timeout: STEP.timeout });
}

const status = (options: Page) => options.getByRole('status').last().textContent();

describe('an import whose background stops half-way', () => {
  it(
    'writes nothing, says so, and leaves the next import to write the file whole',
    async () => {
      const options = await session.openExtensionPage('options.html');
      const workers = await watchWorkers(session, options);
      await chooseAndImport(options);
      // Stop the worker once part of the file is checked and staged, before the commit.
      await expect.poll(async () => (await stored()).staged > 0, STEP).toBe(true);
      await workers.idle();
      await expect
        .poll(() => status(options), POLL)
        .toBe(
          'library.json was not imported: Backstory’s background stopped during the transfer; try again.',
        );
      const after = await stored();
      expect(after.saved).toBe(0);
      expect(after.staged).toBeGreaterThan(0);

      await chooseAndImport(options);
      await expect
        .poll(() => status(options), STEP)
        .toBe(
          `Imported ${plural(COUNT, 'new claim')} and updated 0 claims (0 unchanged, 0 skipped as invalid).`,
        );
      expect(await stored()).toEqual({ saved: COUNT, staged: 0 });
      await workers.detach();
    },
    3 * STEP.timeout,
  );
});
