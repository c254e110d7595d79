/**
 * A claim card's tag chips and label, and the Claims tab's filter menus, as a newcomer's walkthrough
 * found them (7 December 2026): chips drawn as links did nothing; Claim, Evidence and Disputed
 * looked alike; a menu set to "#Lunch" no longer said what it filters. Each tag chip is now a
 * button that sets the Tag filter (Hypothesis's tags, GitHub's labels), a disputed claim stands out
 * by shape and not by colour alone, and each menu keeps its name above it. Light and dark,
 * keyboard only, axe-clean.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axePage } from './axe';
import { startSession, type Session } from './harness';
import { openAllClaims, pageText, savedClaim } from './saved-claims';
import { shoot } from './shots';
import { POLL, until } from '../poll';

const article = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lunch</title></head>
<body><article><p>${pageText}</p></article></body></html>`;
/** The third claim is on this test's own page, for the "This page" list. */
const claims = (pageUrl: string) => [
  savedClaim({ id: '0b7d3a52-3c1e-4f6a-9a51-6d2f5e1c9b01', label: 'disputed', tags: ['Lunch', 'nobel'] }),
  savedClaim({ id: '0b7d3a52-3c1e-4f6a-9a51-6d2f5e1c9b02', label: 'evidence', tags: ['Lunch'] }),
  savedClaim({
    id: '0b7d3a52-3c1e-4f6a-9a51-6d2f5e1c9b03',
    label: 'claim',
    tags: ['washington'],
    url: pageUrl,
    seenUrl: pageUrl,
  }),
];

let session: Session;
let panel: Page;
const cards = () => panel.getByRole('list', { name: 'All claims' }).getByRole('listitem');
const tagFilter = () => panel.getByRole('combobox', { name: 'Tag', exact: true });
const card = (label: string) => panel.locator(`li.claim-${label}`);

beforeAll(async () => {
  session = await startSession({ pages: { '/lunch.html': article } });
  panel = await openAllClaims(session, {
    claims: claims(new URL('lunch.html', session.server.url).href),
    viewport: { width: 400, height: 800 },
  });
  await until(async () => (await cards().count()) === 3, 'the three claims listed');
});
afterAll(async () => {
  await session?.close();
});

describe('a tag chip', () => {
  it('is a button that shows the claims with its tag, reached and pressed from the keyboard', async () => {
    const chip = card('evidence').getByRole('button', { name: 'Show claims tagged Lunch' });
    // From the Tag filter, Tab after Tab until the chip: it is in the page's Tab order.
    await tagFilter().focus();
    for (let i = 0; i < 40; i++) {
      if (await chip.evaluate((el) => el === document.activeElement)) break;
      await panel.keyboard.press('Tab');
    }
    expect(await chip.evaluate((el) => el === document.activeElement)).toBe(true);
    // Seen where it is: the focus ring every button has.
    expect(await chip.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await shoot(panel, 'chips-tag-focused', undefined);
    await panel.keyboard.press('Enter');
    await expect.poll(() => tagFilter().inputValue(), POLL).toBe('Lunch');
    await expect.poll(() => cards().count(), POLL).toBe(2);
    // The card pressed on is still there, and so is focus on its chip.
    expect(await chip.evaluate((el) => el === document.activeElement)).toBe(true);
    await shoot(panel, 'chips-tag-filtered', undefined);
    expect(await axePage(panel)).toEqual([]);
  });
});

describe('the Tag filter, once set', () => {
  it('keeps its visible name above it', async () => {
    await expect.poll(() => tagFilter().inputValue(), POLL).toBe('Lunch');
    const field = panel.locator('label.filter-field').filter({ has: tagFilter() });
    expect(await field.locator('.filter-name').innerText()).toBe('Tag');
    const name = await field.locator('.filter-name').boundingBox();
    const menu = await tagFilter().boundingBox();
    // Seen: above the menu, not hidden.
    expect(name && menu && name.height > 0 && name.y + name.height <= menu.y + 1).toBe(true);
    // Every menu of the Claims tab is named so.
    expect(await panel.locator('.claim-filters .filter-name').allInnerTexts()).toEqual([
      'Actor or event',
      'Tag',
      'Label',
      'Site',
      'Dates',
    ]);
    await tagFilter().selectOption('');
    await expect.poll(() => cards().count(), POLL).toBe(3);
  });
});

describe("a claim's label", () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`makes a disputed claim stand out by shape as well as colour, ${scheme}`, async () => {
      await panel.emulateMedia({ colorScheme: scheme });
      const look = (label: string) =>
        card(label).evaluate((li) => {
          const badge = li.querySelector('.claim-label')!;
          const style = getComputedStyle(badge);
          return {
            text: (badge as HTMLElement).innerText,
            filled: style.backgroundColor !== 'rgba(0, 0, 0, 0)',
            framed: style.borderTopStyle !== 'none' && style.borderTopWidth !== '0px',
            icon: badge.querySelector('[aria-hidden="true"]')?.textContent ?? null,
            bar: parseFloat(getComputedStyle(li).borderLeftWidth),
            colour: style.color,
          };
        });
      const [disputed, evidence, plain] = [
        await look('disputed'),
        await look('evidence'),
        await look('claim'),
      ];
      expect(disputed).toMatchObject({ filled: true, framed: true, icon: '\u26A0\uFE0E' });
      expect(disputed.text.toLowerCase()).toContain('disputed');
      expect(disputed.bar).toBeGreaterThanOrEqual(3);
      expect(evidence).toMatchObject({ filled: false, framed: true, icon: null, bar: 0 });
      expect(plain).toMatchObject({ filled: false, framed: false, icon: null, bar: 0 });
      expect(new Set([disputed.colour, evidence.colour, plain.colour]).size).toBe(3);
      expect(await axePage(panel)).toEqual([]);
      await panel.emulateMedia({ colorScheme: 'light' });
    });
  }
  it('is shown at 400 px and 200 % zoom, light and dark', async () => {
    await shoot(panel, 'chips-labels', undefined);
    expect(await cards().count()).toBe(3);
  });
});

