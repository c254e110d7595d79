/**
 * Events a page makes up do not drive Backstory's card: a dispatched Escape or selectstart
 * does not close the card the reader is reading, and dispatched presses do not stop the card
 * their pointer is opening. The reader's own Escape still closes it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLL } from '../poll';
import { cardOpen, hoverName, settle } from './card-page';
import { startSession, type Session } from './harness';
import { namesDrawn } from './names-drawn';

let session: Session;

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Synthetic</title></head>
<body><main><p id="p1">Field Marshal Asim Munir met Donald Trump for lunch.</p>
<p id="plain">Plain words for selecting, with nothing in them to explain at all.</p></main></body></html>`;

beforeAll(async () => {
  session = await startSession({ pages: { '/synthetic.html': PAGE } });
});
afterAll(async () => {
  await session?.close();
});

async function open(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(new URL('synthetic.html', session.server.url).href);
  await namesDrawn(page);
  return page;
}

describe('events the page dispatches itself', () => {
  it('do not close the open card: Escape, selectstart; the reader’s Escape does', async () => {
    const page = await open();
    await hoverName(page, 'Asim Munir');
    await page.evaluate(() => {
      for (const target of [document, document.body, document.getElementById('plain')!]) {
        target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
        target.dispatchEvent(new Event('selectstart', { bubbles: true }));
      }
    });
    await settle(page);
    expect(await cardOpen(page)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardOpen(page), POLL).toBe(false);
    await page.close();
  });

  it('do not stop the card the reader’s pointer is opening: presses made up while it rests', async () => {
    const page = await open();
    // Every few milliseconds, as long as the test runs: a press no reader made.
    await page.evaluate(() => {
      setInterval(() => document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true })), 5);
    });
    await hoverName(page, 'Asim Munir');
    expect(await cardOpen(page)).toBe(true);
    await page.close();
  });
});
