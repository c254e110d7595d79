/**
 * Where the card goes as the page moves, as Floating UI's autoUpdate with flip, shift and hide
 * keeps a popover usable: a scroll that leaves too little room on its side sends it to the other
 * side, whole on screen; a name scrolled under a fixed header or out of an inner scroller takes
 * its card out of sight until it comes back; and a name in a small frame gets a card that fits
 * the frame (the card is drawn inside the frame, see README "Using Backstory") and scrolls.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  callOnOwnShadow,
  clickOwnUi,
  queryOwnUi,
  visibleOwnUi,
  type OwnUiElement,
} from '../../scripts/lib/own-ui';
import { POLL, until } from '../poll';
import { cardOpen, hoverName } from './card-page';
import { startSession, wireMessage, type Session } from './harness';

const spacer = (px: number) => `<div style="height: ${px}px"></div>`;
const page1 = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Placement</title>
<style>
  body { margin: 0; font: 16px/1.5 sans-serif; }
  header { position: fixed; top: 0; left: 0; right: 0; height: 60px; background: #234; color: #fff; z-index: 5; }
  #scroller { height: 140px; overflow: auto; border: 1px solid #888; margin: 0 8px; }
</style></head><body>
<header>The site’s header</header>
${spacer(700)}
<p id="name">Field Marshal Asim Munir met officials for lunch.</p>
${spacer(700)}
<aside id="rail" style="position: sticky; top: 70px; background: #eee"><a id="rail-cover" href="#most-read" aria-label="Most read" style="position: absolute; inset: 0; display: none"></a>
<p id="railed">Most read: Masoud Pezeshkian in talks.</p></aside>
${spacer(300)}
<div style="position: relative"><a id="cover" href="#story" aria-label="The whole story" style="position: absolute; inset: 0; display: none"></a>
<p id="teased">Donald Trump spoke to reporters.</p></div>
${spacer(700)}
<div id="scroller">${spacer(40)}<p id="inner">Shehbaz Sharif said Pakistan would wait.</p>${spacer(600)}</div>
${spacer(900)}
</body></html>`;
const outer = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Framed</title></head>
<body><p>A page with a small frame in it.</p>
<iframe id="small" src="/inner.html" title="A small frame" style="width: 240px; height: 170px; border: 1px solid #888"></iframe>
</body></html>`;
const inner = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Inner</title></head>
<body style="margin: 4px; font: 16px/1.5 sans-serif"><p style="margin-top: 60px">Donald Trump spoke.</p></body></html>`;

let session: Session;
let page: Page;

beforeAll(async () => {
  session = await startSession({
    pages: { '/placement.html': page1, '/outer.html': outer, '/inner.html': inner },
  });
  page = await session.context.newPage();
  await page.setViewportSize({ width: 640, height: 450 }); // a 1280 × 900 window at 200 %
  await page.goto(new URL('placement.html', session.server.url).href);
  await until(
    async () => (await page.evaluate(() => CSS.highlights.get('backstory-actor')?.size ?? 0)) > 0,
    'the names on the page to be marked',
  );
});
afterAll(async () => {
  await session?.close();
});

/** The top and bottom of an element of the page, in the viewport. */
const edges = (id: string) =>
  page.evaluate((where) => {
    const box = document.getElementById(where)!.getBoundingClientRect();
    return { top: box.top, bottom: box.bottom };
  }, id);

/** Scrolls so the element's top is `y` px from the top of the viewport. */
const putAt = (id: string, y: number) =>
  page.evaluate(
    ([where, at]) => window.scrollBy(0, document.getElementById(where)!.getBoundingClientRect().top - at),
    [id, y] as const,
  );

const box = (e: OwnUiElement) => ({
  top: e.y - e.height / 2,
  bottom: e.y + e.height / 2,
  left: e.x - e.width / 2,
  right: e.x + e.width / 2,
});

/** The open card's box, whether on show or not (undefined when closed). */
async function card() {
  const [found] = await queryOwnUi(page, '.bs-popover:not([hidden])');
  return found && { ...box(found), shown: found.visible };
}

