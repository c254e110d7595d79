/**
 * A knowledge pack's claims wear the pack's name, never the seed's status badges: in the hover
 * card on a page, in the side panel's entity card and in its compare view; an entity a pack
 * adds says which pack it comes from.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryOwnUi, visibleOwnUi } from '../../scripts/lib/own-ui';
import { pointOf } from './claim-page';
import { startSession, type Session } from './harness';
import { POLL, until } from '../poll';
import { namesDrawn } from './names-drawn';

const SEED_ENTITY = 'qaisar-abbas';
const PACK_CLAIM = 'Qaisar Abbas spoke to the Field Desk about the visit.';

const pack = {
  format: 'backstory-knowledge-pack',
  formatVersion: 1,
  pack: { id: 'field-desk', title: 'Field Desk notes', version: '1' },
  sources: [
    {
      id: 'desk-1',
      file: 'desk-1.txt',
      title: { value: 'Desk notes', evidence: 'not stated' },
      outlet: { value: null, evidence: 'not stated' },
      authors: { value: [], evidence: 'not stated' },
      published: { value: null, evidence: 'not stated' },
      kind: { value: 'analysis', evidence: 'not stated' },
      url: null,
      text: `${PACK_CLAIM} The Harbour Forum met in Karachi.`,
    },
  ],
  entities: [
    {
      id: 'harbour-forum',
      kind: 'organisation',
      label: 'Harbour Forum',
      aliases: [],
      summary: 'A forum that met in Karachi, per the Field Desk.',
      summaryClaims: ['desk-c2'],
    },
  ],
  claims: [
    {
      id: 'desk-c1',
      about: [SEED_ENTITY],
      text: PACK_CLAIM,
      quote: PACK_CLAIM,
      source: 'desk-1',
      start: 0,
      end: PACK_CLAIM.length,
      status: 'stated-as-fact',
      attribution: 'Field Desk',
    },
    {
      id: 'desk-c2',
      about: ['harbour-forum'],
      text: 'The Harbour Forum met in Karachi.',
      quote: 'The Harbour Forum met in Karachi.',
      source: 'desk-1',
      start: PACK_CLAIM.length + 1,
      end: PACK_CLAIM.length + 1 + 'The Harbour Forum met in Karachi.'.length,
      status: 'stated-as-fact',
      attribution: 'Field Desk',
    },
  ],
};

const article = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Forum</title></head><body>
<p id="forum">The Harbour Forum gathered journalists this week.</p>
<p>Among them was Qaisar Abbas, who had visited Israel with a delegation of Pakistani journalists.</p>
</body></html>`;

let session: Session;

beforeAll(async () => {
  session = await startSession({ pages: { '/forum.html': article } });
  const options = await session.openExtensionPage('options.html');
  await options.getByLabel('Import a pack (JSON)').setInputFiles({
    name: 'field-desk.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(pack)),
  });
  await until(
    async () =>
      /Imported “Field Desk notes”/.test((await options.getByRole('status').last().textContent()) ?? ''),
    'the pack to install',
  );
  await options.close();
});
afterAll(async () => {
  await session?.close();
});

/** Hovers `text` on the page until its card opens; the card's heading. */
async function hover(page: Page, text: string, heading: string) {
  const point = await pointOf(page, text);
  await page.mouse.move(point.x - 80, point.y - 80);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  await expect.poll(async () => (await visibleOwnUi(page, '.bs-popover h2'))?.text, POLL).toBe(heading);
}

const texts = async (page: Page, selector: string) =>
  (await queryOwnUi(page, selector)).filter((e) => e.visible).map((e) => e.text);

describe('claims from an imported pack', () => {
  it('show the pack’s name, not the seed’s badge, in the hover card on a page', async () => {
    const page = await session.context.newPage();
    await page.goto(new URL('forum.html', session.server.url).href);
    await namesDrawn(page);

    await hover(page, 'Harbour Forum', 'Harbour Forum');
    expect((await texts(page, '.bs-popover .bs-pack-note')).join()).toBe(
      'From the imported pack “Field Desk notes”, not from Backstory’s own sources.',
    );
    expect(await texts(page, '.bs-popover .bs-badge')).toEqual(['Pack: Field Desk notes']);
    await page.keyboard.press('Escape');

    // A seed entity's card: its own claim keeps the seed's badge, the pack's claim wears the pack's.
    await hover(page, 'Qaisar Abbas', 'Qaisar Abbas');
    const items = await texts(page, '.bs-popover .bs-claims > li');
    const packItem = items.find((t) => t.includes(PACK_CLAIM));
    expect(packItem).toMatch(/^Pack: Field Desk notes/);
    expect(packItem).toContain('the pack calls it stated as fact');
    expect(items.filter((t) => !t.includes(PACK_CLAIM)).every((t) => !t.startsWith('Pack:'))).toBe(true);
    expect(await texts(page, '.bs-popover .bs-pack-note')).toEqual([]);
    const packBadges = (await queryOwnUi(page, '.bs-popover .bs-pack-badge')).filter((e) => e.visible);
    expect(packBadges).toHaveLength(1);
    expect(packBadges[0]!.attributes['class']).not.toMatch(/bs-status-/);
    await page.close();
  });

  it('show the pack’s name in the side panel’s card and compare view', async () => {
    const panel = await session.openExtensionPage(`sidepanel.html?entity=${SEED_ENTITY}`);
    const list = panel.getByRole('list', { name: 'What the sources say about Qaisar Abbas' });
    await expect.poll(() => list.getByRole('listitem').count(), POLL).toBe(2);
    const packItem = list.getByRole('listitem').filter({ hasText: PACK_CLAIM });
    expect(await packItem.locator('.bs-badge').textContent()).toBe('Pack: Field Desk notes');
    expect(await packItem.locator('[class*="bs-status-"]').count()).toBe(0);
    const seedItem = list.getByRole('listitem').filter({ hasNotText: PACK_CLAIM });
    expect(await seedItem.locator('[class*="bs-status-"]').count()).toBe(1);
    await panel.close();

    const compare = await session.openExtensionPage(`sidepanel.html?tab=claims&compare=${SEED_ENTITY}`);
    const sources = compare.getByRole('table').locator('[data-ref^="kb:"]');
    await expect.poll(() => sources.count(), POLL).toBe(2);
    const compared = sources.filter({ hasText: PACK_CLAIM });
    expect(await compared.locator('.bs-badge').textContent()).toBe('Pack: Field Desk notes');
    expect(await compared.locator('[class*="bs-status-"]').count()).toBe(0);
    expect(await compared.textContent()).toContain('the pack calls it stated as fact');
    const seed = sources.filter({ hasNotText: PACK_CLAIM });
    expect(await seed.locator('[class*="bs-status-"]').count()).toBe(1);
    await compare.close();
  });
});
