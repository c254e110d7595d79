import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, wireMessage, type Session } from './harness';
import { POLL } from '../poll';

let session: Session;

beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

describe('the built extension in Chromium', () => {
  it('starts its service worker from the built manifest', async () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await session.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.name).toBe('Backstory');
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.content_scripts).toEqual([
      expect.objectContaining({ matches: ['http://*/*', 'https://*/*'], all_frames: true }),
    ]);
  });

  it('runs the content script on a web page and completes a round trip through the background', async () => {
    const page = await session.openFixture('article.html');
    const tabId = await session.tabIdOf(page);
    const nonce = `n-${Date.now()}`;
    const reply = (await session.sendToTab(tabId, wireMessage('probe', { nonce }))) as {
      res: { ok: true; value: { url: string; isTopFrame: boolean; background: unknown } };
    };
    expect(reply.res.ok).toBe(true);
    expect(reply.res.value.url).toBe(page.url());
    expect(reply.res.value.isTopFrame).toBe(true);
    expect(reply.res.value.background).toEqual({
      ok: true,
      value: { nonce, from: 'background', version: '0.1.0' },
    });
    await page.close();
  });

  it('rejects a malformed message with a located error and never calls the handler', async () => {
    const options = await session.openExtensionPage('options.html');
    const reply = (await options.evaluate(
      (message) => chrome.runtime.sendMessage(message),
      wireMessage('ping', { nonce: 42 }),
    )) as { res: { ok: false; error: { code: string; issues: { path: string }[] } } };
    expect(reply.res.ok).toBe(false);
    expect(reply.res.error.code).toBe('invalid-message');
    expect(reply.res.error.issues[0]?.path).toBe('nonce');

    const unknownKey = (await options.evaluate(
      (message) => chrome.runtime.sendMessage(message),
      wireMessage('ping', { nonce: 'ok', extra: '<img src=x onerror=alert(1)>' }),
    )) as { res: { ok: boolean; error?: { code: string } } };
    expect(unknownKey.res).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    await options.close();
  });

  it('renders the side panel for a tab', async () => {
    const page = await session.openFixture('article.html');
    const tabId = await session.tabIdOf(page);
    const panel = await session.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await expect
      .poll(() => panel.getByRole('status').textContent(), POLL)
      .toMatch(/actors and events found on this page/);
    await expect.poll(() => panel.getByText('Pakistan weighs its options').count(), POLL).toBe(1);
    await panel.close();
    await page.close();
  });

  it('renders the options page and keeps a changed setting', async () => {
    const options = await session.openExtensionPage('options.html');
    const select = options.getByLabel('Mark them with');
    await expect.poll(() => select.inputValue(), POLL).toBe('underline');
    await select.selectOption('background');
    // The page's other status lines (the claims section's) are there too, empty until they speak.
    const spoken = options.getByRole('status').filter({ hasText: /\S/ });
    await expect.poll(() => spoken.textContent(), POLL).toBe('Saved.');
    await options.reload();
    await expect.poll(() => options.getByLabel('Mark them with').inputValue(), POLL).toBe('background');
    await options.close();
  });

  it('renders the popup', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await expect.poll(() => popup.getByRole('heading', { name: 'Backstory' }).count(), POLL).toBe(1);
    await expect.poll(() => popup.getByRole('button', { name: 'Open side panel' }).count(), POLL).toBe(1);
    await popup.close();
  });
});