async function openPinned(name: string) {
  await hoverName(page, name);
  await clickOwnUi(page, '.bs-popover button', 'Pin');
  await expect
    .poll(
      async () => (await visibleOwnUi(page, '.bs-popover button[aria-pressed="true"]')) !== undefined,
      POLL,
    )
    .toBe(true);
}

async function closeCard() {
  await until(async () => {
    if ((await card()) === undefined) return true;
    await page.keyboard.press('Escape');
    return false;
  }, 'the card to close');
}

describe('a card as the page scrolls', () => {
  // Each test starts with no card open (a pinned card would carry its pin to the next), and
  // nothing of the page's laid over the names.
  afterEach(async () => {
    await page.evaluate(() => document.getElementById('lid')?.remove());
    await closeCard();
  });

  it('goes to the other side of its name when a scroll leaves too little room, whole on screen', async () => {
    await openPinned('Asim Munir');
    await putAt('name', 100);
    const name = await edges('name');
    // Below its name, where the room is.
    await expect.poll(async () => (await card())!.top > name.bottom, POLL).toBe(true);
    // Scrolled up 240 px: the name near the foot, little room below it, plenty above.
    await page.evaluate(() => window.scrollBy(0, -240));
    const moved = await edges('name');
    await expect
      .poll(async () => {
        const c = (await card())!;
        return c.top >= 0 && c.bottom <= 450 && c.bottom <= moved.top && c.bottom - c.top >= 120;
      }, POLL)
      .toBe(true);
  });

  it('hides while its name is under a fixed header, and comes back with it', async () => {
    await openPinned('Asim Munir');
    await putAt('name', 15); // under the 60 px header
    await expect.poll(async () => (await card())?.shown, POLL).toBe(false);
    await putAt('name', 200);
    await expect.poll(async () => (await card())?.shown, POLL).toBe(true);
    expect(await cardOpen(page)).toBe(true);
  });

  it('comes back from under a box the page laid over its name with its clicks made to wait again', async () => {
    await putAt('name', 200);
    await openPinned('Asim Munir');
    // Each change to the card's on-show state or readiness, seen as it happens (closed root).
    await callOnOwnShadow(
      page,
      `function () {
        const card = this.querySelector('.bs-popover');
        const log = (this.changes = []);
        this.watch = new MutationObserver(() =>
          log.push({ shown: card.style.visibility !== 'hidden', ready: card.hasAttribute('data-ready') }),
        );
        this.watch.observe(card, { attributes: true, attributeFilter: ['style', 'data-ready'] });
      }`,
    );
    // The page lays a box over the name, and nudges the page a pixel so the card looks again
    // (a card hidden is not placed: it stays where it was) ...
    await page.evaluate(() => {
      const name = document.getElementById('name')!.getBoundingClientRect();
      const lid = Object.assign(document.createElement('div'), { id: 'lid' });
      lid.style.cssText = `position: fixed; z-index: 9; background: #fff; left: 0; right: 0;
        top: ${name.top - 4}px; height: ${name.height + 8}px`;
      document.body.append(lid);
      window.scrollBy(0, 1);
    });
    // ... and waits, the card out of sight, for it to be ready for clicks again ...
    await expect
      .poll(async () => {
        const [c] = await queryOwnUi(page, '.bs-popover:not([hidden])');
        return c !== undefined && !c.visible && c.ready;
      }, POLL)
      .toBe(true);
    await callOnOwnShadow(page, 'function () { this.changes.length = 0; }');
    // ... then lifts it and nudges back, the card where it was, just as the reader clicks where
    // a button is about to reappear.
    await page.evaluate(() => {
      document.getElementById('lid')!.remove();
      window.scrollBy(0, -1);
    });
    await expect.poll(async () => (await card())?.shown, POLL).toBe(true);
    const changes = await callOnOwnShadow<{ shown: boolean; ready: boolean }[]>(
      page,
      'function () { this.watch.disconnect(); return this.changes; }',
    );
    // Back on show, its controls under the pointer anew: not ready, as after a move.
    expect(changes?.find((change) => change.shown)).toEqual({ shown: true, ready: false });
  });

  it('stays on show, focus in it, when it was opened from the keyboard and its name goes under the header', async () => {
    await putAt('name', 200);
    const tabId = await session.tabIdOf(page);
    // The shortcut's way in (Alt+Shift+.): step to the first name, its card opened with focus.
    await session.sendToTab(tabId, wireMessage('stepMention', { direction: 1 }));
    await expect.poll(async () => (await card())?.shown, POLL).toBe(true);
    await putAt('name', 15); // under the 60 px header
    // Placed again after the scroll (it follows its name up), and still on show with focus.
    const name = await edges('name');
    await expect
      .poll(async () => {
        const c = await card();
        return c?.shown === true && Math.abs(c.top - name.bottom) < 40;
      }, POLL)
      .toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('popover'))).toBe('manual');
  });

  it('stays while a transparent box the page lays over its name (a whole-teaser link) is scrolled with it', async () => {
    await openPinned('Donald Trump');
    // Cover the name as a news index's teaser link does (nothing pinned to the screen), and scroll.
    await page.evaluate(() => (document.getElementById('cover')!.style.display = 'block'));
    await putAt('teased', 120);
    const name = await edges('teased');
    // Placed again after the scroll, just below its name, and on show (a hidden card is not placed).
    await expect
      .poll(async () => {
        const c = await card();
        return c?.shown === true && c.top >= name.bottom && c.top - name.bottom < 40;
      }, POLL)
      .toBe(true);
    await page.evaluate(() => (document.getElementById('cover')!.style.display = 'none'));
  });

  it('stays while its name is in a sticky rail with a transparent link laid over it', async () => {
    await putAt('railed', 200);
    await openPinned('Masoud Pezeshkian');
    await page.evaluate(() => (document.getElementById('rail-cover')!.style.display = 'block'));
    await putAt('railed', 180);
    const name = await edges('railed');
    // The box on top is pinned, but the name is pinned with it: nothing covers it.
    await expect
      .poll(async () => {
        const c = await card();
        return c?.shown === true && (c.top >= name.bottom || c.bottom <= name.top);
      }, POLL)
      .toBe(true);
    await page.evaluate(() => (document.getElementById('rail-cover')!.style.display = 'none'));
  });

  it('hides while its name is scrolled out of an inner scroller, and comes back with it', async () => {
    await openPinned('Shehbaz Sharif');
    await page.evaluate(() => (document.getElementById('scroller')!.scrollTop = 300));
    await expect.poll(async () => (await card())?.shown, POLL).toBe(false);
    await page.evaluate(() => (document.getElementById('scroller')!.scrollTop = 0));
    await expect.poll(async () => (await card())?.shown, POLL).toBe(true);
  });
});

