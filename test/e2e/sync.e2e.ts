/**
 * Team sync end to end: two browser profiles and pouchdb-server on 127.0.0.1, every request
 * through the recording proxy. A claim marked in one profile appears in the other; private claims
 * never reach the server; an edit conflict shows in both until one version is kept; the server
 * stopped and restarted loses nothing; hostile documents are refused with a reason; and the
 * extension talks to no origin but the server the reader configured.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startCouchServer, type CouchServer } from '../../scripts/lib/couch-server';
import type { SavedClaim } from '../../lib/claims/schema';
import { bundleJson } from '../../lib/export/bundle';
import { claimForm, saveDetails, select } from './claim-page';
import { wireMessage, type Session } from './harness';
import { startRecordingProxy, type RecordingProxy } from './recording-proxy';
import {
  ask,
  claimsOf,
  connectThroughOptions,
  extensionWithLoopbackAccess,
  startProfile,
  syncSection,
  syncState,
} from './sync-session';
import { POLL } from '../poll';
import { namesDrawn } from './names-drawn';

let couch: CouchServer;
let proxy: RecordingProxy;
let copy: Awaited<ReturnType<typeof extensionWithLoopbackAccess>> | undefined;
let a: Session;
let b: Session;
let optionsA: Page;
let optionsB: Page;
/** A wait that spans the server's restart and sync's pause before it tries again. */
const RESUME = { timeout: 120_000 } as const;

beforeAll(async () => {
  couch = await startCouchServer();
  proxy = await startRecordingProxy(() =>
    [couch.url, a?.server.url, b?.server.url].filter((u): u is string => !!u),
  );
  copy = await extensionWithLoopbackAccess();
  a = await startProfile(copy.dir, proxy.args);
  b = await startProfile(copy.dir, proxy.args);
}, 180_000);
afterAll(async () => {
  await a?.close();
  await b?.close();
  await proxy?.close();
  await couch?.close();
  await copy?.remove();
});

const serverDocs = async () =>
  (
    await couch.request<{ rows: { id: string; doc: { _deleted?: boolean } & Record<string, unknown> }[] }>(
      'GET',
      '/team/_all_docs?include_docs=true',
    )
  ).json.rows;
const statusText = syncState;

async function markOnDemoPage(session: Session, text: string, tags: string): Promise<void> {
  const page = await session.context.newPage();
  await page.goto(new URL('demo.html', session.server.url).href);
  await namesDrawn(page);
  await select(page, text);
  await session.sendToTab(await session.tabIdOf(page), wireMessage('markSelection', {}));
  const form = await claimForm(page);
  await expect.poll(() => form.getByRole('status').textContent(), POLL).toBe('Saved ✓');
  await form.getByLabel('Tags (comma-separated)').fill(tags);
  await saveDetails(form);
  await expect.poll(() => form.getByRole('status').textContent(), POLL).toBe('Saved ✓');
  await page.close();
}

const quoteOf = (c: SavedClaim) => c.selectors.quote.exact;
const SHARED = 'Pakistan’s engagement—both overt and discreet—with Israel has intensified';
const PRIVATE = 'a US-driven geopolitical shift';

