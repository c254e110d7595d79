/**
 * A content script may only act on the page it runs in: the background checks the sender the
 * browser reports before any write, whatever the message says.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { realBackground, type RealBackground } from './fake-background';
import { sameOrigin, samePage } from '@/lib/background/senders';
import { backgroundRequests } from '@/lib/messaging/background-requests';
import { handleRequest } from '@/lib/messaging/server';
import { savedClaim } from '../claims/claim-fixture';
import { freshDb } from '../fresh-db';

const name = 'senders-test';
/** Each test's background opens its own connection (`connect`), closed and the database deleted after it. */
const { connect } = freshDb(name);
let handlers: RealBackground['handlers'];
beforeEach(() => {
  handlers = realBackground(connect()).handlers;
});

const page = 'https://news.example/world/munir-lunch?utm_source=feed';
const fromPage = (url: string, origin?: string) => ({ tabId: 7, frameId: 0, url, origin });
const ask = (
  request: string,
  data: unknown,
  sender: 'content-script' | 'extension',
  url = page,
  origin?: string,
) =>
  handleRequest(
    backgroundRequests,
    handlers,
    request as 'saveClaim',
    data,
    sender,
    sender === 'content-script' ? fromPage(url, origin) : { url: 'chrome-extension://x/sidepanel.html' },
  );
