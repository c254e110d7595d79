/**
 * Pages cannot see or drive Backstory: nothing is announced to the page, imitations of its
 * events and elements are ignored, and the manifest exposes nothing a page could reach.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, wireMessage, type Session } from './harness';
import { POLL } from '../poll';

let session: Session;

const article = (body: string) =>
  `<!doctype html><html lang="en"><head><title>Hardening</title></head><body>${body}</body></html>`;

beforeAll(async () => {
  session = await startSession({
    pages: {
      '/plain.html': article(
        '<p>Field Marshal Asim Munir met Donald Trump in Washington.</p><p id="later"></p>',
      ),
      '/lookalike.html': article(
        '<p>Shehbaz Sharif spoke.</p><backstory-ui><p>Field Marshal Asim Munir travelled.</p></backstory-ui>',
      ),
    },
  });
});
afterAll(async () => {
  await session?.close();
});

/** Opens a page with a page-side recorder of every `message` event the window receives. */
async function openRecorded(path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { recordedMessages: string[] }).recordedMessages = seen;
    addEventListener('message', (event) => seen.push(JSON.stringify(event.data)), true);
  });
  await page.goto(new URL(path, session.server.url).href);
  return page;
}

async function mentionState(page: Page) {
  const tabId = await session.tabIdOf(page);
  const reply = (await session.sendToTab(tabId, wireMessage('pageMentions', {}))) as {
    res: { value: { running: boolean; entities: { id: string; count: number }[] } };
  };
  return reply.res.value;
}

describe('what a page can learn of Backstory', () => {
  it('posts nothing to the page: no message reveals that Backstory runs, or its id', async () => {
    const page = await openRecorded('plain.html');
    await expect.poll(async () => (await mentionState(page)).running, POLL).toBe(true);
    const messages = (await page.evaluate('window.recordedMessages')) as string[];
    expect(messages.filter((m) => m.includes(session.extensionId) || m.includes('wxt'))).toEqual([]);
    await page.close();
  });
});

describe('what a page can make Backstory do', () => {
  it('keeps running when the page imitates the event that stops an outdated content script', async () => {
    const page = await openRecorded('plain.html');
    await expect.poll(async () => (await mentionState(page)).running, POLL).toBe(true);
    await page.evaluate((id) => {
      for (const name of [`${id}:content:wxt:content-script-started`, 'wxt:content-script-started'])
        document.dispatchEvent(
          new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'forged' } }),
        );
    }, session.extensionId);
    // Still running, and still reading what the page adds.
    await page.evaluate(() => {
      document.getElementById('later')!.textContent = 'Shehbaz Sharif replied.';
    });
    await expect
      .poll(async () => (await mentionState(page)).entities.map((e) => e.id), POLL)
      .toContain('shehbaz-sharif');
    expect((await mentionState(page)).running).toBe(true);
    expect(await page.evaluate(() => CSS.highlights.get('backstory-actor')?.size ?? 0)).toBeGreaterThan(0);
    await page.close();
  });

  it('reads a page element that merely bears the name of its UI like any other text', async () => {
    const page = await session.context.newPage();
    await page.goto(new URL('lookalike.html', session.server.url).href);
    await expect
      .poll(async () => (await mentionState(page)).entities.map((e) => e.id).toSorted(), POLL)
      .toEqual(['asim-munir', 'shehbaz-sharif']);
    await page.close();
  });
});