describe('team sync', () => {
  it('connects each profile to the server, asking the browser for that one origin only', async () => {
    ({ options: optionsA } = await connectThroughOptions(a, couch.url, 'Ayesha'));
    const connectedB = await connectThroughOptions(b, couch.url, 'Bilal');
    optionsB = connectedB.options;
    expect(await connectedB.asked()).toEqual([[`http://127.0.0.1:${couch.port}/*`]]);
    // "Create the database" made it; the first profile created it, the second found it.
    expect((await couch.request<{ db_name: string }>('GET', '/team')).json.db_name).toBe('team');
  });

  it('a claim marked in one profile appears in the other, signed by its author; a private one never leaves', async () => {
    await markOnDemoPage(a, SHARED, 'team');
    await markOnDemoPage(a, PRIVATE, 'mine');
    await expect
      .poll(async () => (await claimsOf(optionsB)).map((c) => `${quoteOf(c)} — ${c.author}`), POLL)
      .toEqual([`${SHARED} — Ayesha`]);

    // The server holds the shared claim and nothing of the private one.
    await expect.poll(async () => (await serverDocs()).length, POLL).toBe(1);
    const stored = JSON.stringify(await serverDocs());
    expect(stored).toContain(SHARED);
    expect(stored).not.toContain(PRIVATE);
    expect((await claimsOf(optionsA)).map(quoteOf).toSorted()).toEqual([PRIVATE, SHARED].toSorted());

    // The side panel shows who marked it.
    const panel = await b.openExtensionPage('sidepanel.html?tab=claims');
    await panel.getByRole('button', { name: 'All claims' }).click();
    await expect.poll(() => panel.locator('.claim-author').allTextContents(), POLL).toEqual(['Ayesha']);
    await panel.close();
  });

  it('keeps both versions of a claim edited apart on two devices, in both, until one is kept', async () => {
    const [claim] = await claimsOf(optionsB);
    await couch.stop();
    await ask(optionsA, 'updateClaim', { id: claim!.id, patch: { note: 'Version from A' } });
    await ask(optionsB, 'updateClaim', { id: claim!.id, patch: { note: 'Version from B' } });
    // Both say, in one sentence, that the server cannot be reached, and keep the change.
    for (const options of [optionsA, optionsB])
      await expect
        .poll(() => statusText(options), POLL)
        .toMatch(/^(Could not reach|127\.0\.0\.1:\d+ reported an error)/);
    await couch.start();

    for (const options of [optionsA, optionsB]) {
      const conflicts = options.getByRole('list', { name: 'Conflicts' });
      await expect
        .poll(() => conflicts.locator('.claim-note').allTextContents(), RESUME)
        .toEqual(expect.arrayContaining(['Version from A', 'Version from B']));
      expect(await conflicts.getByText('Suggested: edited last').count()).toBe(1);
    }
    const versionB = optionsA
      .getByRole('list', { name: 'Conflicts' })
      .locator('.version', { hasText: 'Version from B' });
    await versionB.getByRole('button', { name: /^Keep version/ }).click();

    for (const options of [optionsA, optionsB]) {
      await expect.poll(() => options.getByRole('list', { name: 'Conflicts' }).count(), RESUME).toBe(0);
      await expect
        .poll(async () => (await claimsOf(options)).find((c) => c.id === claim!.id)?.note, POLL)
        .toBe('Version from B');
    }
  });

  it('loses nothing when the server stops mid-sync: changes wait, the popup says why, and all arrive', async () => {
    await couch.stop();
    const ids = ['7a0f0000-0000-4000-8000-000000000001', '7a0f0000-0000-4000-8000-000000000002'];
    const [template] = await claimsOf(optionsA);
    for (const id of ids)
      await ask(optionsA, 'saveClaim', {
        claim: { ...template!, id, author: undefined, tags: ['team'], note: `queued ${id}` },
      });
    await expect.poll(() => statusText(optionsA), POLL).toMatch(/Your claims are kept here/);
    await expect
      .poll(() => syncSection(optionsA).textContent(), POLL)
      .toMatch(/2 changes waiting to be sent/);
    const popup = await a.openExtensionPage('popup.html');
    await expect
      .poll(() => popup.locator('.sync-line').textContent(), POLL)
      .toMatch(/Your claims are kept here/);
    await popup.close();

    await couch.start();
    await expect
      .poll(async () => (await claimsOf(optionsB)).filter((c) => ids.includes(c.id)).length, RESUME)
      .toBe(2);
    await expect
      .poll(() => syncSection(optionsA).textContent(), RESUME)
      .toMatch(/0 changes waiting to be sent/);
  });

  it('refuses hostile documents from the server, saying why, and shows hostile text only as text', async () => {
    const [template] = await claimsOf(optionsB);
    const hostileId = '7a0f0000-0000-4000-8000-0000000000ff';
    const docs = [
      {
        _id: 'claim:7a0f0000-0000-4000-8000-0000000000aa',
        backstory: 1,
        type: 'claim',
        claim: { ...template, id: '7a0f0000-0000-4000-8000-0000000000aa', url: 'javascript:alert(1)' },
      },
      { _id: 'payload', html: '<script>alert(1)</script>' },
      {
        _id: `claim:${hostileId}`,
        backstory: 1,
        type: 'claim',
        claim: { ...template, id: hostileId, note: '<img src=x onerror="document.title=1">' },
      },
    ];
    for (const doc of docs) expect((await couch.request('POST', '/team', doc)).status).toBe(201);

    const refused = syncSection(optionsB).locator('.refused li');
    await expect
      .poll(() => refused.allTextContents(), RESUME)
      .toEqual([
        'claim:7a0f0000-0000-4000-8000-0000000000aa: claim.url: must be an http(s) URL.',
        'payload: it is not a claim or relation shared by Backstory.',
      ]);
    const ids = (await claimsOf(optionsB)).map((c) => c.id);
    expect(ids).toContain(hostileId);
    expect(ids).not.toContain('7a0f0000-0000-4000-8000-0000000000aa');

    const panel = await b.openExtensionPage('sidepanel.html?tab=claims');
    await panel.getByRole('button', { name: 'All claims' }).click();
    const card = panel.locator(`[data-claim-id="${hostileId}"]`);
    await expect
      .poll(() => card.locator('.claim-note').textContent(), POLL)
      .toBe('<img src=x onerror="document.title=1">');
    expect(await panel.locator('img').count()).toBe(0);
    await panel.close();
  });

  it('a claim imported from a file, and one the file updated, reach the other profile', async () => {
    const [template] = await claimsOf(optionsA);
    const later = new Date(Date.parse(template!.updated) + 60_000).toISOString();
    const imported = {
      ...template!,
      id: '7a0f0000-0000-4000-8000-0000000000b1',
      // Another page: the same passage under another id would be one the reader already has
      // (skipped by default, import preview).
      url: new URL('/imported-elsewhere', template!.url).href,
      seenUrl: new URL('/imported-elsewhere', template!.url).href,
      author: undefined,
      tags: ['team'],
      note: 'Brought in by an import',
    };
    const updated = {
      ...template!,
      author: undefined,
      tags: ['team'],
      note: 'Updated by an import',
      updated: later,
    };
    const file = bundleJson({
      claims: [imported, updated],
      relations: [],
      kbVersion: 'e2e',
      now: new Date(),
    });
    await optionsA.getByLabel('Import claims (Backstory JSON or W3C Web Annotation)').setInputFiles({
      name: 'from-a-colleague.json',
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    });
    // The preview says, before anything is written, that the file's claims will reach the team.
    const preview = optionsA.getByRole('region', { name: 'Import preview' });
    await expect
      .poll(
        () => preview.getByText(/^Team sync shares claims tagged team: once imported/).textContent(),
        POLL,
      )
      .toContain(`go to ${new URL(couch.url).host}, signed with the author each names`);
    await optionsA.getByRole('button', { name: 'Import 2 claims' }).click();
    await expect
      .poll(() => optionsA.getByText(/^Imported 1 new claim and updated 1 claim/).count(), POLL)
      .toBe(1);
    await expect
      .poll(async () => {
        const notes = new Map((await claimsOf(optionsB)).map((c) => [c.id, c.note]));
        return [notes.get(imported.id), notes.get(updated.id)];
      }, RESUME)
      .toEqual(['Brought in by an import', 'Updated by an import']);
  });

  it('keeps a claim the reader stopped sharing, unshared, when the server writes a new version of it', async () => {
    // The claim the file brought in is shared (tagged "team"); the reader takes the tag off and
    // writes a private note, and sync takes it off the server (a tombstone).
    const id = '7a0f0000-0000-4000-8000-0000000000b1';
    const docPath = `/team/${encodeURIComponent(`claim:${id}`)}`;
    await ask(optionsA, 'updateClaim', { id, patch: { tags: ['mine'], note: 'private thoughts' } });
    await expect.poll(async () => (await couch.request('GET', docPath)).status, RESUME).toBe(404);
    // The server (or a teammate's edit made apart) brings it back with content of its own.
    const changes = await couch.request<{ results: { id: string; changes: { rev: string }[] }[] }>(
      'GET',
      '/team/_changes?style=all_docs',
    );
    const rev = changes.json.results.find((r) => r.id === `claim:${id}`)!.changes[0]!.rev;
    const tombstone = await couch.request<{ _revisions: { start: number; ids: string[] } }>(
      'GET',
      `${docPath}?revs=true&rev=${rev}`,
    );
    const claim = (await claimsOf(optionsA)).find((c) => c.id === id);
    const { start, ids } = tombstone.json['_revisions'];
    const hash = 'e'.repeat(32);
    const planted = await couch.request('POST', '/team/_bulk_docs', {
      new_edits: false,
      docs: [
        {
          _id: `claim:${id}`,
          _rev: `${start + 1}-${hash}`,
          _revisions: { start: start + 1, ids: [hash, ...ids] },
          backstory: 1,
          type: 'claim',
          claim: { ...claim, tags: ['team'], note: 'overwritten by the server' },
        },
      ],
    });
    expect(planted.status).toBe(201);

    await expect
      .poll(() => syncSection(optionsA).locator('.refused li').allTextContents(), RESUME)
      .toContain(`claim:${id}: it has the id of a claim you do not share; yours is kept, unshared.`);
    const kept = (await claimsOf(optionsA)).find((c) => c.id === id);
    expect(kept?.note).toBe('private thoughts');
    expect(kept?.tags).toEqual(['mine']);
  });

  it('talks to no origin but the configured server', async () => {
    const pages = new Set([new URL(a.server.url).origin, new URL(b.server.url).origin]);
    const browserService = /^(?:[\w-]+\.)*(?:google\.com|googleapis\.com|gvt1\.com|gstatic\.com)(?::\d+)?$/;
    const others = proxy.requests
      .filter((r) => r.method !== 'CONNECT' || !browserService.test(r.url))
      .filter((r) => r.method === 'CONNECT' || !browserService.test(new URL(r.url).host))
      .map((r) => (r.method === 'CONNECT' ? r.url : new URL(r.url).origin))
      .filter((origin) => !pages.has(origin));
    // The recorder saw sync's requests…
    expect(others.length).toBeGreaterThan(0);
    // …and every one went to the server the reader configured.
    expect([...new Set(others)]).toEqual([new URL(couch.url).origin]);
  });

  it('removing the server stops sync and forgets it; claims stay', async () => {
    const before = (await claimsOf(optionsB)).length;
    await syncSection(optionsB).getByRole('button', { name: 'Remove server' }).click();
    await expect.poll(() => statusText(optionsB), POLL).toBe('Sync is off: nothing leaves this browser.');
    expect((await claimsOf(optionsB)).length).toBe(before);
    expect(await syncSection(optionsB).getByLabel('Server address').count()).toBe(1);
  });
});
