/**
 * Hostile import files against the built extension (test/attacks/FINDINGS.md, "a hostile file"):
 * the options page must answer each with its problems, and the reader's claim must be as it was.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claim, longKbRelation, longKeys, overwrite, VICTIM_ID } from '../attacks/import-files';
import { listClaims } from './claim-page';
import { startSession, wireMessage, type Session } from './harness';
import { POLL } from '../poll';

let session: Session;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'backstory-import-attacks-'));
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function options() {
  const page = await session.openExtensionPage('options.html');
  const section = page.locator('section[aria-labelledby="data-heading"]');
  /** Picks a file (written to disk: Playwright hands over at most 50 MB from memory). */
  const pick = async (name: string, text: string) => {
    const path = join(dir, name);
    await writeFile(path, text);
    await page.getByLabel('Import claims (Backstory JSON or W3C Web Annotation)').setInputFiles(path);
  };
  return { page, section, pick };
}

describe('hostile import files in the options page', () => {
  it('answers a file of records with megabyte-long keys with their problems', async () => {
    const { page, section, pick } = await options();
    await pick('long-keys.json', longKeys());
    // Before the fix the preview (20 problems of 4 MB) was too big for one extension message
    // and the page stayed on "Reading long-keys.json…".
    await expect
      .poll(() => section.textContent(), POLL)
      .toContain('0 new, 0 updated, 0 unchanged, 20 invalid');
    expect(await page.getByRole('list', { name: 'Problems found' }).textContent()).toContain(
      'claims[19]: Unrecognized key: "kkk',
    );
    await page.close();
  });

  it('refuses a relation it cannot store in the preview, and imports the rest', async () => {
    const { page, section, pick } = await options();
    await pick('long-kb-relation.jsonld', longKbRelation());
    const preview = page.getByRole('region', { name: 'Import preview' });
    await expect
      .poll(() => preview.textContent(), POLL)
      .toContain('1 new, 0 updated, 0 unchanged, 1 invalid.');
    await preview.getByRole('button', { name: 'Import 1 claim' }).click();
    await expect.poll(() => section.textContent(), POLL).toContain('Imported 1 new claim');
    await page.close();
  });

  it('keeps the reader’s claim when a file holds another claim, or an older one, under its id', async () => {
    const { page, section, pick } = await options();
    const send = (name: 'saveClaim' | 'updateClaim', data: unknown) =>
      page.evaluate((m) => chrome.runtime.sendMessage(m), wireMessage(name, data as never));
    await send('saveClaim', { claim: claim(VICTIM_ID, { note: 'reader note v1' }) });
    await send('updateClaim', { id: VICTIM_ID, patch: { note: 'reader note, edited today' } });
    const before = (await listClaims(session)).find((c) => c.id === VICTIM_ID);
    expect(before?.note).toBe('reader note, edited today');

    await pick('overwrite.json', overwrite());
    // Before the fix: "0 new, 1 updated", and the import moved the claim to attacker.example.
    await expect
      .poll(() => section.textContent(), POLL)
      .toContain('0 new, 0 updated, 0 unchanged, 1 invalid.');
    expect(await section.textContent()).toContain(
      'another claim (a different page or quote) is saved under this id',
    );
    await pick('backup.json', JSON.stringify({ ...JSON.parse(overwrite()), claims: [claim(VICTIM_ID)] }));
    await expect
      .poll(() => section.textContent(), POLL)
      .toContain(
        '0 new, 0 updated, 0 unchanged, 0 invalid, 1 older than your saved version (yours is kept).',
      );
    expect((await listClaims(session)).find((c) => c.id === VICTIM_ID)).toEqual(before);
    await page.close();
  });
});
