/**
 * The compare view opened from one claim (its Compare button) is about that claim: its row comes
 * first, where the reader looks, however many source passages about the same actor come before
 * it by date. In date order alone, a claim marked today sat below every dated source passage
 * (the 29th of 216 rows on the demo page), under rows saying "None of your claims is like this one".
 * Its note is said to be the reader's, not run on after the date as if it were more of the line
 * saying where the quote is from.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from './harness';
import { openAllClaims, savedClaim } from './saved-claims';
import { POLL } from '../poll';

/** Marked and published after every source passage about the actor. */
const claim = savedClaim({
  id: '7e2f4a10-1b3c-4d5e-8f90-a1b2c3d4e5f6',
  seenUrl: 'https://news.example/world/munir-lunch',
  page: { title: 'Munir lunches with Trump', siteName: 'News Example', authors: [], published: '2026-12-01' },
  created: '2026-12-01T10:00:00.000Z',
  updated: '2026-12-01T10:00:00.000Z',
  entities: ['asim-munir'],
});

let session: Session;
let panel: Page;

beforeAll(async () => {
  session = await startSession();
  panel = await openAllClaims(session, { claims: [claim] });
});
afterAll(async () => {
  await session?.close();
});

describe('compare opened from a claim', () => {
  it("puts that claim's row first, above the source passages dated before it", async () => {
    await panel.getByRole('list', { name: 'All claims' }).getByRole('button', { name: 'Compare' }).focus();
    await panel.keyboard.press('Enter');
    const rows = panel.locator('tr[data-row]');
    // Wait for the table with the claim in it, then see where its row is.
    await expect
      .poll(() => panel.locator(`tr[data-row] [data-ref="saved:${claim.id}"]`).count(), POLL)
      .toBe(1);
    expect(await rows.count()).toBeGreaterThan(1);
    expect(await rows.first().locator(`[data-ref="saved:${claim.id}"]`).count()).toBe(1);
  });

  it("shows the reader's note as theirs, apart from the line saying where and when", async () => {
    const item = panel.locator(`[data-ref="saved:${claim.id}"]`);
    await expect.poll(() => item.locator('.compare-note').count(), POLL).toBe(1);
    expect(await item.locator('.compare-note').textContent()).toBe(`Your note: ${claim.note}`);
    expect(await item.locator('p.muted').textContent()).not.toContain(claim.note);
  });
});