describe("the editor's tag field", () => {
  it('shows the tags it will save as chips as they are typed, focus kept in the field', async () => {
    const item = card('claim');
    await item.getByRole('button', { name: 'Edit' }).click();
    const field = item.getByLabel('Tags (comma-separated)');
    await field.focus();
    await panel.keyboard.press('End');
    await panel.keyboard.type(', #Pentagon, WASHINGTON');
    await expect
      .poll(() => item.locator('.tag-preview .tag').allTextContents(), POLL)
      .toEqual(['#washington', '#Pentagon']);
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await shoot(panel, 'chips-editor-preview', item);
    expect(await axePage(panel)).toEqual([]);
    await item.getByRole('button', { name: 'Cancel' }).click();
    await item.getByRole('button', { name: 'Drop changes' }).click();
    await expect.poll(() => item.getByRole('button', { name: 'Edit' }).count(), POLL).toBe(1);
  });
});

describe('a tag chip in the This page list', () => {
  it('opens All claims with only that tag, focus on the Tag filter that names it', async () => {
    const page = await session.context.newPage();
    await page.goto(new URL('lunch.html', session.server.url).href);
    const tabId = await session.tabIdOf(page);
    const here = await session.openExtensionPage(`sidepanel.html?tabId=${tabId}&tab=claims`);
    await here.setViewportSize({ width: 400, height: 800 });
    const chip = here
      .getByRole('list', { name: 'Claims on this page' })
      .getByRole('button', { name: 'Show claims tagged washington' });
    await chip.focus();
    await here.keyboard.press('Enter');
    const filter = here.getByRole('combobox', { name: 'Tag', exact: true });
    await expect.poll(() => filter.evaluate((el) => el === document.activeElement), POLL).toBe(true);
    await expect.poll(() => filter.inputValue(), POLL).toBe('washington');
    expect(await here.getByRole('button', { name: 'All claims' }).getAttribute('aria-pressed')).toBe('true');
    await expect
      .poll(() => here.getByRole('list', { name: 'All claims' }).getByRole('listitem').count(), POLL)
      .toBe(1);
    await shoot(here, 'chips-from-this-page');
    expect(await axePage(here)).toEqual([]);
    await here.close();
    await page.close();
  });
});
