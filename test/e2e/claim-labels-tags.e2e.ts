/**
 * A claim's label and tags read the same way wherever the reader meets them: the label by one
 * name in the card, the editor's menu and the list's filter ("Evidence", as the claim form's
 * choices say it); each tag a chip of its own, so that a tag with a space ("pakistan talks") is not
 * read as a hashtag followed by a word (a newcomer's walkthrough, 7 December 2026). Light and dark,
 * axe-clean.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axePage } from './axe';
import { startSession, type Session } from './harness';
import { openAllClaims, savedClaim } from './saved-claims';
import { POLL } from '../poll';

const claim = savedClaim({ label: 'evidence', tags: ['pakistan talks', 'lunch'] });

let session: Session;
let panel: Page;

beforeAll(async () => {
  session = await startSession({ pages: {} });
  panel = await openAllClaims(session, { claims: [claim], viewport: { width: 400, height: 800 } });
});
afterAll(async () => {
  await session?.close();
});

describe("a claim's label and tags", () => {
  it('name the label as the claim form does, in the card, the filter and the editor', async () => {
    const card = panel.locator('li.claim').first();
    expect(await card.locator('.claim-label').textContent()).toBe('Evidence');
    const filter = await panel.getByLabel('Label').first().locator('option').allTextContents();
    expect(filter).toEqual(['All labels', 'Claim', 'Evidence', 'Disputed']);
    await card.getByRole('button', { name: 'Edit' }).click();
    const menu = card.getByLabel('Label');
    await expect.poll(() => menu.count(), POLL).toBe(1);
    expect(await menu.locator('option').allTextContents()).toEqual(['Claim', 'Evidence', 'Disputed']);
    expect(await menu.inputValue()).toBe('evidence');
    await card.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => menu.count(), POLL).toBe(0);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`draws each tag as a chip of its own, ${scheme}`, async () => {
      await panel.emulateMedia({ colorScheme: scheme });
      const tags = panel.locator('li.claim .tag');
      expect(await tags.allTextContents()).toEqual(['#pakistan talks', '#lunch']);
      const boxes = await tags.evaluateAll((elements) =>
        elements.map((element) => {
          const style = getComputedStyle(element);
          const box = element.getBoundingClientRect();
          return {
            border: style.borderTopStyle !== 'none' && style.borderTopWidth !== '0px',
            left: box.left,
            right: box.right,
            top: box.top,
          };
        }),
      );
      expect(boxes.map((b) => b.border)).toEqual([true, true]);
      // Apart: the second chip starts after the first one ends, or on a line of its own.
      expect(boxes[1]!.left > boxes[0]!.right || boxes[1]!.top > boxes[0]!.top).toBe(true);
      expect(await axePage(panel)).toEqual([]);
    });
  }
});
