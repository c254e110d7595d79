import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPageHtml } from '../../scripts/demo/news-page';
import { queryOwnUi, visibleOwnUi } from '../../scripts/lib/own-ui';
import { chooseAction, highlighted } from './card-page';
import { pointOf } from './claim-page';
import { startSession, wireMessage, type Session } from './harness';
import { POLL } from '../poll';

let session: Session;

beforeAll(async () => {
  session = await startSession({
    pages: {
      '/demo.html': demoPageHtml(),
      '/long.html': `<!doctype html><html lang="en"><head><title>Long</title></head><body>${Array.from(
        { length: 600 },
        (_, i) => `<p id="p${i}">Paragraph ${i}: Asim Munir met Pakistan's partners again.</p>`,
      ).join('')}</body></html>`,
      '/fallback.html': `<!doctype html><html lang="en"><head><title>Summit</title></head><body>
<p>Officials discussed the Gaza peace summit on Monday.</p><p id="later"></p></body></html>`,
    },
  });
  // Every mention drawn: these tests check what is found and where it is drawn (the quiet
  // default, the first mention per section, is tested in reader-quiet.e2e.ts).
  await session.updateSettings({ highlightScope: 'all' });
});
afterAll(async () => {
  await session?.close();
});

/**
 * Everything a reader scrolling through the page would see highlighted: Backstory draws only
 * what is near the viewport, so the page is scrolled top to bottom and the highlights unioned.
 */
async function highlightedWhileScrolling(page: Page, name: string): Promise<string[]> {
  const seen = new Set<string>();
  for (let y = 0; ; y += 700) {
    await page.evaluate((top) => scrollTo(0, top), y);
    // The intersection observer reports in the task after a frame's rendering; Backstory draws
    // what it reports at once. Two frames and a task later, the report has been handled.
    await page.evaluate(
      () =>
        new Promise((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))),
        ),
    );
    for (const text of await highlighted(page, name)) seen.add(text);
    const bottom = await page.evaluate(
      () => scrollY + innerHeight >= document.documentElement.scrollHeight - 2,
    );
    if (bottom) break;
  }
  await page.evaluate(() => scrollTo(0, 0));
  return [...seen];
}

/** Backstory's popover, read through the DevTools protocol (it lives in a closed shadow root). */
const popover = {
  isVisible: async (page: Page) => (await visibleOwnUi(page, '.bs-popover')) !== undefined,
  heading: async (page: Page) => (await visibleOwnUi(page, '.bs-popover h2'))?.text,
};

let demoRuns = 0;

/** Opens the demo page under a URL of its own, so tab lookups never find a leftover page. */
async function openDemo() {
  const page = await session.context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  // A page-side observer, installed before any content script runs, records every mutation.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { backstoryTestMutations: string[] }).backstoryTestMutations = seen;
    // Start once the parser is done (content scripts run later, at document_idle).
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        // Backstory's host: a <div> it adds to <html> (or an open modal dialog) as a manual popover.
        const host = (node: Node | null) =>
          node instanceof HTMLDivElement &&
          node.getAttribute('popover') === 'manual' &&
          (node.parentNode === document.documentElement || node.parentNode instanceof HTMLDialogElement);
        const added = [...record.addedNodes].filter((n) => !host(n));
        const removed = [...record.removedNodes].filter((n) => !host(n));
        if (record.type === 'childList' && added.length === 0 && removed.length === 0) continue;
        if (host(record.target) || host(record.target.parentNode)) continue;
        seen.push(`${record.type} on ${record.target.nodeName}`);
      }
    });
    document.addEventListener('DOMContentLoaded', () =>
      observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true }),
    );
  });
  await page.goto(new URL(`demo.html?run=${++demoRuns}`, session.server.url).href);
  await expect
    .poll(async () => (await highlighted(page, 'backstory-actor')).length, POLL)
    .toBeGreaterThan(50);
  return { page, errors };
}

describe('detection on the demo page', () => {
  it('registers actor and event highlights for the right words', async () => {
    const { page, errors } = await openDemo();
    const actors = await highlightedWhileScrolling(page, 'backstory-actor');
    const events = await highlightedWhileScrolling(page, 'backstory-event');
    expect(actors).toEqual(expect.arrayContaining(['Donald Trump', 'Michael Izhakov', 'Pakistan', 'US']));
    // A title and the name it introduces are one mention ("Chief of the Army Staff General Asim Munir").
    expect(actors.some((t) => t.endsWith('General Asim Munir'))).toBe(true);
    expect(events).toEqual(expect.arrayContaining(['Operation Sindoor', 'Sharm el-Sheikh summit']));
    // Demonyms are not mentions.
    expect(actors.some((t) => /^(Pakistani|Israeli)$/.test(t))).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the right card on hover, keeps it while hovered, and closes it with Esc', async () => {
    const { page, errors } = await openDemo();
    const point = await pointOf(page, 'Asim Munir');
    await page.mouse.move(point.x - 60, point.y - 60);
    await page.mouse.move(point.x, point.y, { steps: 4 });
    await expect.poll(() => popover.isVisible(page), POLL).toBe(true);
    const dialog = (await visibleOwnUi(page, '.bs-popover'))!;
    expect(dialog.attributes['role']).toBe('dialog');
    expect(await popover.heading(page)).toBe('Asim Munir');
    expect((await queryOwnUi(page, '.bs-popover .bs-badge')).length).toBeGreaterThanOrEqual(2);
    // Moving onto the popover keeps it open (WCAG 1.4.13: hoverable).
    const box = { x: dialog.x - dialog.width / 2, y: dialog.y - dialog.height / 2, width: dialog.width };
    // In one move, so no step lands between the two (where the grace period would start).
    await page.mouse.move(box.x + box.width / 2, box.y + 20);
    // Once Backstory has seen the pointer on its card, no close is pending: the card stays.
    await expect
      .poll(async () => (await queryOwnUi(page, '.bs-popover'))[0]?.attributes['data-pointer'], POLL)
      .toBe('own-ui');
    expect(await popover.isVisible(page)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => popover.isVisible(page), POLL).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('never mutates the page outside its own host element', async () => {
    const { page } = await openDemo();
    const point = await pointOf(page, 'Donald Trump');
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await expect.poll(() => popover.isVisible(page), POLL).toBe(true);
    const mutations = await page.evaluate(
      () => (window as unknown as { backstoryTestMutations: string[] }).backstoryTestMutations,
    );
    // The only change allowed is inserting Backstory's own host element.
    expect(mutations).toEqual([]);
    await page.close();
  });

  it('steps through mentions from the keyboard path and opens the popover with focus', async () => {
    const { page } = await openDemo();
    const tabId = await session.tabIdOf(page);
    const first = (await session.sendToTab(tabId, wireMessage('stepMention', { direction: 1 }))) as {
      res: { ok: boolean; value: boolean };
    };
    expect(first.res).toEqual({ ok: true, value: true });
    await expect.poll(() => popover.isVisible(page), POLL).toBe(true);
    const firstLabel = await popover.heading(page);
    // Focus is in Backstory's UI: from the page, on its host (the popover div on <html>).
    expect(
      await page.evaluate(
        () =>
          document.activeElement?.parentNode === document.documentElement &&
          document.activeElement.getAttribute('popover') === 'manual',
      ),
    ).toBe(true);
    await session.sendToTab(tabId, wireMessage('stepMention', { direction: 1 }));
    await expect.poll(() => popover.heading(page), POLL).not.toBe(firstLabel);
    await session.sendToTab(tabId, wireMessage('stepMention', { direction: -1 }));
    await expect.poll(() => popover.heading(page), POLL).toBe(firstLabel);
    const manifest = await session.worker.evaluate(() => chrome.runtime.getManifest());
    expect(Object.keys(manifest.commands ?? {})).toEqual(
      expect.arrayContaining(['next-mention', 'previous-mention']),
    );
    await page.close();
  });

  it('puts its highlights back when the page clears CSS.highlights', async () => {
    const { page } = await openDemo();
    await page.evaluate(() => CSS.highlights.clear());
    expect(await page.evaluate(() => CSS.highlights.has('backstory-actor'))).toBe(false);
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('backstory-actor')), POLL).toBe(true);
    await page.close();
  });

  it('lists what it found for the side panel, and reveals a mention', async () => {
    const { page } = await openDemo();
    const tabId = await session.tabIdOf(page);
    const panel = await session.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    const people = panel.getByRole('region', { name: 'People' });
    await expect
      .poll(() => people.getByRole('button', { name: 'Donald Trump', exact: true }).count(), POLL)
      .toBe(1);
    const events = panel.getByRole('region', { name: 'Events' });
    expect(await events.getByRole('button', { name: 'Operation Sindoor', exact: true }).count()).toBe(1);
    await people.getByRole('button', { name: 'Michael Izhakov', exact: true }).click();
    await expect
      .poll(async () => (await highlighted(page, 'backstory-flash')).join(), POLL)
      .toBe('Michael Izhakov');
    await panel.close();
    await page.close();
  });
});

describe('drawing near the viewport', () => {
  it('keeps only mentions near the viewport in the page highlights, and follows scrolling', async () => {
    const page = await session.context.newPage();
    await page.goto(new URL('long.html', session.server.url).href);
    const tabId = await session.tabIdOf(page);
    const found = async () => {
      const reply = (await session.sendToTab(tabId, wireMessage('pageMentions', {}))) as {
        res: { value: { entities: { count: number }[] } };
      };
      return reply.res.value.entities.reduce((sum, e) => sum + e.count, 0);
    };
    // Every mention is found (two per paragraph)...
    await expect.poll(found, POLL).toBe(1200);
    // ...but only those within a few screens are registered with the browser.
    const drawn = () => page.evaluate(() => CSS.highlights.get('backstory-actor')?.size ?? 0);
    await expect.poll(drawn, POLL).toBeGreaterThan(0);
    expect(await drawn()).toBeLessThan(400);
    const isDrawn = (id: string) =>
      page.evaluate((target) => {
        const paragraph = document.getElementById(target)!;
        return [...(CSS.highlights.get('backstory-actor') ?? [])].some((r) =>
          paragraph.contains(r.startContainer),
        );
      }, id);
    expect(await isDrawn('p0')).toBe(true);
    expect(await isDrawn('p599')).toBe(false);
    await page.evaluate(() => document.getElementById('p599')!.scrollIntoView());
    await expect.poll(() => isDrawn('p599'), POLL).toBe(true);
    await expect.poll(() => isDrawn('p0'), POLL).toBe(false);
    expect(await drawn()).toBeLessThan(400);
    await page.close();
  });
});

describe('context-dependent aliases', () => {
  it('links the shorter self-sufficient alias while the longer one lacks context, and switches when context comes', async () => {
    const page = await session.context.newPage();
    await page.goto(new URL('fallback.html', session.server.url).href);
    // "Gaza peace summit" needs the page to name the summit; until then "Gaza" links by itself.
    await expect.poll(() => highlighted(page, 'backstory-actor'), POLL).toEqual(['Gaza']);
    expect(await highlighted(page, 'backstory-event')).toEqual([]);
    await page.evaluate(() => {
      document.getElementById('later')!.textContent = 'The Sharm el-Sheikh summit ended on Tuesday.';
    });
    await expect
      .poll(async () => (await highlighted(page, 'backstory-event')).toSorted(), POLL)
      .toEqual(['Gaza peace summit', 'Sharm el-Sheikh summit']);
    // The places inside the two events are mentions of their own (nested mentions, #13).
    expect((await highlighted(page, 'backstory-actor')).toSorted()).toEqual(['Gaza', 'Sharm el-Sheikh']);
    await page.close();
  });
});

describe('detection in frames and settings', () => {
  it('runs in iframes too', async () => {
    const page = await session.openFixture('article.html');
    const frame = page.frames().find((f) => f.url().endsWith('/frame.html'))!;
    await expect
      .poll(() => frame.evaluate(() => CSS.highlights.get('backstory-actor')?.size ?? 0), POLL)
      .toBeGreaterThan(0);
    await page.close();
  });

  it('stops linking an alias the reader marked as wrong on that site, until they undo it', async () => {
    const { page } = await openDemo();
    const before = await highlighted(page, 'backstory-actor');
    expect(before).toContain('Michael Izhakov');
    const point = await pointOf(page, 'Michael Izhakov');
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await expect.poll(() => popover.isVisible(page), POLL).toBe(true);
    await chooseAction(page, 'Wrong link: not Michael Izhakov here');
    await expect
      .poll(async () => (await highlighted(page, 'backstory-actor')).includes('Michael Izhakov'), POLL)
      .toBe(false);

    const options = await session.openExtensionPage('options.html');
    const undo = options.getByRole('button', {
      name: /Link “michael izhakov” to Michael Izhakov on 127\.0\.0\.1 again/,
    });
    await undo.click();
    await expect
      .poll(async () => (await highlighted(page, 'backstory-actor')).includes('Michael Izhakov'), POLL)
      .toBe(true);
    await options.close();
    await page.close();
  });

  it('pauses on a site from the popover and resumes from the popup', async () => {
    const { page } = await openDemo();
    const point = await pointOf(page, 'Donald Trump');
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await expect.poll(() => popover.isVisible(page), POLL).toBe(true);
    await chooseAction(page, 'Pause Backstory on this site');
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.get('backstory-actor')?.size ?? 0), POLL)
      .toBe(0);
    const tabId = await session.tabIdOf(page);
    const settings = await session.openExtensionPage('options.html');
    expect(await settings.getByRole('list', { name: 'Paused sites' }).textContent()).toContain('127.0.0.1');
    const resume = (await settings.evaluate(
      (m) => chrome.runtime.sendMessage(m),
      wireMessage('setSitePaused', { site: '127.0.0.1', paused: false }),
    )) as { res: { ok: boolean } };
    expect(resume.res.ok).toBe(true);
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.get('backstory-actor')?.size ?? 0), POLL)
      .toBeGreaterThan(50);
    expect(tabId).toBeGreaterThan(0);
    await settings.close();
    await page.close();
  });
});
