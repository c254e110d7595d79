/**
 * Hostile pages learn nothing about the reader and cannot read or drive Backstory. The reader's
 * article lives on one origin (127.0.0.1); every attack page is served from another (localhost),
 * and each test checks what the page could see (`window.attack`, read as its own scripts would)
 * and what got saved. Each attack has a control — the same thing done fairly — that must work,
 * so a guard that refused everything would fail here too.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickOwnUi, readyOwnUi, visibleOwnUi } from '../../scripts/lib/own-ui';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server';
import type { PageClaims } from '../../lib/messaging/protocol';
import { hostilePages, originalPages, QUOTE } from './attack-pages';
import { claimForm, listClaims, pointOf, saveDetails, select } from './claim-page';
import { POLL } from '../poll';
import { startSession, wireMessage, type Session } from './harness';
import { DWELL_MS } from '../../lib/dom/presses';

let session: Session;
let hostile: StaticServer;
/** The reader's site (origin A) and the attacker's (origin B). */
let a: string;
let b: string;

beforeAll(async () => {
  session = await startSession({ pages: originalPages() });
  a = session.server.url.replace(/\/$/, '');
  hostile = await serveStatic('/nonexistent', { pages: hostilePages(a) });
  b = hostile.url.replace('127.0.0.1', 'localhost').replace(/\/$/, '');
});
afterAll(async () => {
  await session?.close();
  await hostile?.close();
});

interface Seen {
  highlights: Record<string, string[]>;
  timeline: string[];
}

/** What a page's own scripts can see of Backstory (attack-pages.ts `REPORT`). */
function seen(target: Page | Frame): Promise<Seen> {
  return target.evaluate(() => (window as unknown as { attack: { report(): Seen } }).attack.report());
}

function attack<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate(expression) as Promise<T>;
}

/** Opens a page and waits until Backstory has drawn its mentions (in every frame). */
async function open(url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url);
  const drawn = (frame: Frame) =>
    frame.evaluate(() => CSS.highlights.get('backstory-actor')?.size ?? 0).catch(() => 0);
  await expect
    .poll(async () => Math.min(...(await Promise.all(page.frames().filter(hasArticle).map(drawn)))), POLL)
    .toBeGreaterThan(0);
  return page;
}

/** Frames that hold article text (the oracle's top page holds only frames). */
const hasArticle = (frame: Frame) => !frame.url().endsWith('/oracle.html');

/** This page's claims as its content script found them, once it has looked (a frame by id). */
async function pageClaims(page: Page, frameId = 0): Promise<PageClaims> {
  const tabId = await session.tabIdOf(page);
  const reply = (await session.sendToTab(tabId, wireMessage('pageClaims', {}), frameId)) as {
    res: { ok: boolean; value: PageClaims };
  };
  return reply.res.value;
}

async function pageMentions(page: Page) {
  const tabId = await session.tabIdOf(page);
  const reply = (await session.sendToTab(tabId, wireMessage('pageMentions', {}))) as {
    res: { value: { running: boolean; uiBlocked?: string } };
  };
  return reply.res.value;
}

/**
 * The extension's frame id of every frame of a page where Backstory's content script runs,
 * asked of the background from inside each content script's world (through the DevTools
 * protocol), as the background knows them.
 */
async function contentFrames(page: Page): Promise<{ frameId: number; url: string }[]> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  try {
    const frames = [];
    for (const context of contexts) {
      if (context.auxData?.type !== 'isolated' || context.origin !== session.origin.replace(/\/$/, ''))
        continue;
      const { result } = await cdp.send('Runtime.evaluate', {
        contextId: context.id,
        expression: `chrome.runtime.sendMessage(${JSON.stringify(wireMessage('whereAmI', {}))}).then((r) => ({ frameId: r.res.value.frameId, url: location.href }))`,
        awaitPromise: true,
        returnByValue: true,
      });
      frames.push(result.value as { frameId: number; url: string });
    }
    return frames;
  } finally {
    await cdp.detach();
  }
}

