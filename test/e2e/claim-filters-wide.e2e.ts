/**
 * The Claims tab's filters in a wide side panel (or the panel opened as a tab): the Export box
 * shares their row, and each menu was stretched to its height, five empty boxes as tall as the box
 * (a newcomer's walkthrough, 7 December 2026). Each menu keeps a menu's height, light and dark.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axePage } from './axe';
import { startSession, type Session } from './harness';
import { savedClaim, storeClaims } from './saved-claims';

let session: Session;
let panel: Page;

beforeAll(async () => {
  session = await startSession({ pages: {} });
  await storeClaims(session, [savedClaim({ label: 'evidence', tags: ['lunch'] })]);
  panel = await session.openExtensionPage('sidepanel.html?tab=claims');
  await panel.setViewportSize({ width: 1280, height: 800 });
  await panel.getByRole('button', { name: 'All claims' }).click();
  await panel.locator('li.claim').first().waitFor();
});
afterAll(async () => {
  await session?.close();
});

describe('the filters of all claims, in a wide panel', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`keep each menu one line high beside the Export box, ${scheme}`, async () => {
      await panel.emulateMedia({ colorScheme: scheme });
      const filters = panel.locator('.claim-filters .filter-field > select');
      expect(await filters.count()).toBe(5);
      const exportBox = (await panel.locator('.claim-filters fieldset').boundingBox())!;
      const menus = await filters.evaluateAll((elements) =>
        elements.map((element) => {
          const box = element.getBoundingClientRect();
          return { top: box.top, height: box.height, line: parseFloat(getComputedStyle(element).fontSize) };
        }),
      );
      // The Export box is on the menus' row (else nothing could stretch them) …
      expect(menus.some((m) => m.top < exportBox.y + exportBox.height && m.top >= exportBox.y - 20)).toBe(
        true,
      );
      // … and no menu is taller than two lines of its own text.
      for (const menu of menus) expect(menu.height).toBeLessThan(menu.line * 3);
      expect(await axePage(panel)).toEqual([]);
    });
  }
});
