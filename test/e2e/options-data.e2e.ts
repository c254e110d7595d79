/**
 * The options page's "Your claims" section tells the reader what happened where they can see
 * and hear it: the "Exported…" line is a live region that is there before it speaks and is
 * brought into view at 200 % zoom; a CSV file is refused in one sentence naming the file and
 * what to do, with no "$: not JSON" under it; and while a file is previewed (or refused) its
 * control shows the file's name, not "No file chosen".
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../lib/export/csv';
import { bundleJson } from '../../lib/export/bundle';
import { axePage } from './axe';
import { startSession, type Session } from './harness';
import { savedClaim, storeClaims } from './saved-claims';
import { POLL } from '../poll';

const claim = savedClaim();
const fileLabel = 'Import claims (Backstory JSON or W3C Web Annotation)';
let session: Session;
let options: Page;

/** The name of the file the import control holds, as the browser shows it beside the button. */
const chosenName = () =>
  options
    .getByLabel(fileLabel)
    .evaluate((input: HTMLInputElement) => input.files?.[0]?.name ?? 'No file chosen');

beforeAll(async () => {
  session = await startSession();
  await storeClaims(session, [claim]);
  options = await session.openExtensionPage('options.html');
});
afterAll(async () => {
  await session?.close();
});

describe('exporting at 200 % zoom', () => {
  it('says "Exported…" in a live region that was already there, scrolled into view', async () => {
    // A 1280 × 720 window at 200 % zoom lays the page out in 640 × 360 CSS pixels.
    await options.setViewportSize({ width: 640, height: 360 });
    await options.getByRole('heading', { name: 'Your claims' }).scrollIntoViewIfNeeded();
    const status = options
      .getByRole('region', { name: 'Your claims' })
      .locator('[role="status"][data-for="Export"]');
    await expect.poll(() => status.count(), POLL).toBe(1);
    const before = await status.elementHandle();
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^backstory-claims-.*\.json$/);
    await expect.poll(() => status.textContent(), POLL).toMatch(/^Exported 1 claim to backstory-claims-/);
    // Said by the Export controls, not under the Import box below them.
    const order = await status.evaluate((line) => {
      const exportBox = document.querySelector('fieldset.export')!.getBoundingClientRect();
      const importBox = [...document.querySelectorAll('fieldset')]
        .find((f) => f.querySelector('legend')?.textContent === 'Import')!
        .getBoundingClientRect();
      const box = line.getBoundingClientRect();
      return box.top >= exportBox.bottom - 1 && box.bottom <= importBox.top + 1;
    });
    expect(order).toBe(true);
    // The same element: a screen reader was listening to it before the text arrived.
    expect(await before!.evaluate((el) => el.isConnected && el.textContent?.startsWith('Exported'))).toBe(
      true,
    );
    await expect
      .poll(
        () =>
          status.evaluate((el) => {
            const box = el.getBoundingClientRect();
            // A pixel of slack for the fractions of a pixel layout leaves.
            return box.top >= -1 && box.bottom <= innerHeight + 1 && box.height > 0;
          }),
        POLL,
      )
      .toBe(true);
    await options.setViewportSize({ width: 1280, height: 720 });
  });
});

describe('importing', () => {
  it('refuses a CSV export in one sentence that names the file and what to do', async () => {
    const csv = `${CSV_COLUMNS.join(',')}\r\n2025-06-20,claim,a quote\r\n`;
    await options
      .getByLabel(fileLabel)
      .setInputFiles({ name: 'my-claims.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const status = options
      .getByRole('region', { name: 'Your claims' })
      .locator('[role="status"][data-for="Import"]');
    await expect
      .poll(() => status.textContent(), POLL)
      .toBe(
        'my-claims.csv is a CSV export, which Backstory cannot import: export your claims again as “Backstory JSON” (Export, above) and choose that file.',
      );
    expect(await options.getByRole('list', { name: 'Problems found' }).count()).toBe(0);
    expect(await chosenName()).toBe('my-claims.csv');
    expect(await axePage(options)).toEqual([]);
  });

  it("shows the chosen file's name while its preview is shown, and none after Cancel", async () => {
    const file = {
      name: 'backstory-claims.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        bundleJson({
          claims: [{ ...claim, note: 'Newer note', updated: new Date().toISOString() }],
          relations: [],
          kbVersion: 'seed@abc',
        }),
      ),
    };
    await options.getByLabel(fileLabel).setInputFiles(file);
    const preview = options.getByRole('region', { name: 'Import preview' });
    await expect.poll(() => preview.count(), POLL).toBe(1);
    expect(await chosenName()).toBe('backstory-claims.json');
    await preview.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => preview.count(), POLL).toBe(0);
    expect(await chosenName()).toBe('No file chosen');
    // The same file again is read again.
    await options.getByLabel(fileLabel).setInputFiles(file);
    await expect.poll(() => preview.count(), POLL).toBe(1);
  });
});
