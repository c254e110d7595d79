/**
 * The popup shows the keyboard route to names and cards: Backstory's shortcuts as Chromium bound
 * them (`commands.getAll()`, "not set" for any without keys), and a way to change them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axePage } from './axe';
import { startSession, type Session } from './harness';
import { shoot } from './shots';
import { POLL } from '../poll';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

describe('popup shortcuts', () => {
  it('lists each shortcut as the browser bound it, and offers to change them', async () => {
    const popup = await session.openExtensionPage('popup.html');
    const section = popup.getByRole('region', { name: 'Keyboard shortcuts' });
    await expect.poll(() => section.count(), POLL).toBe(1);
    const bound = await popup.evaluate(async () =>
      Object.fromEntries((await chrome.commands.getAll()).map((c) => [c.name, c.shortcut ?? ''])),
    );
    const shown = await section
      .locator('[data-command]')
      .evaluateAll((rows) =>
        rows.map((r) => [r.getAttribute('data-command'), r.querySelector('dd')!.textContent]),
      );
    expect(shown.map(([name]) => name)).toEqual(['next-mention', 'previous-mention', 'mark-claim']);
    const spelled = (shortcut: string) => shortcut.replace(/\.$/, 'Period').replace(/,$/, 'Comma');
    expect(shown).toEqual(shown.map(([name]) => [name, spelled(bound[name!] ?? '') || 'not set']));
    // The suggested key is free in a fresh profile, so Chromium binds it.
    expect(shown[0]![1]).toBe('Alt+Shift+Period');
    // Reachable by keyboard.
    const change = section.getByRole('button', { name: 'Change shortcuts' });
    for (let i = 0; i < 10 && !(await change.evaluate((b) => b === document.activeElement)); i++)
      await popup.keyboard.press('Tab');
    expect(await change.evaluate((b) => b === document.activeElement)).toBe(true);
    await shoot(popup, 'popup-shortcuts');
    expect(await axePage(popup)).toEqual([]);
    const [tab] = await Promise.all([session.context.waitForEvent('page'), popup.keyboard.press('Enter')]);
    await expect.poll(() => tab.url(), POLL).toBe('chrome://extensions/shortcuts');
    await tab.close();
    await popup.close();
  });
});
