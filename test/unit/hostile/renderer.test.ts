/**
 * A compromised renderer (SECURITY.md §5): the content script's process is the attacker's, so
 * it sends any request a content script may, with any data, from the page the browser says it
 * is on. These tests drive the background's real handlers and database as such a page would.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { realBackground, type RealBackground } from '../background/fake-background';
import { backgroundRequests } from '@/lib/messaging/background-requests';
import { handleRequest } from '@/lib/messaging/server';
import { BROADCAST_GAP_MS, paced } from '@/lib/background/paced';
import { MAX_OPENS, openTurns } from '@/lib/background/open-turns';
import { MAX_NEW_CLAIMS, newClaimTurns } from '@/lib/background/claim-turns';
import type { SavedClaim } from '@/lib/claims/schema';
import { savedClaim } from '../claims/claim-fixture';
import { freshDb } from '../fresh-db';

const { connect } = freshDb('renderer-attacks');
let handlers: RealBackground['handlers'];
let claims: RealBackground['claims'];
let broadcasts = 0;
beforeEach(() => {
  broadcasts = 0;
  ({ handlers, claims } = realBackground(connect(), { broadcastClaims: () => void broadcasts++ }));
});

const page = 'https://news.example/world/munir-lunch?utm_source=feed';
const ask = (request: 'saveClaim', data: unknown, sender: 'content-script' | 'extension') =>
  handleRequest(
    backgroundRequests,
    handlers,
    request,
    data,
    sender,
    sender === 'content-script'
      ? { tabId: 7, frameId: 0, url: page }
      : { url: 'chrome-extension://x/sidepanel.html' },
  );
const valueOf = (reply: { ok: boolean; value?: unknown }) => (reply.ok ? (reply.value as SavedClaim) : reply);

describe('a compromised renderer saving claims', () => {
  it("cannot write over the reader's note and tags on a claim of its own page by saving its id again", async () => {
    // The reader's claim, with the note and tags they typed in the claim form.
    const reader = savedClaim({ note: 'My reading: the MEI account disagrees.', tags: ['team'] });
    await ask('saveClaim', { claim: reader }, 'extension');
    broadcasts = 0;
    // The page knows the id (claimsForPage hands its own claims to it) and saves it again, bare.
    const wiped = savedClaim({ id: reader.id, note: '', tags: [], label: 'disputed' });
    const reply = await ask('saveClaim', { claim: wiped }, 'content-script');
    expect(valueOf(reply)).toMatchObject({ note: reader.note, tags: reader.tags, label: 'claim' });
    expect(await claims.get(reader.id)).toMatchObject({ note: reader.note, tags: ['team'], label: 'claim' });
    // Nothing changed, so no tab is told to fetch its claims again.
    expect(broadcasts).toBe(0);
  });

  it('cannot give a claim it creates a note, tags, a label, an author or a date of its own', async () => {
    const before = Date.now();
    const forged = savedClaim({
      id: '2c8e4b63-4d2f-4a7b-8b62-7e3f6a2d0c13',
      note: 'Planted by the page.',
      // Tags the reader's rule may share with the team: the claim would be sent to the server.
      tags: ['team'],
      label: 'evidence',
      author: 'The Editor',
      created: '9999-01-01T00:00:00.000Z',
      updated: '9999-01-01T00:00:00.000Z',
    });
    expect((await ask('saveClaim', { claim: forged }, 'content-script')).ok).toBe(true);
    const stored = await claims.get(forged.id);
    expect(stored).toMatchObject({ note: '', tags: [], label: 'claim' });
    expect(stored?.author).toBeUndefined();
    expect(Date.parse(stored!.created)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(stored!.created)).toBeLessThanOrEqual(Date.now());
    // The passage and page stay as the page described them.
    expect(stored).toMatchObject({ selectors: forged.selectors, url: forged.url, seenUrl: forged.seenUrl });
  });

  it('creates no more claims than a reader marks, per tab; its subframes cannot use up the top frame’s turns', async () => {
    const from = (tabId: number, frameId: number) =>
      handleRequest(
        backgroundRequests,
        handlers,
        'saveClaim',
        { claim: savedClaim({ id: crypto.randomUUID() }) },
        'content-script',
        {
          tabId,
          frameId,
          url: page,
        },
      );
    // A loop in tab 7's top frame, all at once, and another in its frames (as many as it likes).
    const top = await Promise.all(Array.from({ length: 60 }, () => from(7, 0)));
    const framed = await Promise.all(Array.from({ length: 60 }, (_, i) => from(7, 1 + (i % 20))));
    expect(top.filter((r) => r.ok)).toHaveLength(MAX_NEW_CLAIMS);
    expect(framed.filter((r) => r.ok)).toHaveLength(MAX_NEW_CLAIMS);
    expect((await claims.list({})).total).toBe(2 * MAX_NEW_CLAIMS);
    // The page is told why, in one sentence, with what to do.
    expect(top.at(-1)).toMatchObject({
      ok: false,
      error: { code: 'quota-exceeded', message: expect.stringMatching(/^[^.]*in a moment\.$/) },
    });
    // The reader's marks in another tab, and Backstory's own pages, are not held up by it.
    expect((await from(8, 0)).ok).toBe(true);
    expect((await ask('saveClaim', { claim: savedClaim({ id: crypto.randomUUID() }) }, 'extension')).ok).toBe(
      true,
    );
  });

  it('may create claims again once the window has passed', () => {
    let clock = 0;
    const mayCreate = newClaimTurns(2, 1000, () => clock);
    const tab = { sender: 'content-script' as const, tabId: 3, frameId: 0 };
    mayCreate(tab);
    mayCreate(tab);
    expect(() => mayCreate(tab)).toThrow('enough new claims');
    clock = 999;
    expect(() => mayCreate(tab)).toThrow('enough new claims');
    clock = 1000;
    expect(() => mayCreate(tab)).not.toThrow();
  });

  it("still saves a Backstory page's claim whole, note, tags and dates included", async () => {
    const full = savedClaim({ author: 'Ayesha K.' });
    await ask('saveClaim', { claim: full }, 'extension');
    expect(await claims.get(full.id)).toEqual(full);
  });
});

describe('a compromised renderer repeating requests that tell every tab', () => {
  afterEach(() => vi.useRealTimers());

  it('costs the other tabs at most one round of work per gap, however often it pauses and resumes its site', async () => {
    // Only the timers are faked: the database's own scheduling is left to run.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let refreshes = 0;
    const looped = realBackground(connect(), {
      // As the background wires it (entrypoints/background/browser-actions.ts).
      broadcastRefresh: paced(() => void refreshes++, BROADCAST_GAP_MS),
    }).handlers;
    for (let i = 0; i < 40; i++) {
      const reply = await handleRequest(
        backgroundRequests,
        looped,
        'setSitePaused',
        { site: 'news.example', paused: i % 2 === 0 },
        'content-script',
        { tabId: 7, frameId: 0, url: page },
      );
      expect(reply.ok).toBe(true);
    }
    // 40 changes: one broadcast at once, the others wait for the gap and go as one.
    expect(refreshes).toBe(1);
    vi.advanceTimersByTime(BROADCAST_GAP_MS);
    expect(refreshes).toBe(2);
    vi.advanceTimersByTime(BROADCAST_GAP_MS * 10);
    expect(refreshes).toBe(2);
    // A change after a quiet gap goes at once again: no news waits needlessly.
    await handleRequest(
      backgroundRequests,
      looped,
      'setSitePaused',
      { site: 'news.example', paused: false },
      'content-script',
      { tabId: 7, frameId: 0, url: page },
    );
    expect(refreshes).toBe(3);
  });
});

describe('a compromised renderer asking Backstory to open tabs', () => {
  it('opens no more than a few for one tab at a time, past which it is refused; other tabs and Backstory’s pages still open', async () => {
    const opened: string[] = [];
    const looped = realBackground(connect(), {
      openExtensionTab: async (path) => void opened.push(path),
      openSidePanel: async (tabId) => void opened.push(`panel ${tabId}`),
    }).handlers;
    const open = (request: 'openReader' | 'openSidePanel', tabId: number, sender = 'content-script') =>
      handleRequest(
        backgroundRequests,
        looped,
        request,
        request === 'openReader' ? { source: 'mini-src', start: 0, end: 5 } : {},
        sender as 'content-script',
        sender === 'content-script'
          ? { tabId, frameId: 0, url: page }
          : { url: 'chrome-extension://x/sidepanel.html' },
      );
    // A loop in tab 7, alternating the reader page and the side panel (a tab when Chrome refuses it).
    const replies = [];
    for (let i = 0; i < 50; i++) replies.push(await open(i % 2 ? 'openSidePanel' : 'openReader', 7));
    expect(opened.length).toBe(MAX_OPENS);
    expect(replies.at(-1)).toMatchObject({ ok: false, error: { code: 'quota-exceeded' } });
    // The reader's click in another tab, and Backstory's own pages, are not held up by it.
    expect((await open('openReader', 8)).ok).toBe(true);
    expect((await open('openReader', 7, 'extension')).ok).toBe(true);
    expect(opened.length).toBe(MAX_OPENS + 2);
  });

  it('may open again once the window has passed', () => {
    let clock = 0;
    const mayOpen = openTurns(2, 1000, () => clock);
    const tab = { sender: 'content-script' as const, tabId: 3 };
    mayOpen(tab);
    mayOpen(tab);
    expect(() => mayOpen(tab)).toThrow('opened enough');
    clock = 999;
    expect(() => mayOpen(tab)).toThrow('opened enough');
    clock = 1000;
    expect(() => mayOpen(tab)).not.toThrow();
  });
});
