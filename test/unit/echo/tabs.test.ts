/**
 * "Seen elsewhere" through the background's handlers: a page on another site that repeats a
 * saved claim is checked against it, the side panel (an extension page) is told, the badge
 * counts it, and the page that sent its text is answered with nothing, whatever was found.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackgroundHandlers } from '@/lib/background/handlers';
import { backgroundDeps } from '../background/fake-background';
import { createClaimsService } from '@/lib/background/claims/service';
import { createEchoService } from '@/lib/background/echo/service';
import { createTabEchoes } from '@/lib/background/echo/tabs';
import { createKbService } from '@/lib/background/kb/service';
import { backgroundRequests } from '@/lib/messaging/background-requests';
import { handleRequest } from '@/lib/messaging/server';
import { describeQuote } from '@/lib/anchor/selectors';
import { savedClaim } from '../claims/claim-fixture';
import { miniPack } from '../kb/mini-pack';
import { noSync } from '../sync/no-sync';
import { freshDb } from '../fresh-db';

// Reports warm the block matcher in such a build (matching-warmth.test.ts): here that warm-up
// would read each test's database after the test has closed it.
vi.mock('@/lib/offthread-build', () => ({ OFFTHREAD_BUILD: false }));

const name = 'echo-tabs-test';
/** Each test's background opens its own connection (`connect`), closed and the database deleted after it. */
const { connect } = freshDb(name);
const quote =
  'the army chief was rewarded with a private lunch meeting with the US president at the White House';
const marked = `Earlier this week ${quote}, officials said.`;
const start = marked.indexOf(quote);
let handlers: ReturnType<typeof createBackgroundHandlers>;
let badges: Map<number, number>;
beforeEach(async () => {
  const getDb = connect();
  const kb = createKbService({ getDb, loadBundledPack: () => miniPack('seed') });
  const claims = createClaimsService({ getDb, kb });
  const echo = createEchoService({ getDb, kb, claims });
  badges = new Map();
  handlers = createBackgroundHandlers(
    backgroundDeps({
      getDb,
      kb,
      claims,
      broadcastRefresh: () => echo.invalidate('knowledge'),
      broadcastClaims: () => echo.invalidate('claims'),
      echoes: createTabEchoes({
        echo,
        setBadge: (tabId, count) => badges.set(tabId, count),
        askReport: async () => false,
      }),
      sync: noSync(getDb),
    }),
  );
  const saved = await ask('saveClaim', {
    claim: savedClaim({
      url: 'https://dawn.example/news/1',
      seenUrl: 'https://dawn.example/news/1',
      selectors: describeQuote(marked, start, start + quote.length),
    }),
  });
  if (!saved.ok) throw new Error(saved.error.message);
});

const ask = (request: string, data: unknown, from?: { url: string; tabId?: number; frameId?: number }) =>
  handleRequest(
    backgroundRequests,
    handlers,
    request as 'saveClaim',
    data,
    from ? 'content-script' : 'extension',
    from
      ? { tabId: from.tabId ?? 3, frameId: from.frameId ?? 0, url: from.url }
      : { url: 'chrome-extension://x/sidepanel.html' },
  );

/** Another outlet's page: the saved quote, reworded a little and split into two sentences. */
const elsewhere =
  'ISLAMABAD — Pakistan’s army chief was rewarded with a private lunch meeting with the U.S. president. It took place at the White House. Markets were calm.';

describe('seen elsewhere, in the background', () => {
  it('tells the side panel and the badge, and tells the page nothing', async () => {
    const reply = await ask(
      'reportPage',
      { text: elsewhere, breaks: [] },
      { url: 'https://courier.example/a' },
    );
    expect(reply).toEqual({ ok: true, value: null });
    const echoes = await ask('pageEchoes', { tabId: 3 });
    expect(echoes.ok).toBe(true);
    const value = (
      echoes as unknown as {
        value: {
          url: string;
          echoes: { passage: { quote: { exact: string } }; origins: { kind: string; site: string }[] }[];
        };
      }
    ).value;
    expect(value.url).toBe('https://courier.example/a');
    expect(value.echoes).toHaveLength(1);
    expect(value.echoes[0]!.passage.quote.exact).toContain('private lunch meeting with the U.S. president');
    expect(value.echoes[0]!.origins[0]).toMatchObject({ kind: 'saved', site: 'dawn.example' });
    expect(badges.get(3)).toBe(1);
  });

  it('tells where a knowledge-base source said it before', async () => {
    await ask(
      'reportPage',
      {
        text: 'Aides confirmed that “Field Marshal Asim Munir met the president in Washington on 18 June.” Markets were calm.',
        breaks: [],
      },
      { url: 'https://courier.example/c' },
    );
    const echoes = await ask('pageEchoes', { tabId: 3 });
    expect(echoes).toMatchObject({
      ok: true,
      value: {
        echoes: [
          {
            passage: {
              quote: { exact: expect.stringContaining('Asim Munir met the president in Washington') },
            },
            origins: [{ kind: 'kb', id: 'mini-c1', source: 'mini-src', published: '2025-06-20' }],
          },
        ],
      },
    });
    expect(badges.get(3)).toBe(1);
  });

  it('follows saved claims as they come and go', async () => {
    const check = async () => {
      await ask('reportPage', { text: elsewhere, breaks: [] }, { url: 'https://courier.example/a' });
      const reply = (await ask('pageEchoes', { tabId: 3 })) as unknown as {
        value: { echoes: { origins: { kind: string; id: string }[] }[] };
      };
      return reply.value.echoes.flatMap((e) => e.origins.map((o) => `${o.kind}:${o.id}`));
    };
    const first = savedClaim().id;
    expect(await check()).toEqual([`saved:${first}`]);
    expect((await ask('deleteClaim', { id: first })).ok).toBe(true);
    expect(await check()).toEqual([]);
    const again = '4b7d3a52-3c1e-4f6a-9a51-6d2f5e1c9b04';
    const saved = await ask('saveClaim', {
      claim: savedClaim({
        id: again,
        url: 'https://tribune.example/story',
        seenUrl: 'https://tribune.example/story',
        selectors: describeQuote(marked, start, start + quote.length),
      }),
    });
    expect(saved.ok).toBe(true);
    expect(await check()).toEqual([`saved:${again}`]);
  });

  it('answers a page that repeats nothing exactly as one that does', async () => {
    const quiet = await ask(
      'reportPage',
      { text: 'Markets were calm.', breaks: [] },
      { url: 'https://courier.example/b' },
    );
    const loud = await ask(
      'reportPage',
      { text: elsewhere, breaks: [] },
      { url: 'https://courier.example/a' },
    );
    expect(quiet).toEqual(loud);
    // Let the check finish before the database closes.
    expect((await ask('pageEchoes', { tabId: 3 })).ok).toBe(true);
  });

  it('leaves out the claims saved on the page itself', async () => {
    await ask('reportPage', { text: marked, breaks: [] }, { url: 'https://dawn.example/news/1' });
    const echoes = await ask('pageEchoes', { tabId: 3 });
    expect(echoes).toMatchObject({ ok: true, value: { echoes: [] } });
    expect(badges.get(3)).toBe(0);
  });

  it('lets no page read what was found, and takes text only from a tab’s top frame', async () => {
    expect(await ask('pageEchoes', { tabId: 3 }, { url: 'https://courier.example/a' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    await ask(
      'reportPage',
      { text: elsewhere, breaks: [] },
      { url: 'https://courier.example/a', frameId: 4 },
    );
    expect(await ask('pageEchoes', { tabId: 3 })).toEqual({ ok: true, value: null });
  });
});
