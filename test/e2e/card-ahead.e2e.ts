/**
 * The card made ready before the first hover (entrypoints/content/card-warmup.tsx): after the
 * scan, the cards of the page's names come in one message, so pointing at a name sends nothing
 * to the background; and the card's code is run once off the document, leaving no trace in the
 * page, its accessibility tree or its focus. The benchmark's build is used: it marks when the
 * card has been warmed (`backstory:card-warmed`), which the shipped build never does.
 */
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryOwnUi } from '../../scripts/lib/own-ui';
import { until } from '../poll';
import { accessibilityTree } from './axe';
import { hoverName } from './card-page';
import { startSession, type Session } from './harness';

const cardPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ready cards</title></head>
<body><main><h1>A test page</h1>
<p>Field Marshal Asim Munir met Donald Trump for lunch.</p>
<p>Shehbaz Sharif said Pakistan would wait, and Israel said nothing.</p>
</main></body></html>`;

let session: Session;

beforeAll(async () => {
  session = await startSession({ pages: { '/card.html': cardPage } }, { instrumented: true });
});
afterAll(async () => {
  await session?.close();
});

/**
 * Starts recording the type of every message the service worker receives (a listener of its own
 * beside Backstory's, which answers nothing); returns a reader of what it recorded.
 */
async function recordMessages(worker: Worker): Promise<() => Promise<string[]>> {
  await worker.evaluate(() => {
    const seen: string[] = [];
    (globalThis as { seenByTest?: string[] }).seenByTest = seen;
    chrome.runtime.onMessage.addListener((message: { type?: string }) => {
      seen.push(String(message?.type));
    });
  });
  return () => worker.evaluate(() => [...(globalThis as { seenByTest?: string[] }).seenByTest!]);
}

async function openWarmed(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(new URL('card.html', session.server.url).href);
  // Twice: empty at once, then with a card once the page's cards have come.
  await until(
    async () =>
      (await page.evaluate(() => performance.getEntriesByName('backstory:card-warmed').length)) >= 2,
    'the card to be warmed after the scan, empty and with a card',
  );
  return page;
}

describe('the card, ready before the first hover', () => {
  it('fetches the page’s cards in one message, and the first hover asks the background nothing', async () => {
    const seen = await recordMessages(session.worker);
    const page = await openWarmed();
    expect((await seen()).filter((type) => type === 'getCardData')).toHaveLength(1);
    const before = (await seen()).length;
    // Lower name first: the card opens below its name and would cover the names under it.
    await hoverName(page, 'Shehbaz Sharif');
    await hoverName(page, 'Asim Munir');
    const during = (await seen()).slice(before);
    expect(during.filter((type) => type === 'getEntityCard' || type === 'countClaimsAbout')).toEqual([]);
    await page.close();
  });

  it('leaves no trace of the warming: nothing in the page, its accessibility tree or its focus', async () => {
    const page = await openWarmed();
    expect(await queryOwnUi(page, '*')).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('body ~ *, html > div').length)).toBe(0);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    const tree = await accessibilityTree(page);
    expect(
      tree.filter((n) => n.role === 'dialog' || n.role === 'status' || /Backstory/.test(n.name)),
    ).toEqual([]);
    // The warmed card is the real one: the first hover opens it as usual.
    await hoverName(page, 'Asim Munir');
    expect((await queryOwnUi(page, '.bs-popover h2')).map((h) => h.text)).toEqual(['Asim Munir']);
    await page.close();
  });
});
