/**
 * Names inside names, in real Chromium: an event's mention and the actors inside it are both
 * drawn and counted; hovering the inner word opens the inner entity's card with the event as a
 * "part of" chip, hovering elsewhere in the span opens the event; and blocks follow computed
 * display, so an author line styled as a block does not glue onto the text after it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callOnOwnShadow, clickOwnUi, queryOwnUi, visibleOwnUi } from '../../scripts/lib/own-ui';
import { POLL } from '../poll';
import { highlighted } from './card-page';
import { startSession, wireMessage, type Session } from './harness';

let session: Session;

const NESTED = `<!doctype html><html lang="en"><head><title>Nested</title>
<style>p { font: 20px/2 sans-serif; } .author { display: block; font-weight: bold; }</style></head><body>
<p id="event">Pakistan condemned the US strikes on Iranian nuclear facilities on Sunday.</p>
<p id="title">US President Donald Trump said the strikes were a success.</p>
<p id="comment"><b class="author">Ahmed Khan</b>Pakistan has no choice but to speak up.</p>
</body></html>`;

beforeAll(async () => {
  session = await startSession({ pages: { '/nested.html': NESTED } });
  // Every mention drawn, not only each name's first (the quiet default, reader-quiet.e2e.ts):
  // these tests count the inner and outer mentions of repeated names.
  await session.updateSettings({ highlightScope: 'all' });
});
afterAll(async () => {
  await session?.close();
});

/** The centre of the `occurrence`-th `text` inside the element with id `id`. */
function pointIn(page: Page, id: string, text: string, occurrence = 0): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([where, needle, nth]) => {
      const node = document.getElementById(where)!.firstChild as Text;
      let at = -1;
      for (let i = 0; i <= nth; i++) at = node.data.indexOf(needle, at + 1);
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const box = range.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    },
    [id, text, occurrence] as const,
  );
}

const heading = async (page: Page) => (await visibleOwnUi(page, '.bs-popover h2'))?.text;
const partOfChip = async (page: Page) =>
  (await queryOwnUi(page, '.bs-popover .bs-part-of .bs-chip')).map((chip) => chip.text);

async function hover(page: Page, point: { x: number; y: number }) {
  await page.mouse.move(point.x - 40, point.y - 60);
  await page.mouse.move(point.x, point.y, { steps: 4 });
}

async function openNested(): Promise<Page> {
  const page = await session.openFixture('nested.html');
  await expect.poll(async () => (await highlighted(page, 'backstory-event')).length, POLL).toBeGreaterThan(0);
  return page;
}

describe('nested mentions', () => {
  it('draws the event and the actors inside it, and counts both', async () => {
    const page = await openNested();
    await expect
      .poll(() => highlighted(page, 'backstory-event'), POLL)
      .toEqual(['US strikes on Iranian nuclear facilities']);
    // Wait for both paragraphs' actors before reading them.
    await expect
      .poll(async () => (await highlighted(page, 'backstory-actor')).filter((t) => t === 'US').length, POLL)
      .toBe(2);
    const actors = await highlighted(page, 'backstory-actor');
    // "US" inside the event and inside "US President Donald Trump", each its own mention.
    expect(actors.filter((t) => t === 'US')).toHaveLength(2);
    expect(actors).toEqual(expect.arrayContaining(['US President Donald Trump', 'Pakistan']));
    const tabId = await session.tabIdOf(page);
    const reply = (await session.sendToTab(tabId, wireMessage('pageMentions', {}))) as {
      res: { ok: boolean; value: { entities: { id: string; count: number }[] } };
    };
    const counts = Object.fromEntries(reply.res.value.entities.map((e) => [e.id, e.count]));
    expect(counts).toMatchObject({
      'us-strikes-on-iranian-nuclear-facilities': 1,
      'united-states': 2,
      'donald-trump': 1,
    });
    await page.close();
  });

  it('opens the inner entity’s card over the inner word, with the event a chip away', async () => {
    const page = await openNested();
    await hover(page, await pointIn(page, 'event', 'US'));
    await expect.poll(() => heading(page), POLL).toBe('United States');
    expect(await partOfChip(page)).toEqual(['part of US strikes on Iranian nuclear facilities']);
    await clickOwnUi(page, '.bs-popover .bs-part-of .bs-chip');
    await expect.poll(() => heading(page), POLL).toBe('US strikes on Iranian nuclear facilities');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await visibleOwnUi(page, '.bs-popover')) === undefined, POLL).toBe(true);
    await page.close();
  });

  it('gives the “part of” chip the card’s top padding', async () => {
    const page = await openNested();
    await hover(page, await pointIn(page, 'event', 'US'));
    await expect.poll(() => heading(page), POLL).toBe('United States');
    const [card] = await queryOwnUi(page, '.bs-popover');
    const [chip] = await queryOwnUi(page, '.bs-popover .bs-part-of .bs-chip');
    // As much room above the chip as the heading row has when no chip comes first (8 px).
    expect(chip!.y - chip!.height / 2 - (card!.y - card!.height / 2)).toBeGreaterThanOrEqual(8);
    // And it looks like the card's other chips, a button: outlined and filled, not plain text (it
    // sits outside the card, whose colours it once lacked).
    const look = await callOnOwnShadow<{ border: string; fill: string }>(
      page,
      `function () {
        const style = getComputedStyle(this.querySelector('.bs-popover .bs-part-of .bs-chip'));
        return { border: style.borderTopStyle, fill: style.backgroundColor };
      }`,
    );
    expect(look?.border).toBe('solid');
    expect(look?.fill).not.toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });

  it('opens the event’s card elsewhere in its span, and a titled name’s card outside its inner state', async () => {
    const page = await openNested();
    await hover(page, await pointIn(page, 'event', 'nuclear'));
    await expect.poll(() => heading(page), POLL).toBe('US strikes on Iranian nuclear facilities');
    expect(await partOfChip(page)).toEqual([]);
    await hover(page, await pointIn(page, 'title', 'Trump'));
    await expect.poll(() => heading(page), POLL).toBe('Donald Trump');
    // A person is no event: the inner state's card has no "part of" chip.
    await hover(page, await pointIn(page, 'title', 'US'));
    await expect.poll(() => heading(page), POLL).toBe('United States');
    expect(await partOfChip(page)).toEqual([]);
    await page.close();
  });

  it('reads an inline element that the page’s style sheet makes a block as a block of its own', async () => {
    const page = await openNested();
    // "Ahmed Khan" and "Pakistan" are separate lines on screen: "Pakistan" is found, and not
    // read as part of a longer name.
    await expect
      .poll(
        async () => (await highlighted(page, 'backstory-actor')).filter((t) => t === 'Pakistan').length,
        POLL,
      )
      .toBe(2);
    await page.close();
  });
});
