/**
 * Editing a long note in the side panel: the note field grows with the note, so the reader
 * reads what they are changing, up to half the panel's height (then it scrolls, and Save stays
 * near). It had three rows whatever the note: about sixty characters of a 650-character note at
 * 200 % zoom, the rest to be scrolled through a slot beside an empty panel.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from './harness';
import { savedClaim, storeClaims } from './saved-claims';
import { POLL } from '../poll';

const note = `${'A long note the reader wrote about this claim, sentence after sentence. '.repeat(9)}The end.`;
const claim = savedClaim({ note });
const longer = savedClaim({
  id: '3f9a1c20-5d6e-4b7a-8c9d-0e1f2a3b4c5d',
  note: 'A note far longer than the panel. '.repeat(300),
  created: '2025-06-21T10:00:00.000Z',
});

let session: Session;
let panel: Page;

const list = () => panel.getByRole('list', { name: 'All claims' });

/** Opens the editor of the claim with this note and measures its note field. */
async function measureEditor(text: string) {
  const at = await list()
    .getByRole('listitem')
    .evaluateAll(
      (cards, t) => cards.findIndex((c) => c.querySelector('.claim-note')?.textContent === t),
      text,
    );
  await list().getByRole('button', { name: 'Edit' }).nth(at).focus();
  await panel.keyboard.press('Enter');
  const field = panel.locator('textarea:focus');
  await expect.poll(() => field.count(), POLL).toBe(1);
  expect(await field.inputValue()).toBe(text);
  return field.evaluate((el) => ({
    shown: el.clientHeight,
    needed: el.scrollHeight,
    window: window.innerHeight,
  }));
}

beforeAll(async () => {
  session = await startSession();
  await storeClaims(session, [claim, longer]);
  panel = await session.openExtensionPage('sidepanel.html?tab=claims');
  await panel.setViewportSize({ width: 400, height: 800 });
  await panel.getByRole('button', { name: 'All claims' }).click();
  await list().getByRole('listitem').nth(1).waitFor();
});
afterAll(async () => {
  await session?.close();
});

describe('the note field of the side panel editor', () => {
  it('shows a long note whole while it is edited', async () => {
    const field = await measureEditor(claim.note);
    expect(field.needed).toBeGreaterThan(200);
    expect(field.shown).toBeGreaterThanOrEqual(field.needed - 2);
    await panel.keyboard.press('Escape');
  });

  it('stops growing at half the window and scrolls', async () => {
    const field = await measureEditor(longer.note);
    expect(field.shown).toBeLessThanOrEqual(field.window / 2 + 2);
    expect(field.needed).toBeGreaterThan(field.shown);
    await panel.keyboard.press('Escape');
  });
});
