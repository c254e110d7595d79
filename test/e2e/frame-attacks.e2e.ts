/**
 * A hostile page with a compromised renderer frames Backstory's claim form itself, at the form's
 * real address (its content script's world knows it: `runtime.getURL`), naming a claim the reader
 * marked on another site: the form must open no claim, and nothing it sends may change the claim.
 * The same tab, moved from the reader's article to the attacker's page, gets nothing either. The
 * reader's own flow — mark, note, Save details, reopen, edit in the side panel — still works.
 *
 * The compromised renderer is played by the content script's own world (through the DevTools
 * protocol): it can do exactly what such a renderer can, frame an extension page the page may
 * frame, at an address it chooses.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server';
import { claimForm, clickMarkClaim, listClaims, saveDetails, select } from './claim-page';
import { POLL } from '../poll';
import { namesDrawn } from './names-drawn';
import { startSession, wireMessage, type Session } from './harness';

const QUOTE = 'was greeted warmly at the Pentagon by top brass';
const article = (title: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${title}</title></head><body><article>
<p>Field Marshal Asim Munir ${QUOTE} on Tuesday.</p>
<p>He was rewarded with a private lunch meeting with President Donald Trump at the White House.</p>
</article></body></html>`;
const SECRET = 'The reader’s private note about this claim.';

let session: Session;
let hostile: StaticServer;
/** The attacker's site: another origin (localhost, where the reader's article is on 127.0.0.1). */
let evil: string;

beforeAll(async () => {
  session = await startSession({ pages: { '/article.html': article('Munir at the Pentagon') } });
  // The attacker's page, and one of its pages that embeds the reader's article in a frame.
  const embed = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Embeds</title></head>
<body><p>Shehbaz Sharif said Pakistan would wait.</p>
<iframe src="${session.server.url}article.html?run=embedded" style="width: 900px; height: 700px"></iframe></body></html>`;
  hostile = await serveStatic('/nonexistent', {
    pages: { '/evil.html': article('A copy elsewhere'), '/embed.html': embed },
  });
  evil = hostile.url.replace('127.0.0.1', 'localhost').replace(/\/$/, '');
});
afterAll(async () => {
  await session?.close();
  await hostile?.close();
});

async function open(url: string, page?: Page): Promise<Page> {
  page ??= await session.context.newPage();
  await page.goto(url);
  await namesDrawn(page);
  return page;
}

/** The reader marks QUOTE on their article and saves a note in the form: the claim's id. */
async function readerMarks(page: Page): Promise<string> {
  await select(page, QUOTE);
  await clickMarkClaim(page);
  const form = await claimForm(page);
  await expect.poll(() => form.getByRole('status').textContent(), POLL).toBe('Saved ✓');
  await form.getByLabel('Note').fill(SECRET);
  await saveDetails(form);
  await expect.poll(() => form.getByRole('status').textContent(), POLL).toBe('Saved ✓');
  return new URL(form.url()).searchParams.get('claim')!;
}

/**
 * As a compromised renderer: frames the claim form for `claim` in the page, from its content
 * script's world (the form's address with the session's dynamic id), naming the top frame as its
 * host. Returns the frame once its document has loaded.
 */
async function frameForm(page: Page, claim: string, host = 0): Promise<Frame> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const own = session.origin.replace(/\/$/, '');
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === own);
  expect(world).toBeDefined();
  await cdp.send('Runtime.evaluate', {
    contextId: world!.id,
    expression: `(() => {
      const frame = document.createElement('iframe');
      frame.id = 'stolen';
      frame.style.cssText = 'width: 600px; height: 400px';
      frame.src = chrome.runtime.getURL('/claim-form.html') + '?claim=${claim}&frame=${host}';
      document.body.append(frame);
    })()`,
  });
  await cdp.detach();
  let frame: Frame | undefined;
  await expect
    .poll(
      () =>
        (frame = page
          .mainFrame()
          .childFrames()
          .find((f) => f.url().includes(`claim=${claim}`))),
      POLL,
    )
    .toBeDefined();
  await frame!.getByRole('status').waitFor();
  return frame!;
}

/** What the stolen form shows and what it can send: its status, and the background's replies. */
async function tryStolenForm(form: Frame, claim: string) {
  await expect.poll(() => form.getByRole('status').textContent(), POLL).not.toBe('Loading…');
  const status = await form.getByRole('status').textContent();
  const notes = await form
    .locator('textarea')
    .evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value));
  // What the form's own code would send as it autosaves: the background must refuse it.
  const reply = (await form.evaluate(
    (m) => chrome.runtime.sendMessage(m),
    wireMessage('updateClaim', { id: claim, patch: { note: 'Written by the attacker.' } }),
  )) as { res: { ok: boolean } };
  return { status, notes, saved: reply.res.ok };
}

const noteOf = async (id: string) => (await listClaims(session)).find((c) => c.id === id)?.note;

describe('a page that frames the claim form itself', () => {
  it('on another site, reads and edits none of the reader’s claims', async () => {
    const reader = await open(`${session.server.url}article.html`);
    const id = await readerMarks(reader);
    expect(await noteOf(id)).toBe(SECRET);

    const page = await open(`${evil}/evil.html`);
    const stolen = await tryStolenForm(await frameForm(page, id), id);
    expect(stolen.notes).toEqual([]);
    expect(stolen.status).toMatch(/^Could not open this claim/);
    expect(stolen.saved).toBe(false);
    expect(await noteOf(id)).toBe(SECRET);
    await page.close();
    await reader.close();
  });

  it('in the tab the reader marked it in, once the tab has moved to the attacker’s site', async () => {
    const tab = await open(`${session.server.url}article.html?tab=same`);
    const id = await readerMarks(tab);
    await open(`${evil}/evil.html?tab=same`, tab);
    const stolen = await tryStolenForm(await frameForm(tab, id), id);
    expect(stolen.notes).toEqual([]);
    expect(stolen.saved).toBe(false);
    expect(await noteOf(id)).toBe(SECRET);
    await tab.close();
  });
});

/**
 * The frame id, as the background knows it, of `frame` (whose address holds `part`); a frame on
 * another site than its page runs in a process of its own, with a DevTools session of its own.
 */
async function frameIdOf(frame: Frame, part: string): Promise<number> {
  const cdp = await frame.page().context().newCDPSession(frame);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  try {
    const own = session.origin.replace(/\/$/, '');
    for (const context of contexts) {
      if (context.auxData?.type !== 'isolated' || context.origin !== own) continue;
      const { result } = await cdp.send('Runtime.evaluate', {
        contextId: context.id,
        expression: `location.href.includes(${JSON.stringify(part)}) ? chrome.runtime.sendMessage(${JSON.stringify(wireMessage('whereAmI', {}))}).then((r) => r.res.value.frameId) : -1`,
        awaitPromise: true,
        returnByValue: true,
      });
      if ((result.value as number) >= 0) return result.value as number;
    }
    throw new Error(`No frame of Backstory's at ${part}`);
  } finally {
    await cdp.detach();
  }
}