describe('a card in a small frame', () => {
  it('fits inside the frame, its heading and controls in view', async () => {
    const framed = await session.context.newPage();
    await framed.setViewportSize({ width: 640, height: 450 });
    await framed.goto(new URL('outer.html', session.server.url).href);
    const frame = await (await framed.waitForSelector('#small')).contentFrame();
    await until(
      async () => (await frame!.evaluate(() => CSS.highlights.get('backstory-actor')?.size ?? 0)) > 0,
      'the name in the frame to be marked',
    );
    const area = (await framed.locator('#small').boundingBox())!;
    const at = await frame!.evaluate(() => {
      const range = document.createRange();
      const text = document.querySelector('p')!.firstChild!;
      range.setStart(text, 0);
      range.setEnd(text, 'Donald Trump'.length);
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    await framed.mouse.move(area.x + at.x - 20, area.y + at.y - 20);
    await framed.mouse.move(area.x + at.x, area.y + at.y, { steps: 4 });
    const inFrame = async (selector: string) =>
      (await queryOwnUi(framed, selector, true)).find((e) => e.visible);
    await expect.poll(async () => (await inFrame('.bs-popover h2'))?.text, POLL).toBe('Donald Trump');
    await expect
      .poll(async () => {
        const c = box((await inFrame('.bs-popover'))!);
        const close = box((await inFrame('.bs-popover button[aria-label="Close"]'))!);
        const within = (b: ReturnType<typeof box>) =>
          b.top >= area.y &&
          b.bottom <= area.y + area.height &&
          b.left >= area.x &&
          b.right <= area.x + area.width;
        return within(c) && within(close);
      }, POLL)
      .toBe(true);
    await framed.close();
  });
});
