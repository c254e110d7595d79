/**
 * Importing another profile's export: a claim on a passage the reader already has (the same
 * words on the same page, under another id) is counted apart in the preview, skipped by default
 * with what that leaves out said, or merged into the reader's claim; and importing one's own
 * export says everything is already here, with no dead Import button. All by keyboard.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleJson } from '../../lib/export/bundle';
import type { SavedClaim } from '../../lib/claims/schema';
import { axePage } from './axe';
import { listClaims } from './claim-page';
import { startSession, type Session } from './harness';
import { savedClaim, storeClaims } from './saved-claims';
import { shoot } from './shots';
import { POLL } from '../poll';

const mine = savedClaim();
/** The same sentence marked in another browser profile: another id, its own note and tag. */
const theirs = savedClaim({
  id: '9c9c9c9c-0000-4000-8000-000000000002',
  note: 'Seen on the evening news too.',
  tags: ['lunch', 'tv'],
  created: '2025-06-21T08:00:00.000Z',
  updated: '2025-06-21T08:00:00.000Z',
});
const fileLabel = 'Import claims (Backstory JSON or W3C Web Annotation)';
const file = (name: string, claims: SavedClaim[]) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(bundleJson({ claims, relations: [], kbVersion: 'seed@abc' })),
});

let session: Session;
let options: Page;
const preview = () => options.getByRole('region', { name: 'Import preview' });

beforeAll(async () => {
  session = await startSession();
  await storeClaims(session, [mine]);
  options = await session.openExtensionPage('options.html');
});
afterAll(async () => {
  await session?.close();
});

/** Tabs until `target` has focus (keyboard only), failing after a page's worth of stops. */
async function tabTo(target: ReturnType<Page['getByRole']>) {
  for (let i = 0; i < 40; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await options.keyboard.press('Tab');
  }
  throw new Error('never reached by Tab');
}

describe('a claim from another profile’s export', () => {
  it('is counted as a passage you have, skipped by default, and says what skipping leaves out', async () => {
    await options.getByLabel(fileLabel).setInputFiles(file('other-profile.json', [theirs]));
    await expect.poll(() => preview().count(), POLL).toBe(1);
    const text = await preview().textContent();
    expect(text).toContain('0 new, 0 updated, 0 unchanged, 1 on a passage you already have, 0 invalid');
    expect(text).toContain(
      '1 claim in the file is on a passage you already have (the same words on the same page, marked in another browser or in another profile of this browser: each browser profile keeps its own claims). 1 has a note, tags or linked entities yours lacks.',
    );
    expect(
      await preview()
        .getByRole('radio', { name: /^Skip them/ })
        .isChecked(),
    ).toBe(true);
    expect(text).toContain('the other copies’ notes and tags are not imported');
    // Skipping writes nothing, so there is no Import button to press for nothing.
    expect(
      await preview()
        .getByRole('button', { name: /^Import|^Merge/ })
        .count(),
    ).toBe(0);
    await shoot(options, 'import-same-passage-skip', preview());
    expect(await axePage(options)).toEqual([]);
  });

  it('merges into the reader’s claim by keyboard, keeping both notes and every tag', async () => {
    const skip = preview().getByRole('radio', { name: /^Skip them/ });
    await tabTo(skip);
    await options.keyboard.press('ArrowDown');
    const merge = preview().getByRole('button', { name: 'Merge 1 claim into yours' });
    await expect.poll(() => merge.count(), POLL).toBe(1);
    await shoot(options, 'import-same-passage-merge', preview());
    expect(await axePage(options)).toEqual([]);
    await tabTo(merge);
    await options.keyboard.press('Enter');
    const status = options
      .getByRole('region', { name: 'Your claims' })
      .locator('[role="status"][data-for="Import"]');
    await expect
      .poll(() => status.textContent(), POLL)
      .toMatch(/^Merged 1 claim from the file into yours on the same passage \(/);
    const claims = await listClaims(session);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({
      id: mine.id,
      note: `${mine.note}\n\n${theirs.note}`,
      tags: ['lunch', 'washington', 'tv'],
    });
  });
});

describe('one’s own export', () => {
  it('says everything is already here in one sentence, with Close and no Import button', async () => {
    const [stored] = await listClaims(session);
    await options.getByLabel(fileLabel).setInputFiles(file('backstory-claims.json', [stored!, theirs]));
    await expect.poll(() => preview().count(), POLL).toBe(1);
    await expect
      .poll(() => preview().locator('.already-here').textContent(), POLL)
      .toBe(
        'Everything in backstory-claims.json is already here: 1 claim the same as yours and 1 passage you already have, marked in another browser or browser profile.',
      );
    expect(await preview().getByRole('button').allTextContents()).toEqual(['Close']);
    await shoot(options, 'import-own-export', preview());
    expect(await axePage(options)).toEqual([]);
    await tabTo(preview().getByRole('button', { name: 'Close' }));
    await options.keyboard.press('Enter');
    await expect.poll(() => preview().count(), POLL).toBe(0);
  });
});