const idsOf = (reply: { ok: boolean; value?: unknown }) =>
  reply.ok ? (reply.value as { id: string }[]).map((c) => c.id) : reply;

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
    // It is answered about its own address, where the reader marked nothing.
    expect(idsOf(snoop)).toEqual([]);
  });

  it('gets claims by the address the browser reports, whatever the page sends', async () => {
    await ask('saveClaim', { claim: savedClaim() }, 'extension');
    const original = savedClaim().url;
    // A copy of the article on another origin names the original as canonical, and even sends
    // the original's address as the one it was seen at: it gets nothing.
    const copy = 'https://copycat.example/story';
    expect(
      idsOf(await ask('claimsForPage', { url: original, seenUrl: copy }, 'content-script', copy)),
    ).toEqual([]);
    expect(
      idsOf(await ask('claimsForPage', { url: original, seenUrl: page }, 'content-script', copy)),
    ).toEqual([]);
    // Another subdomain is another origin.
    const mobile = 'https://m.news.example/world/munir-lunch';
    expect(
      idsOf(await ask('claimsForPage', { url: original, seenUrl: mobile }, 'content-script', mobile)),
    ).toEqual([]);
    // The same origin may name its canonical address: an AMP copy, a page with other parameters.
    const amp = 'https://news.example/amp/munir-lunch';
    expect(idsOf(await ask('claimsForPage', { url: original, seenUrl: amp }, 'content-script', amp))).toEqual(
      [savedClaim().id],
    );
    // A sandboxed frame at the original address has an opaque origin: no claims of its own.
    expect(
      await ask('claimsForPage', { url: original, seenUrl: page }, 'content-script', page, 'null'),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(
      idsOf(
        await ask(
          'claimsForPage',
          { url: original, seenUrl: page },
          'content-script',
          page,
          'https://news.example',
        ),
      ),
    ).toEqual([savedClaim().id]);
  });

  it('never hands a claim marked on one origin to another, whatever its canonical address says', async () => {
    // Saved (say, by an older version) on a syndicating site under the original's address.
    const syndicated = savedClaim({ seenUrl: 'https://syndicate.example/story', url: savedClaim().url });
    await ask('saveClaim', { claim: syndicated }, 'extension');
    const reply = await ask('claimsForPage', { url: savedClaim().url, seenUrl: page }, 'content-script');
    expect(idsOf(reply)).toEqual([]);
    expect(
      idsOf(
        await ask(
          'claimsForPage',
          { url: savedClaim().url, seenUrl: 'https://syndicate.example/story' },
          'content-script',
          'https://syndicate.example/story',
        ),
      ),
    ).toEqual([syndicated.id]);
  });

  it('saves a claim only under an address on its own origin', async () => {
    const copy = 'https://copycat.example/story';
    const forged = savedClaim({ seenUrl: copy, url: savedClaim().url });
    expect(await ask('saveClaim', { claim: forged }, 'content-script', copy)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const own = savedClaim({ seenUrl: copy, url: copy });
    expect((await ask('saveClaim', { claim: own }, 'content-script', copy)).ok).toBe(true);
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

  it("reads its own site's entries of the settings only, never the other sites the reader paused, listed or corrected", async () => {
    const elsewhere = {
      siteMode: 'listed',
      enabledSites: ['news.example', 'clinic.example', 'example'],
      pausedSites: ['bank.example', 'world.news.example'],
      suppressed: [
        { site: 'news.example', alias: 'munir', entity: 'mini-munir' },
        { site: 'dating.example', alias: 'munir', entity: 'mini-munir' },
      ],
    };
    expect((await ask('updateSettings', elsewhere, 'extension')).ok).toBe(true);
    const sent = (reply: { ok: boolean; value?: unknown }) => reply.value as Record<string, unknown>;
    const own = {
      enabledSites: ['news.example', 'example'],
      pausedSites: [],
      suppressed: [{ site: 'news.example', alias: 'munir', entity: 'mini-munir' }],
    };
    expect(sent(await ask('getSettings', {}, 'content-script'))).toMatchObject(own);
    // A subdomain's page is paused with it, and sees that entry.
    const sub = await ask('getSettings', {}, 'content-script', 'https://world.news.example/a');
    expect(sent(sub)).toMatchObject({ pausedSites: ['world.news.example'], suppressed: [] });
    // The settings a change answers with are filtered the same way.
    const paused = await ask('setSitePaused', { site: 'news.example', paused: true }, 'content-script');
    expect(sent(paused)).toMatchObject({ ...own, pausedSites: ['news.example'] });
    const unsuppress = { site: 'news.example', alias: 'Munir', entity: 'mini-munir' };
    expect(sent(await ask('restoreAlias', unsuppress, 'content-script'))).toMatchObject({ suppressed: [] });
    // Extension pages see everything.
    expect(sent(await ask('getSettings', {}, 'extension'))).toMatchObject({
      pausedSites: ['bank.example', 'world.news.example', 'news.example'],
      suppressed: [{ site: 'dating.example', alias: 'munir', entity: 'mini-munir' }],
    });
  });

  it('may not edit, delete or list claims, nor read or keep note drafts (exports and imports go over ports only extension pages may open)', async () => {
    await ask('saveClaim', { claim: savedClaim() }, 'extension');
    for (const [request, data] of [
      ['updateClaim', { id: savedClaim().id, patch: { note: 'changed' } }],
      ['deleteClaim', { id: savedClaim().id }],
      ['listClaims', { query: {} }],
      // A note draft is the reader's private text, and up to 2 MB: only Backstory's pages.
      ['noteDraft', { id: savedClaim().id }],
      ['keepNoteDraft', { id: savedClaim().id, note: 'a page writing a draft' }],
      ['claimsWithNoteDrafts', {}],
    ] as const) {
      expect({ request, reply: await ask(request, data, 'content-script') }).toMatchObject({
        request,
        reply: { ok: false, error: { code: 'forbidden' } },
      });
    }
  });
});

describe('matching page text in the background (issue #19, on by default)', () => {
  it("is a content script's request only, answered even while the worker's matcher is cold", async () => {
    const version = (await handlers.getMatcher({}, { sender: 'extension' } as never)).version;
    const texts = ['Asim Munir met Trump'];
    expect(await ask('matchBlocks', { version, texts }, 'extension')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    // Reaches the handler, which builds its matcher for the page (pages have none of their own).
    expect(await ask('matchBlocks', { version, texts }, 'content-script')).toMatchObject({ ok: true });
  });
});

describe('sameOrigin', () => {
  it('compares scheme, host and port of http(s) addresses only', () => {
    expect(sameOrigin('https://a.example/x', 'https://a.example/y?z')).toBe(true);
    expect(sameOrigin('https://a.example/x', 'https://b.a.example/x')).toBe(false);
    expect(sameOrigin('https://a.example/x', 'http://a.example/x')).toBe(false);
    expect(sameOrigin('https://a.example/x', 'https://a.example:444/x')).toBe(false);
    expect(sameOrigin('data:text/html,x', 'data:text/html,x')).toBe(false);
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