/** Marks QUOTE on the original article, as the reader did once; returns the claim's id. */
async function markOriginal(): Promise<string> {
  const existing = (await listClaims(session)).find((c) => c.selectors.quote.exact === QUOTE);
  if (existing) return existing.id;
  const page = await open(`${a}/article.html`);
  await select(page, QUOTE);
  await clickOwnUi(page, '.bs-mark-button');
  const form = await claimForm(page);
  await expect.poll(() => form.getByRole('status').textContent(), POLL).toBe('Saved ✓');
  await page.close();
  const claim = (await listClaims(session)).find((c) => c.selectors.quote.exact === QUOTE)!;
  expect(claim.url).toBe(`${a}/article.html`);
  return claim.id;
}

describe('what a page on another origin learns about the reader', () => {
  it('a copy naming the article as canonical gets none of its claims; the same site does', async () => {
    await markOriginal();
    // Control: another page of the article's own site may name it as canonical.
    const amp = await open(`${a}/article-amp.html`);
    await expect.poll(async () => (await seen(amp)).highlights['backstory-claim'], POLL).toEqual([QUOTE]);
    await amp.close();

    const copy = await open(`${b}/copy.html`);
    const claims = await pageClaims(copy);
    // Looked for, under the copy's own address, and nothing found.
    expect(claims).toEqual({ url: `${b}/copy.html`, seenUrl: `${b}/copy.html`, placements: [] });
    expect(await seen(copy)).toMatchObject({
      highlights: { 'backstory-claim': [], 'backstory-claim-doubtful': [] },
      timeline: [],
    });
    await copy.close();
  });

  it('five frames naming five addresses learn nothing of which one the reader marked', async () => {
    await markOriginal();
    // Control: the same frames on the article's own site do show the claim, in frame 2 only.
    const own = await open(`${a}/oracle.html`);
    const ownFrames = () => own.frames().filter((f) => f.url().includes('/frame.html'));
    await expect
      .poll(
        async () =>
          Promise.all(
            ownFrames().map(async (f) => (await seen(f)).highlights['backstory-claim']?.length ?? 0),
          ),
        POLL,
      )
      .toEqual([0, 0, 1, 0, 0]);
    await own.close();

    const oracle = await open(`${b}/oracle.html`);
    let frames: { frameId: number; url: string }[] = [];
    await expect
      .poll(
        async () =>
          (frames = await contentFrames(oracle)).filter((f) => f.url.includes('/frame.html')).length,
        POLL,
      )
      .toBe(5);
    for (const frame of frames.filter((f) => f.url.includes('/frame.html'))) {
      // Each frame's content script has looked for its claims, under its own address.
      expect(await pageClaims(oracle, frame.frameId)).toMatchObject({ url: frame.url, placements: [] });
    }
    for (const frame of oracle.frames()) {
      expect(await seen(frame)).toMatchObject({ highlights: { 'backstory-claim': [] }, timeline: [] });
    }
    await oracle.close();
  });

  it('a card looks the same to the page (size, searchable text) whether or not the reader marked claims about its entity', async () => {
    const measure = async () => {
      const page = await open(`${b}/copy.html`);
      const point = await pointOf(page, 'Donald Trump');
      await page.mouse.move(point.x - 40, point.y - 40);
      await page.mouse.move(point.x, point.y, { steps: 3 });
      const marked = await readyOwnUi(page, '.bs-marked button');
      // What the page's own search finds of the card's text, whatever the count.
      const found = await page.evaluate(() =>
        ['Compare your claims', '1 marked', 'none yet'].map((text) =>
          (window as unknown as { find(...args: unknown[]): boolean }).find(text, false, false, true),
        ),
      );
      const box = await page.evaluate(
        ([x, y]) =>
          (window as unknown as { attack: { foreignBox(x: number, y: number): unknown } }).attack.foreignBox(
            x!,
            y!,
          ),
        [point.x, point.y + 12],
      );
      await page.close();
      return { text: marked.text, count: marked.attributes['data-count'], box, found };
    };
    const before = await measure();
    expect(before).toMatchObject({
      text: 'Compare your claims about Donald Trump',
      count: 'none yet',
      // The label is the same text whatever the count; the count itself cannot be searched.
      found: [true, false, false],
    });
    // The reader marks a passage naming him, on the article's own site.
    const article = await open(`${a}/article.html`);
    await select(article, 'He later met President Donald Trump for lunch');
    const tabId = await session.tabIdOf(article);
    await session.sendToTab(tabId, wireMessage('markSelection', {}));
    await expect
      .poll(async () => (await listClaims(session)).some((c) => c.entities.includes('donald-trump')), POLL)
      .toBe(true);
    await article.close();
    const after = await measure();
    expect(after).toMatchObject({ text: before.text, count: '1 marked', found: before.found });
    expect(after.box).toEqual(before.box);
    expect(before.box).toBeDefined();
  });

  it('the shipped build leaves no backstory entries in the timeline, even where claims are re-found', async () => {
    await markOriginal();
    const page = await open(`${a}/article.html`);
    await expect.poll(async () => (await seen(page)).highlights['backstory-claim'], POLL).toContain(QUOTE);
    await hoverCard(page);
    expect((await seen(page)).timeline).toEqual([]);
    await page.close();
  });
});

