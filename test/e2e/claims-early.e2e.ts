/**
 * A claim links the names in its passage however soon it is marked: before the scan has read the
 * page (the context menu or shortcut as a busy page loads), and on a page whose components hold
 * names of their own in shadow roots (another tree than the passage's).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { claimForm, listClaims, select } from './claim-page';
import { openControlPage, type ControlPage } from './control-page';
import { startSession, wireMessage, type Session } from './harness';
import { POLL } from '../poll';

const PASSAGE = 'met Donald Trump for lunch at the White House';
const last = `<p>In the end Asim Munir ${PASSAGE}, officials said.</p>`;
/**
 * A page that keeps its main thread busy for a while as it loads (ads, analytics): never idle,
 * so Backstory's scan waits its longest (a second) for the page to settle before it reads.
 */
const busy = `<script>
const until = performance.now() + 30000;
const channel = new MessageChannel();
channel.port1.onmessage = () => {
  const end = performance.now() + 6;
  while (performance.now() < end);
  if (performance.now() < until) channel.port2.postMessage(0);
};
channel.port2.postMessage(0);
</script>`;
/** A page component that shows a name inside its own (open) shadow root. */
const component = `<div id="byline"></div><script>
document.getElementById('byline').attachShadow({ mode: 'open' }).innerHTML = '<p>Interview: Masoud Pezeshkian on the talks.</p>';
</script>`;

const page = (title: string, body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${title}</title></head><body><article><h1>${title}</h1>
<p>Pakistan’s prime minister Shehbaz Sharif spoke in Islamabad.</p>${body}</article></body></html>`;

const pages: Record<string, string> = {
  '/busy.html': page('A busy page', `${busy}\n${last}`),
  '/component.html': page('A page with a component', `${component}\n${last}`),
  '/resumed.html': page('A page on a site the reader resumes', last),
};

let session: Session;
let control: ControlPage;
beforeAll(async () => {
  session = await startSession({ pages });
  control = await openControlPage(session);
});
afterAll(async () => {
  await session?.close();
});

/** Marks the passage through the context menu's path and returns the claim saved from `path`. */
async function markPassage(tab: Page, tabId: number, path: string) {
  await select(tab, PASSAGE);
  const reply = (await session.sendToTab(tabId, wireMessage('markSelection', {}))) as {
    res: { value: boolean };
  };
  expect(reply.res.value).toBe(true);
  const form = await claimForm(tab);
  await expect.poll(() => form.getByRole('status').textContent(), POLL).toBe('Saved ✓');
  return (await listClaims(session)).find((claim) => claim.seenUrl.endsWith(path));
}

describe('names linked to a claim', () => {
  it('are linked on a page whose component names someone inside its shadow root', async () => {
    const tab = await session.context.newPage();
    await tab.goto(new URL('/component.html', session.server.url).href);
    // The name in the component is found and drawn: the page has been read, shadow root too.
    await expect
      .poll(
        () =>
          tab.evaluate(() =>
            [...(CSS.highlights.get('backstory-actor') ?? [])].some(
              (range) => range.startContainer.getRootNode() instanceof ShadowRoot,
            ),
          ),
        POLL,
      )
      .toBe(true);
    const claim = await markPassage(tab, await session.tabIdOf(tab), '/component.html');
    expect(claim?.entities).toContain('donald-trump');
    await tab.close();
  });

  it('are linked when the passage is marked before the scan has read the page', async () => {
    const tab = await session.context.newPage();
    await tab.goto(new URL('/busy.html', session.server.url).href);
    const tabId = await session.tabIdOf(tab);
    // Backstory has started here (its highlights are registered, empty), the scan not yet: the
    // passage is marked at once, as the shortcut does.
    await expect
      .poll(() => tab.evaluate(() => CSS.highlights.has('backstory-actor')), { ...POLL, interval: 10 })
      .toBe(true);
    const claim = await markPassage(tab, tabId, '/busy.html');
    expect(claim?.entities).toContain('donald-trump');
    await tab.close();
  });

  it('are linked when the passage is marked as the reader resumes a paused site', async () => {
    const tab = await session.context.newPage();
    await tab.goto(new URL('/resumed.html', session.server.url).href);
    const tabId = await session.tabIdOf(tab);
    const names = () => tab.evaluate(() => CSS.highlights.get('backstory-actor')?.size ?? 0);
    await expect.poll(names, POLL).toBeGreaterThan(0);
    expect(await control.background('setSitePaused', { site: '127.0.0.1', paused: true })).toMatchObject({
      ok: true,
    });
    await expect.poll(names, POLL).toBe(0);
    await select(tab, PASSAGE);
    // Resumed: the page loads the matcher again and reads itself, and the passage is marked in
    // that window, as the shortcut pressed at once would. Sent back to back from one sender, the
    // two requests arrive in order: the refresh has begun, and cannot have ended, when the mark
    // arrives.
    expect(await control.background('setSitePaused', { site: '127.0.0.1', paused: false })).toMatchObject({
      ok: true,
    });
    const reply = await control.page.evaluate(
      ([id, refresh, mark]) => {
        void chrome.tabs.sendMessage(id, refresh, { frameId: 0 });
        return chrome.tabs.sendMessage(id, mark, { frameId: 0 });
      },
      [tabId, wireMessage('refresh', {}), wireMessage('markSelection', {})] as const,
    );
    expect((reply as { res: { value: boolean } }).res.value).toBe(true);
    const form = await claimForm(tab);
    await expect.poll(() => form.getByRole('status').textContent(), POLL).toBe('Saved ✓');
    const claim = (await listClaims(session)).find((saved) => saved.seenUrl.endsWith('/resumed.html'));
    expect(claim?.entities).toContain('donald-trump');
    await tab.close();
  });
});
