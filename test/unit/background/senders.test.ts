/**
 * A content script may only act on the page it runs in: the background checks the sender the
 * browser reports before any write, whatever the message says.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteDB } from 'idb';
import { createBackgroundHandlers } from '@/lib/background/handlers';
import { samePage } from '@/lib/background/senders';
import { createClaimsService } from '@/lib/claims/service';
import { createDbConnection } from '@/lib/db/connection';
import { createKbService } from '@/lib/kb/service';
import { backgroundRequests } from '@/lib/messaging/background-requests';
import { handleRequest } from '@/lib/messaging/server';
import { savedClaim } from '../claims/claim-fixture';
import { miniPack } from '../kb/mini-pack';

const name = 'senders-test';
let handlers: ReturnType<typeof createBackgroundHandlers>;
let close: () => Promise<void>;

beforeEach(() => {
  const getDb = createDbConnection({ name });
  const kb = createKbService({ getDb, loadBundledPack: () => miniPack('seed') });
  const claims = createClaimsService({ getDb, kb });
  handlers = createBackgroundHandlers({
    getDb,
    kb,
    claims,
    version: '1',
    openExtensionTab: async () => undefined,
    openSidePanel: async () => undefined,
    broadcastRefresh: () => undefined,
    broadcastClaims: () => undefined,
    pageEntities: async () => [],
    claimFormClosed: async () => undefined,
  });
  close = async () => (await getDb()).close();
});
afterEach(async () => {
  await close();
  await deleteDB(name);
});

const page = 'https://news.example/world/munir-lunch?utm_source=feed';
const fromPage = (url: string) => ({ tabId: 7, frameId: 0, url });
const ask = (request: string, data: unknown, sender: 'content-script' | 'extension', url = page) =>
  handleRequest(
    backgroundRequests,
    handlers,
    request as 'saveClaim',
    data,
    sender,
    sender === 'content-script' ? fromPage(url) : { url: 'chrome-extension://x/sidepanel.html' },
  );

describe('what a content script may do', () => {
  it('saves a claim about its own page, but not about another', async () => {
    expect((await ask('saveClaim', { claim: savedClaim() }, 'content-script', `${page}#section`)).ok).toBe(
      true,
    );
    const other = savedClaim({ id: '1b7d3a52-3c1e-4f6a-9a51-6d2f5e1c9b02' });
    const forged = await ask('saveClaim', { claim: other }, 'content-script', 'https://evil.example/');
    expect(forged).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('cannot overwrite a claim made on another page by reusing its id', async () => {
    await ask('saveClaim', { claim: savedClaim() }, 'extension');
    const hijack = savedClaim({
      seenUrl: 'https://evil.example/',
      url: 'https://evil.example/',
      note: 'gone',
    });
    const result = await ask('saveClaim', { claim: hijack }, 'content-script', 'https://evil.example/');
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const kept = await ask('claimsForPage', { url: savedClaim().url, seenUrl: page }, 'extension');
    expect(kept).toMatchObject({ ok: true, value: [{ note: savedClaim().note }] });
  });

  it('reads the claims of its own page only', async () => {
    await ask('saveClaim', { claim: savedClaim() }, 'extension');
    const own = await ask('claimsForPage', { url: savedClaim().url, seenUrl: page }, 'content-script');
    expect(own).toMatchObject({ ok: true, value: [{ id: savedClaim().id }] });
    const snoop = await ask(
      'claimsForPage',
      { url: savedClaim().url, seenUrl: page },
      'content-script',
      'https://evil.example/',
    );
    expect(snoop).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('pauses or changes links on its own site only', async () => {
    expect((await ask('setSitePaused', { site: 'news.example', paused: true }, 'content-script')).ok).toBe(
      true,
    );
    const other = await ask('setSitePaused', { site: 'other.example', paused: true }, 'content-script');
    expect(other).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const suppress = { site: 'other.example', alias: 'Munir', entity: 'mini-munir' };
    expect(await ask('suppressAlias', suppress, 'content-script')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect((await ask('suppressAlias', suppress, 'extension')).ok).toBe(true);
  });

  it('may not edit, delete or list claims (exports and imports go over ports only extension pages may open)', async () => {
    await ask('saveClaim', { claim: savedClaim() }, 'extension');
    for (const [request, data] of [
      ['updateClaim', { id: savedClaim().id, patch: { note: 'changed' } }],
      ['deleteClaim', { id: savedClaim().id }],
      ['listClaims', { query: {} }],
    ] as const) {
      expect({ request, reply: await ask(request, data, 'content-script') }).toMatchObject({
        request,
        reply: { ok: false, error: { code: 'forbidden' } },
      });
    }
  });
});

describe('samePage', () => {
  it('ignores the fragment and nothing else', () => {
    expect(samePage('https://a.example/x?y=1#top', 'https://a.example/x?y=1')).toBe(true);
    expect(samePage('https://a.example/x?y=1', 'https://a.example/x?y=2')).toBe(false);
    expect(samePage('https://a.example/x', 'http://a.example/x')).toBe(false);
    expect(samePage('not a url', 'not a url')).toBe(false);
  });
});