describe('a page that embeds the reader’s article', () => {
  it('lets the reader mark and note a claim in the frame, and its own frame opens none of it', async () => {
    const page = await session.context.newPage();
    await page.goto(`${evil}/embed.html`);
    const inner = () => page.frames().find((f) => f.url().includes('article.html?run=embedded'));
    await expect
      .poll(() => inner()?.evaluate(() => (CSS.highlights.get('backstory-actor')?.size ?? 0) > 0), POLL)
      .toBe(true);
    // Asked directly, the article's frame answers even with nothing selected: false, not silence.
    const frameId = await frameIdOf(inner()!, 'run=embedded');
    const tabId = await session.tabIdOf(page);
    expect(await session.sendToTab(tabId, wireMessage('markSelection', {}), frameId)).toEqual({
      res: { ok: true, value: false },
    });
    await inner()!.evaluate((quote) => {
      const node = [...document.querySelectorAll('p')].find((p) =>
        p.textContent!.includes(quote),
      )!.firstChild!;
      const at = node.textContent!.indexOf(quote);
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + quote.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    }, QUOTE);
    // The context menu's path, in the article's frame.
    await session.sendToTab(tabId, wireMessage('markSelection', {}), frameId);
    const form = await claimForm(page);
    await expect.poll(() => form.getByRole('status').textContent(), POLL).toBe('Saved ✓');
    // The names offered to link are the article's, not those of the page around it.
    const offered = () =>
      form
        .getByLabel('Link another actor or event')
        .locator('option')
        .evaluateAll((options) => options.map((o) => o.textContent ?? ''));
    await expect.poll(async () => (await offered()).some((o) => o.includes('Trump')), POLL).toBe(true);
    expect((await offered()).filter((o) => o.includes('Sharif'))).toEqual([]);
    await form.getByLabel('Note').fill('Noted inside the frame.');
    await saveDetails(form);
    const id = new URL(form.url()).searchParams.get('claim')!;
    await expect.poll(() => noteOf(id), POLL).toBe('Noted inside the frame.');

    // The embedding page's renderer frames the form in its own document, naming itself as host.
    const stolen = await tryStolenForm(await frameForm(page, id, 0), id);
    expect(stolen.notes).toEqual([]);
    expect(stolen.saved).toBe(false);
    expect(await noteOf(id)).toBe('Noted inside the frame.');
    await page.close();
  });
});

describe('the reader’s own flow', () => {
  it('marks, saves a note, reopens the claim on its page and edits it in the side panel', async () => {
    const page = await open(`${session.server.url}article.html?run=reader`);
    const quote = 'rewarded with a private lunch meeting';
    await select(page, quote);
    await clickMarkClaim(page);
    let form = await claimForm(page);
    await expect.poll(() => form.getByRole('status').textContent(), POLL).toBe('Saved ✓');
    await form.getByLabel('Note').fill('First note.');
    await saveDetails(form);
    await expect.poll(() => form.getByRole('status').textContent(), POLL).toBe('Saved ✓');
    const id = new URL(form.url()).searchParams.get('claim')!;
    await expect.poll(() => noteOf(id), POLL).toBe('First note.');

    // Reopened after a reload: the page's claims are handed out again, and the form opens on it.
    await open(page.url(), page);
    await select(page, quote);
    await clickMarkClaim(page);
    form = await claimForm(page);
    await expect.poll(() => form.getByLabel('Note').inputValue(), POLL).toBe('First note.');
    await form.getByLabel('Note').fill('Second note.');
    await saveDetails(form);
    await expect.poll(() => noteOf(id), POLL).toBe('Second note.');

    const tabId = await session.tabIdOf(page);
    const panel = await session.openExtensionPage(`sidepanel.html?tabId=${tabId}&tab=claims`);
    const list = panel.getByRole('list', { name: 'Claims on this page' });
    const card = list.getByRole('listitem').filter({ hasText: quote });
    await card.getByRole('button', { name: 'Edit' }).click();
    await card.getByRole('textbox', { name: 'Note' }).fill('Edited in the side panel.');
    await card.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => noteOf(id), POLL).toBe('Edited in the side panel.');
    await panel.close();
    await page.close();
  });
});
