/**
 * A page can see when Backstory's card opens (the UI host's `toggle` event, which the page hears
 * on its window) and when the reader's pointer came to rest on a name (it hears the move too). If
 * the card waited for the count of the reader's claims about the entity, which takes the
 * background longer the more claims it reads, the page could time how many the reader keeps
 * about any name it prints. The card must open without that count. Here the reader's claims are
 * held out of reach (a transaction on their store that does not end, as a long count would): the
 * card opens all the same, and its count comes once the claims can be read.
 *
 * Nor can the page open the card itself, at a time of its choosing: a `pointermove` it dispatches
 * opens nothing (lib/dom/hover.ts); only the reader's own pointer does.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryOwnUi } from '../../scripts/lib/own-ui';
import { POLL } from '../poll';
import { pointOf } from './claim-page';
import { startSession, type Session } from './harness';

let session: Session;

/** The page's own script: hears Backstory's host open. */
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lunch</title></head>
<body><article><h1>Lunch at the White House</h1>
<p>Field Marshal Asim Munir later met President Donald Trump for lunch at the White House.</p></article>
<script>
window.attack = { opened: 0 };
addEventListener('toggle', (e) => { if (e.newState === 'open' && e.target.parentElement === document.documentElement) attack.opened++; }, true);
</script></body></html>`;

beforeAll(async () => {
  session = await startSession({ pages: { '/lunch.html': PAGE } });
});
afterAll(async () => {
  await session?.close();
});

/**
 * Holds the reader's claims out of reach: an extension page keeps a write transaction open on
 * their store, so every read of it waits. Returns what lets them go.
 */
async function holdClaims(): Promise<() => Promise<void>> {
  // The background opens (and creates) its database on first use: before that, this page would
  // make an empty one and keep the background's upgrade waiting.
  await session.updateSettings({});
  const holder = await session.openExtensionPage('options.html');
  await holder.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('backstory');
        request.addEventListener('error', () => reject(request.error));
        request.addEventListener('upgradeneeded', () => request.transaction?.abort());
        request.addEventListener('success', () => {
          const tx = request.result.transaction('savedClaims', 'readwrite');
          const store = tx.objectStore('savedClaims');
          const w = window as unknown as { held: boolean };
          w.held = true;
          // A transaction lives while it has a request pending.
          const keep = () => {
            if (w.held) store.count().addEventListener('success', keep);
          };
          keep();
          resolve();
        });
      }),
  );
  return async () => {
    await holder.evaluate(() => ((window as unknown as { held: boolean }).held = false));
    await holder.close();
  };
}

const countShown = async (page: Page) =>
  (await queryOwnUi(page, '.bs-marked button'))[0]?.attributes['data-count'];

describe('the card and the reader’s claims', () => {
  it('opens a card without waiting for the count of the reader’s claims, which comes after', async () => {
    const release = await holdClaims();
    try {
      const page = await session.context.newPage();
      await page.goto(new URL('/lunch.html', session.server.url).href);
      await expect
        .poll(() => page.evaluate(() => CSS.highlights.get('backstory-actor')?.size ?? 0), POLL)
        .toBeGreaterThan(0);
      const point = await pointOf(page, 'Donald Trump');
      await page.mouse.move(point.x, point.y);
      // The reader's hover opened the card, which the page heard, though no claim could be counted.
      await expect
        .poll(
          () => page.evaluate(() => (window as unknown as { attack: { opened: number } }).attack.opened),
          POLL,
        )
        .toBeGreaterThan(0);
      expect(await countShown(page)).toBe('…');
      await release();
      await expect.poll(() => countShown(page), POLL).toBe('none yet');
      await page.close();
    } finally {
      await release().catch(() => undefined);
    }
  });

  it('does not react to a hover the page dispatches itself, only to the reader’s pointer', async () => {
    const page = await session.context.newPage();
    await page.goto(new URL('/lunch.html', session.server.url).href);
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.get('backstory-actor')?.size ?? 0), POLL)
      .toBeGreaterThan(0);
    // Where the hover tracker last decided the pointer is: kept on the card for tests.
    const pointer = async () =>
      (await queryOwnUi(page, '.bs-popover'))[0]?.attributes['data-pointer'] ?? 'no card yet';
    // The reader opens a card and moves away, so the card is there to report what the tracker decides.
    const munir = await pointOf(page, 'Asim Munir');
    await page.mouse.move(munir.x, munir.y);
    await expect
      .poll(async () => (await queryOwnUi(page, '.bs-popover')).some((e) => e.visible), POLL)
      .toBe(true);
    await page.mouse.move(5, 700);
    await expect.poll(pointer, POLL).toBe('away');
    // One move over a name, dispatched by the page: a move after a quiet spell is decided as it is
    // dispatched (lib/dom/hover.ts), so by the time the page's script returns it would have counted.
    const trump = await pointOf(page, 'Donald Trump');
    await page.evaluate(
      ([x, y]) =>
        document.elementFromPoint(x!, y!)!.dispatchEvent(
          new PointerEvent('pointermove', {
            clientX: x!,
            clientY: y!,
            bubbles: true,
            composed: true,
            pointerType: 'mouse',
          }),
        ),
      [trump.x, trump.y],
    );
    expect(await pointer()).toBe('away');
    // The reader's own move there does count.
    await page.mouse.move(trump.x, trump.y);
    await expect.poll(pointer, POLL).toBe('mention');
    await page.close();
  });
});
