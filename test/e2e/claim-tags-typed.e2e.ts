/**
 * Tags typed the way readers type them: with a hashtag's `#` ("#Lunch"), or twice in different
 * case ("Lunch, lunch"). The panel's chips and the Markdown export add a `#` of their own, so a
 * kept `#` read "##Lunch"; and "Lunch" and "lunch" are one tag in Obsidian and Logseq, where the
 * Markdown export's tags go (a newcomer's walkthrough, 7 December 2026).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formTookFocus, listClaims, openAndMark, saveDetails } from './claim-page';
import { startSession, type Session } from './harness';
import { POLL } from '../poll';
import { axePage } from './axe';
import { shoot } from './shots';

const QUOTE = 'was greeted warmly at the Pentagon by top brass';
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Munir in Washington</title>
</head><body><article><h1>Munir in Washington</h1>
<p>Pakistan’s army chief, Field Marshal Asim Munir, ${QUOTE}.</p></article></body></html>`;

let session: Session;

beforeAll(async () => {
  session = await startSession({ pages: { '/tags.html': page } });
});
afterAll(async () => {
  await session?.close();
});

describe('tags typed in the claim form', () => {
  it('drop a leading # and a repeat in another case, in the claim and on its chips', async () => {
    const { form } = await openAndMark(session, '/tags.html', QUOTE);
    await expect.poll(() => form.getByRole('status').textContent(), POLL).toBe('Saved ✓');
    await form.getByLabel('Tags (comma-separated)').fill('#Lunch, lunch, ## pentagon visit, LUNCH');
    await saveDetails(form);
    await expect
      .poll(async () => (await listClaims(session))[0]?.tags, POLL)
      .toEqual(['Lunch', 'pentagon visit']);

    const panel = await session.openExtensionPage('sidepanel.html?tab=claims');
    await panel.getByRole('button', { name: 'All claims' }).click();
    await panel.locator('li.claim .tag').first().waitFor();
    expect(await panel.locator('li.claim .tag').allTextContents()).toEqual(['#Lunch', '#pentagon visit']);
    expect(await panel.getByLabel('Tag', { exact: true }).locator('option').allTextContents()).toEqual([
      'All tags',
      '#Lunch',
      '#pentagon visit',
    ]);
  });

  it('shows the tags it will save as chips while they are typed, said politely, focus kept in the field', async () => {
    const { page: tab, form } = await openAndMark(session, '/tags.html', QUOTE, { width: 400, height: 800 });
    await expect.poll(() => form.getByRole('status').textContent(), POLL).toBe('Saved ✓');
    await formTookFocus(form);
    const field = form.getByLabel('Tags (comma-separated)');
    await field.focus();
    // The passage is the one the first test marked: its form opens on that claim's tags.
    await tab.keyboard.press('ControlOrMeta+A');
    await tab.keyboard.press('Delete');
    await expect.poll(() => form.locator('#bs-tag-preview').textContent(), POLL).toBe('');
    // Typed key by key, as a reader types: the chips follow each key, the field keeps focus.
    await tab.keyboard.type('#Lunch, lunch, pentagon vis');
    const chips = form.locator('#bs-tag-preview .bs-tag-chip');
    await expect.poll(() => chips.allTextContents(), POLL).toEqual(['#Lunch', '#pentagon vis']);
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    // The field names the preview as its description; the live region says only finished tags.
    expect(await field.getAttribute('aria-describedby')).toBe('bs-tag-preview');
    const live = form.locator('[aria-live="polite"]').filter({ hasText: /^Tags:/ });
    expect(await live.textContent()).toBe('Tags: Lunch');
    await tab.keyboard.type('it,');
    await expect.poll(() => live.textContent(), POLL).toBe('Tags: Lunch, pentagon visit');
    expect(await chips.allTextContents()).toEqual(['#Lunch', '#pentagon visit']);
    await shoot(tab, 'form-tag-preview');
    for (const scheme of ['light', 'dark'] as const) {
      await tab.emulateMedia({ colorScheme: scheme });
      expect(await axePage(form)).toEqual([]);
    }
    await tab.emulateMedia({ colorScheme: 'light' });
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
  });
});
