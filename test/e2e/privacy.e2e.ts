/**
 * Backstory makes no network requests, and its manifest asks for no more than it uses. Every
 * request the browser makes in a full session (browsing, hovering, reading a source, marking a
 * claim with a note, exporting every format) goes through a recording proxy; only the pages the
 * test itself opened may appear there.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPageHtml } from '../../scripts/demo/news-page';
import { extensionDir } from '../../scripts/lib/build';
import { clickOwnUi, visibleOwnUi } from '../../scripts/lib/own-ui';
import { claimForm, pointOf, saveDetails, select } from './claim-page';
import { startSession, wireMessage, type Session } from './harness';
import { startRecordingProxy, type RecordedRequest, type RecordingProxy } from './recording-proxy';
import { POLL } from '../poll';
import { namesDrawn } from './names-drawn';

let session: Session;
let proxy: RecordingProxy;

beforeAll(async () => {
  proxy = await startRecordingProxy(() => session?.server.url ?? 'http://127.0.0.1:1/');
  session = await startSession({ pages: { '/demo.html': demoPageHtml() } }, { args: proxy.args });
});
afterAll(async () => {
  await session?.close();
  await proxy?.close();
});

const FORMATS = ['json', 'w3c', 'csv', 'md', 'csl'];

/**
 * Hosts Chromium itself calls whatever the flags (network time, sign-in, component and extension
 * updates). Requests to them are the browser's, not Backstory's: the last test checks that the
 * built extension names none of them, so this allowance cannot hide a request of ours.
 */
const BROWSER_SERVICE = /^(?:[\w-]+\.)*(?:google\.com|googleapis\.com|gvt1\.com|gstatic\.com)(?::\d+)?$/;

function hostOf(request: RecordedRequest): string {
  return request.method === 'CONNECT' ? request.url : new URL(request.url).host;
}

describe('privacy', () => {
  it('sends nothing anywhere during a full session: browse, hover, read, mark, export', async () => {
    const page = await session.context.newPage();
    await page.goto(new URL('demo.html', session.server.url).href);
    await namesDrawn(page);

    // Hover a name, then open one of its sources in the reader.
    const point = await pointOf(page, 'Donald Trump');
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await expect.poll(async () => (await visibleOwnUi(page, '.bs-popover')) !== undefined, POLL).toBe(true);
    const [reader] = await Promise.all([
      session.context.waitForEvent('page'),
      clickOwnUi(page, '.bs-popover .bs-source'),
    ]);
    await reader.waitForLoadState();
    expect(reader.url()).toContain('/reader.html');
    await reader.close();

    // Mark a claim and give it a note.
    await select(page, 'Donald Trump');
    const tabId = await session.tabIdOf(page);
    await session.sendToTab(tabId, wireMessage('markSelection', {}));
    const form = await claimForm(page);
    await expect.poll(() => form.getByRole('status').textContent(), POLL).toBe('Saved ✓');
    await form.getByLabel('Note').fill('Checked against the seed sources.');
    await saveDetails(form);
    await expect.poll(() => form.getByRole('status').textContent(), POLL).toBe('Saved ✓');

    // Export every format from the side panel, and visit the other extension pages.
    const panel = await session.openExtensionPage(`sidepanel.html?tabId=${tabId}&tab=claims`);
    await panel.getByRole('button', { name: 'All claims' }).click();
    for (const format of FORMATS) {
      await panel.getByLabel('Export format').selectOption(format);
      const [file] = await Promise.all([
        panel.waitForEvent('download'),
        panel.getByRole('button', { name: 'Export', exact: true }).click(),
      ]);
      expect(await file.failure()).toBeNull();
    }
    for (const path of ['options.html', `popup.html?tabId=${tabId}`]) {
      const extensionPage = await session.openExtensionPage(path);
      await extensionPage.waitForLoadState('networkidle');
      await extensionPage.close();
    }
    await panel.close();
    await page.close();

    const origin = new URL(session.server.url).origin;
    const seen = proxy.requests
      .filter((r) => !BROWSER_SERVICE.test(hostOf(r)))
      .map((r) => `${r.method} ${r.url}`);
    // The recorder works: it saw the page the test opened…
    expect(seen).toContain(`GET ${origin}/demo.html`);
    // …and nothing else but what the browser itself asks of a page it shows.
    const allowed = new Set([`GET ${origin}/demo.html`, `GET ${origin}/favicon.ico`]);
    expect(seen.filter((request) => !allowed.has(request))).toEqual([]);
    const fromExtension = proxy.requests.filter((r) =>
      [r.headers.origin, r.headers.referer].some((h) => h?.startsWith('chrome-extension://')),
    );
    expect(fromExtension).toEqual([]);
  });

  it('would have seen a request from the extension (the recorder is not blind)', async () => {
    const before = proxy.requests.length;
    await session.worker.evaluate(() => fetch('http://backstory-privacy-check.invalid/').catch(() => 0));
    expect(proxy.requests.slice(before).map((r) => r.url)).toContain(
      'http://backstory-privacy-check.invalid/',
    );
  });

  it('names no host in its code but the namespaces of the formats it writes', async () => {
    const dir = extensionDir('chrome');
    const hosts = new Set<string>();
    for (const file of await readdir(dir, { recursive: true })) {
      if (!/\.(js|html|json|css)$/.test(file)) continue;
      const text = await readFile(join(dir, file), 'utf8');
      for (const [, host] of text.matchAll(/\b(?:https?|wss?):\/\/([\w.-]+)/g)) hosts.add(host!);
    }
    // W3C and JSON Schema namespaces are identifiers in the JSON-LD and schemas; neither is ever
    // fetched. (MDN, named in an error message of WXT's shadow-root helper, left with that helper:
    // Backstory builds its own UI host, lib/dom/ui-host.ts.)
    expect([...hosts].filter((h) => BROWSER_SERVICE.test(h))).toEqual([]);
    expect([...hosts].toSorted()).toEqual(['json-schema.org', 'www.w3.org'].toSorted());
  });

  it('asks for two permissions and exposes only the claim form, under a changing URL', async () => {
    const manifest = (await session.worker.evaluate(() => chrome.runtime.getManifest())) as {
      permissions?: string[];
      host_permissions?: string[];
      optional_permissions?: string[];
      externally_connectable?: unknown;
      web_accessible_resources?: { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[];
      content_security_policy?: unknown;
    };
    expect(manifest.permissions?.toSorted()).toEqual(['contextMenus', 'sidePanel']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
    // Extension pages keep Chromium's default policy: no remote or inline script, no eval.
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.web_accessible_resources).toEqual([
      { resources: ['claim-form.html'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true },
    ]);

    // A page cannot find the form under the extension's fixed id, nor message the extension.
    const page = await session.context.newPage();
    await page.goto(new URL('demo.html', session.server.url).href);
    const probe = await page.evaluate(async (id) => {
      const fetched = await fetch(`chrome-extension://${id}/claim-form.html`).then(
        (r) => r.status,
        () => 'refused',
      );
      const chromeApi = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome;
      return { fetched, canMessage: typeof chromeApi?.runtime?.sendMessage === 'function' };
    }, session.extensionId);
    expect(probe).toEqual({ fetched: 'refused', canMessage: false });
    await page.close();
  });
});