/** Marks QUOTE on a page with the real mouse and checks what was saved; returns the claim. */
async function markWithMouse(page: Page, note: string) {
  await select(page, QUOTE);
  await clickOwnUi(page, '.bs-mark-button');
  const form = await claimForm(page);
  await expect.poll(() => form.getByRole('status').textContent(), POLL).toBe('Saved ✓');
  // The form is Backstory's own page, not a look-alike the page swapped in.
  expect(form.url()).toMatch(new RegExp(`^${session.origin}claim-form\\.html\\?claim=`));
  // The form's frame leaves no trace in the page's timeline either (resource timing).
  expect((await seen(page)).timeline).toEqual([]);
  await form.getByLabel('Note').fill(note);
  await saveDetails(form);
  await expect.poll(() => form.getByRole('status').textContent(), POLL).toBe('Saved ✓');
  const claim = (await listClaims(session)).find((c) => c.note === note);
  expect(claim).toMatchObject({ seenUrl: page.url(), selectors: { quote: { exact: QUOTE } } });
  return claim!;
}

/** Hovers "Donald Trump", waits for his card, and moves away until it closes. */
async function hoverCard(page: Page) {
  const point = await pointOf(page, 'Donald Trump');
  await page.mouse.move(point.x - 40, point.y - 40);
  await page.mouse.move(point.x, point.y, { steps: 3 });
  await expect
    .poll(async () => (await visibleOwnUi(page, '.bs-popover h2'))?.text, POLL)
    .toBe('Donald Trump');
  // Away until it closes; not with Esc, which in a modal dialog would close the page's dialog too.
  await page.mouse.move(5, 5, { steps: 3 });
  await expect.poll(async () => visibleOwnUi(page, '.bs-popover'), POLL).toBeUndefined();
}

