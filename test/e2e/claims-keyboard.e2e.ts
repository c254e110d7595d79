/**
 * The side panel's claims list from the keyboard: focus never falls to the page's body when a
 * control it was on goes away. Edit opens the editor with focus in the note; Save and Cancel put
 * it back on Edit (after a save, on the card drawn again for the changed claim); a claim's
 * Compare opens the compare view with focus on its heading; on the options page, Import and
 * Cancel in the import preview, which go with it, leave focus on the file control.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleJson } from '../../lib/export/bundle';
import { axePage } from './axe';
import { shoot } from './shots';
import { startSession, type Session } from './harness';
import { openAllClaims, savedClaim } from './saved-claims';
import { POLL } from '../poll';

const claim = savedClaim({
  id: '5c1d8e20-7a44-4c0b-9d3e-2f6a1b7c8d01',
  seenUrl: 'https://news.example/world/munir-lunch',
  page: { title: 'Munir lunches with Trump', siteName: 'News Example', authors: [], published: '2025-06-19' },
  entities: ['asim-munir'],
  note: 'First note',
  tags: ['lunch'],
});

let session: Session;
let panel: Page;

/** What has focus on `page`: its tag and accessible name as the test sees it, or "body". */
const focused = (page: Page = panel) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const label = el.closest('label')?.firstChild?.textContent?.trim();
    return `${el.localName} ${el.id || label || (el.textContent ?? '').trim()}`;
  });

beforeAll(async () => {
  session = await startSession();
  panel = await openAllClaims(session, { claims: [claim] });
});
afterAll(async () => {
  await session?.close();
});

describe('claims list from the keyboard', () => {
  it('deletes with Undo one key away: focus on Undo, the deletion said, Enter brings the claim back', async () => {
    const list = panel.getByRole('list', { name: 'All claims' });
    await list.getByRole('button', { name: 'Delete' }).focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => list.getByRole('listitem').count(), POLL).toBe(0);
    await expect.poll(() => focused(), POLL).toBe('button Undo delete');
    // Said in a live region that was there before the deletion (one added with its text is often
    // not read out), next to its Undo, in view at the foot of the panel.
    const said = panel.locator('.claims-status-bar [role="status"]');
    expect(await said.textContent()).toMatch(/^Claim deleted: “/);
    expect(await axePage(panel)).toEqual([]);
    await panel.keyboard.press('Enter');
    await expect.poll(() => list.getByRole('listitem').count(), POLL).toBe(1);
    await expect.poll(() => focused(), POLL).toBe('button Edit');
    expect(await said.textContent()).toBe('Claim restored.');
    // The line is about the list: going on to the claim's Compare clears it, rather than leaving
    // "Claim restored." under a view where nothing was restored.
    await list.getByRole('button', { name: 'Compare' }).focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => focused(), POLL).toBe('h2 compare-heading');
    await expect.poll(() => said.textContent(), POLL).toBe('');
    expect(await axePage(panel)).toEqual([]);
    await shoot(panel, 'compare-after-restore');
    await panel.getByRole('button', { name: 'All claims' }).focus();
    await panel.keyboard.press('Enter');
    await list.getByRole('listitem').first().waitFor();
  });

  it('moves focus into the editor and back to Edit on Cancel', async () => {
    const list = panel.getByRole('list', { name: 'All claims' });
    await list.getByRole('button', { name: 'Edit' }).focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => focused(), POLL).toBe('textarea Note');
    await list.getByRole('button', { name: 'Cancel' }).focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => focused(), POLL).toBe('button Edit');
  });

  it('puts focus back on Edit after a save draws the card again', async () => {
    const list = panel.getByRole('list', { name: 'All claims' });
    await list.getByRole('button', { name: 'Edit' }).focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => focused(), POLL).toBe('textarea Note');
    await panel.keyboard.press('End');
    await panel.keyboard.type(', edited from the keyboard');
    await list.getByRole('button', { name: 'Save' }).focus();
    await panel.keyboard.press('Enter');
    await expect
      .poll(() => list.locator('.claim-note').textContent(), POLL)
      .toBe('First note, edited from the keyboard');
    await expect.poll(() => focused(), POLL).toBe('button Edit');
  });

  it("opens a claim's compare view with focus on its heading", async () => {
    await panel.getByRole('list', { name: 'All claims' }).getByRole('button', { name: 'Compare' }).focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => focused(), POLL).toBe('h2 compare-heading');
  });
});

describe('import from the keyboard', () => {
  const fileLabel = 'Import claims (Backstory JSON or W3C Web Annotation)';
  /** The claim again, with a newer note, as a Backstory JSON file: one claim to update. */
  const newer = (note: string) => ({
    name: 'backstory-claims.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      bundleJson({
        claims: [{ ...claim, note, updated: new Date().toISOString() }],
        relations: [],
        kbVersion: 'seed@abc',
      }),
    ),
  });

  it('leaves focus on the file control after Cancel and after Import', async () => {
    const options = await session.openExtensionPage('options.html');
    const file = options.getByLabel(fileLabel);
    const preview = options.getByRole('region', { name: 'Import preview' });
    // The keyboard reaches the control; the browser's file chooser is fed by Playwright.
    await file.focus();
    await file.setInputFiles(newer('Imported, then cancelled'));
    await preview.getByRole('button', { name: 'Cancel' }).focus();
    await options.keyboard.press('Enter');
    await expect.poll(() => preview.count(), POLL).toBe(0);
    await expect.poll(() => focused(options), POLL).toBe(`input ${fileLabel}`);

    await file.setInputFiles(newer('Imported from the keyboard'));
    await preview.getByRole('button', { name: 'Import 1 claim' }).focus();
    await options.keyboard.press('Enter');
    await expect
      .poll(() => options.getByRole('status').last().textContent(), POLL)
      .toMatch(/updated 1 claim/);
    await expect.poll(() => focused(options), POLL).toBe(`input ${fileLabel}`);
    await options.close();
  });
});