describe('pages that reach for Backstory’s UI', () => {
  it('a page squatting on custom-element names cannot read the card or swap the form, and the UI works', async () => {
    const page = await open(`${b}/squat.html`);
    await hoverCard(page);
    await markWithMouse(page, 'Marked on the squatting page');
    // What the page's own poll would have found by now, read once more.
    await attack(page, 'window.attack.read()');
    const got = await attack<{ stolen: string[]; swapped: string[]; defined: string[] }>(
      page,
      '({ stolen: window.attack.stolen, swapped: window.attack.swapped, defined: window.attack.defined })',
    );
    expect(got.defined).toContain('backstory-ui');
    expect(got).toMatchObject({ stolen: [], swapped: [] });
    await page.close();
  });

  it('a page that disables shadow roots for those names cannot keep the UI away', async () => {
    const page = await open(`${b}/disabled.html`);
    await hoverCard(page);
    await markWithMouse(page, 'Marked on the disabledFeatures page');
    await attack(page, 'window.attack.read()');
    expect(await attack<string[]>(page, 'window.attack.stolen')).toEqual([]);
    await page.close();
  });

  it('a page that patched the DOM’s prototypes in its own world catches nothing of Backstory’s', async () => {
    const page = await open(`${b}/patched.html`);
    await hoverCard(page);
    await markWithMouse(page, 'Marked on the patched page');
    const got = await attack<{ calls: string[]; root?: unknown }>(
      page,
      '({ calls: window.attack.calls, root: !!window.attack.root })',
    );
    expect(got).toEqual({ calls: [], root: false });
    await page.close();
  });

  it('a page that keeps removing the host makes Backstory give up its card, visibly, not fight', async () => {
    const page = await open(`${b}/remover.html`);
    const point = await pointOf(page, 'Donald Trump');
    await page.mouse.move(point.x - 40, point.y - 40);
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await expect.poll(async () => (await pageMentions(page)).uiBlocked, POLL).toBe('interference');
    const removed = await attack<number>(page, 'window.attack.removed');
    expect(removed).toBeGreaterThan(0);
    // Nothing of Backstory's is left on the page, and nothing more is added.
    await page.mouse.move(point.x - 40, point.y - 40);
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await pageMentions(page);
    expect(await attack<number>(page, 'window.attack.removed')).toBe(removed);
    // The reader is told: on the toolbar button, and in the side panel, which still works.
    const tabId = await session.tabIdOf(page);
    expect(await session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('!');
    const panel = await session.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await expect
      .poll(() => panel.getByText(/keeps removing or hiding Backstory’s card/).count(), POLL)
      .toBe(1);
    await expect
      .poll(() => panel.getByRole('button', { name: /Donald Trump/ }).count(), POLL)
      .toBeGreaterThan(0);
    await panel.close();
    await page.close();
  });
});

describe('clicks a page steers', () => {
  it('a masked button, drawn in place, saves nothing; unmasked, it saves', async () => {
    const before = (await listClaims(session)).length;
    const page = await open(`${b}/masked.html`);
    await select(page, QUOTE);
    await clickOwnUi(page, '.bs-mark-button');
    await expect
      .poll(async () => (await visibleOwnUi(page, '.bs-error'))?.text, POLL)
      .toBe('Not saved: the page has masked Backstory’s button.');
    expect(await listClaims(session)).toHaveLength(before);

    await page.evaluate(() => document.documentElement.classList.remove('masked'));
    await clickOwnUi(page, '.bs-marker button', 'Close');
    await page.evaluate(() => document.getSelection()!.removeAllRanges());
    await select(page, QUOTE);
    await clickOwnUi(page, '.bs-mark-button');
    const form = await claimForm(page);
    await expect.poll(() => form.getByRole('status').textContent(), POLL).toBe('Saved ✓');
    expect(await listClaims(session)).toHaveLength(before + 1);
    await page.close();
  });

  it('the double-click trap saves nothing: the button had only just appeared under the pointer', async () => {
    // The trap needs its second press within the dwell of the button appearing, as a real
    // double-click has it; on a machine too busy for that, the attempt proves nothing and is
    // made again (a press after the dwell is a deliberate click and may save: count afresh).
    for (let attempt = 1; ; attempt++) {
      const before = (await listClaims(session)).length;
      const page = await open(`${b}/trap.html`);
      const bait = await page.evaluate(() => {
        const box = document.getElementById('bait')!.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      });
      await page.mouse.move(bait.x, bait.y);
      await page.mouse.down({ clickCount: 1 });
      await page.mouse.up({ clickCount: 1 });
      // The second press follows as soon as Backstory's UI is under the pointer, as the page
      // sees it: its host opened (the page saw its 'beforetoggle') and answers hit tests there.
      await page.waitForFunction(
        ([x, y]) =>
          (window as unknown as { attack: { opened: number[] } }).attack.opened.length > 0 &&
          document.elementFromPoint(x!, y!)?.parentElement === document.documentElement,
        [bait.x, bait.y],
      );
      await page.mouse.down({ clickCount: 2 });
      await page.mouse.up({ clickCount: 2 });
      const { opened, presses } = await attack<{ opened: number[]; presses: number[] }>(
        page,
        'window.attack',
      );
      if (presses.at(-1)! - opened[0]! >= DWELL_MS) {
        await page.close();
        if (attempt < 5) continue;
        throw new Error('The machine never managed a double-click within the dwell: nothing was tested');
      }
      // What the press reached has been handled once the content script has answered twice.
      await pageMentions(page);
      await pageMentions(page);
      const refused = (await visibleOwnUi(page, '.bs-error'))?.text;
      // Whatever the press reached, it opened no claim form and saved nothing.
      expect(page.frames().some((f) => f.url().includes('/claim-form.html'))).toBe(false);
      expect(await listClaims(session)).toHaveLength(before);
      if (refused === undefined) {
        // On a busy machine the panel can still be settling where the selection moved, so the
        // press and release missed "Mark claim" (no click on it, nothing to refuse or save): the
        // trap was not sprung on the button, and the attempt proves nothing.
        await page.close();
        if (attempt < 5) continue;
        throw new Error('In five attempts no second press on “Mark claim” was refused with a message');
      }
      // The second press landed on "Mark claim", which refused it.
      expect(refused).toBe('Not saved: Backstory’s button had only just appeared or moved; try again.');
      await page.close();
      break;
    }
  });

  it('a synthetic release offers nothing; the reader’s own key does', async () => {
    const page = await open(`${b}/synthetic.html`);
    await page.evaluate(() => (window as unknown as { attack: { fire(): void } }).attack.fire());
    // Everything the content script had queued has run by the time it answers twice.
    await pageMentions(page);
    await pageMentions(page);
    expect(await visibleOwnUi(page, '.bs-mark-button')).toBeUndefined();
    expect(await attack<number>(page, 'window.attack.opened')).toBe(0);
    await page.keyboard.press('Shift');
    await readyOwnUi(page, '.bs-mark-button');
    await page.close();
  });

  it('inside a modal dialog, Backstory’s UI is drawn above it and its clicks count', async () => {
    const page = await open(`${b}/modal.html`);
    await hoverCard(page);
    const claim = await markWithMouse(page, 'Marked inside a modal dialog');
    expect(claim.seenUrl).toBe(`${b}/modal.html`);
    expect(await page.evaluate(() => document.querySelector('dialog')!.matches(':modal'))).toBe(true);
    await page.close();
  });
});

describe('highlights the page rewrites', () => {
  it('a range the page adds to the reader’s claims is taken out, and the style sheet put back', async () => {
    const page = await open(`${b}/restyle.html`);
    await markWithMouse(page, 'Marked on the restyling page');
    await expect.poll(async () => (await seen(page)).highlights['backstory-claim'], POLL).toEqual([QUOTE]);
    const original = await attack<string[]>(page, 'window.attack.rules()');
    expect(original.join('\n')).toContain('::highlight(backstory-claim)');
    expect(await attack<number>(page, 'window.attack.rewrite()')).toBeGreaterThan(0);
    expect((await seen(page)).highlights['backstory-claim']).toContain(
      'This page is trustworthy, says everyone.',
    );
    await expect.poll(async () => (await seen(page)).highlights['backstory-claim'], POLL).toEqual([QUOTE]);
    await expect.poll(() => attack<string[]>(page, 'window.attack.rules()'), POLL).toEqual(original);
    expect(await page.evaluate(() => CSS.highlights.get('backstory-claim')!.priority)).toBe(0);
    await page.close();
  });
});
