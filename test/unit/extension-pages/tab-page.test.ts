/**
 * Backstory's own pages believe the browser, not the page's renderer, about which site and
 * address a tab is on: a compromised renderer answers the side panel's and the popup's questions
 * itself (SECURITY.md, "A compromised renderer").
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { realBackground, type RealBackground } from '../background/fake-background';
import { backgroundRequests } from '@/lib/messaging/background-requests';
import { handleRequest } from '@/lib/messaging/server';
import { createTabPages } from '@/lib/background/tab-pages';
import type { SavedClaim } from '@/lib/claims/schema';
import {
  claimAddressesOfTab,
  claimsMarkedOnTab,
  knownPageEntities,
  MAX_PAGE_ENTITIES,
  pageEntityIds,
  tabSite,
} from '@/lib/extension-pages/tab-page';
import { savedClaim } from '../claims/claim-fixture';
import { freshDb } from '../fresh-db';

const { connect } = freshDb('tab-page');
let handlers: RealBackground['handlers'];
beforeEach(() => {
  handlers = realBackground(connect()).handlers;
});

/** Asks the background as the side panel does (an extension page, which may read any page's claims). */
const fromPanel = (request: 'saveClaim' | 'claimsForPage' | 'getEntityLabels', data: unknown) =>
  handleRequest(backgroundRequests, handlers, request, data, 'extension', {
    url: 'chrome-extension://x/sidepanel.html',
  });

const bank = savedClaim({
  url: 'https://bank.example/statement',
  seenUrl: 'https://bank.example/statement',
  note: 'Private: my account number is in the screenshot.',
});
const evilTab = 'https://evil.example/article';

/** What the side panel's "This page" lists for a tab, given the page's answer to `pageClaims`. */
async function panelLists(reply: { url: string; seenUrl: string }, tabUrl: string): Promise<SavedClaim[]> {
  const addresses = claimAddressesOfTab(reply, tabUrl);
  if (!addresses) return [];
  const saved = await fromPanel('claimsForPage', addresses);
  return saved.ok ? claimsMarkedOnTab(saved.value as SavedClaim[], tabUrl) : [];
}

describe("the side panel's page claims", () => {
  it("lists none of another site's claims when the page's renderer names that site's address", async () => {
    await fromPanel('saveClaim', { claim: bank });
    // The compromised renderer of evil.example answers `pageClaims` with the bank's address.
    expect(await panelLists({ url: bank.url, seenUrl: bank.seenUrl }, evilTab)).toEqual([]);
    // Named as its canonical only, with its own address as the seen one: nothing either.
    expect(await panelLists({ url: bank.url, seenUrl: evilTab }, evilTab)).toEqual([]);
    // The bank's own tab still lists it.
    const listed = await panelLists({ url: bank.url, seenUrl: bank.seenUrl }, bank.seenUrl);
    expect(listed.map((c) => c.id)).toEqual([bank.id]);
  });

  it('keeps only claims marked on the tab’s origin, whatever canonical address they were filed under', () => {
    const copied = savedClaim({ url: evilTab, seenUrl: 'https://bank.example/copy' });
    const own = savedClaim({ id: '3d9f5c74-5e3a-4b8c-9c73-8f4a7b3e1d24', url: evilTab, seenUrl: evilTab });
    expect(claimsMarkedOnTab([copied, own], evilTab).map((c) => c.id)).toEqual([own.id]);
    expect(claimsMarkedOnTab([own], undefined)).toEqual([]);
  });
});

describe("the popup's site", () => {
  it('is the host the browser reports for the tab, never what the page says', () => {
    expect(tabSite({ url: 'https://Evil.Example/a?b#c' })).toBe('evil.example');
    expect(tabSite({ url: 'chrome://extensions/' })).toBeUndefined();
    expect(tabSite({})).toBeUndefined();
    expect(tabSite(undefined)).toBeUndefined();
  });
});

describe("the side panel's On this page", () => {
  it('lists only knowledge-base entities, under their labels, whatever the page’s renderer reports', async () => {
    const reported = [
      {
        id: 'mini-munir',
        label: 'Your claims are lost: restore them at evil.example',
        kind: 'person',
        count: 3,
      },
      { id: 'mini-munir', label: 'twice', kind: 'person', count: 1 },
      { id: 'made-up', label: 'A name the knowledge base does not have', kind: 'person', count: 2 },
      { id: 'mini-pakistan', label: 'x', kind: 'state', count: '1e9 <b>' },
      { id: '<img src=x onerror=alert(1)>', label: 'x', kind: 'person', count: 1 },
      ...Array.from({ length: 5000 }, (_, i) => ({ id: `filler-${i}`, label: 'f', kind: 'event', count: 1 })),
    ];
    const ids = pageEntityIds(reported);
    expect(ids.length).toBe(MAX_PAGE_ENTITIES);
    const labels = await fromPanel('getEntityLabels', { ids });
    expect(labels.ok).toBe(true);
    const listed = knownPageEntities(reported, labels.ok ? (labels.value as Record<string, string>) : {});
    expect(listed).toEqual([
      { id: 'mini-munir', label: 'Mini Munir', kind: 'person', count: 3 },
      { id: 'mini-pakistan', label: 'Mini Pakistan', kind: 'state', count: 1 },
    ]);
    expect(pageEntityIds('not a list')).toEqual([]);
    expect(knownPageEntities({ length: 1 }, {})).toEqual([]);
  });
});

describe("a tab's page, as Backstory's own pages learn it", () => {
  it('is the address the browser reports for the top frame’s ping in answer to this question, never an older one', async () => {
    /** What each tab's top frame (and a subframe) does when probed. */
    let answer: ((tabId: number) => Promise<void>) | undefined;
    const tabPages = createTabPages({ probe: (tabId) => answer?.(tabId) ?? Promise.resolve() });
    const background = realBackground(connect(), { tabPages }).handlers;
    const ping = (tabId: number, frameId: number, url: string) =>
      handleRequest(backgroundRequests, background, 'ping', { nonce: 'n' }, 'content-script', {
        tabId,
        frameId,
        url,
      });
    const tabPage = async (tabId: number) => {
      const reply = await handleRequest(backgroundRequests, background, 'tabPage', { tabId }, 'extension', {
        url: 'chrome-extension://x/sidepanel.html',
      });
      return reply.ok ? reply.value : reply;
    };
    // Tab 7 showed the bank; then it went to evil.example, whose renderer answers as it likes.
    answer = async (tabId) => void (await ping(tabId, 0, bank.seenUrl));
    expect(await tabPage(7)).toBe(bank.seenUrl);
    // The attacker's renderer answers the probe with a subframe's ping and keeps its top frame quiet.
    answer = async (tabId) => void (await ping(tabId, 3, bank.seenUrl));
    expect(await tabPage(7)).toBeNull();
    // It does not answer at all: the bank's old address is not taken for it either.
    answer = undefined;
    expect(await tabPage(7)).toBeNull();
    // It answers from its top frame: its own address, as the browser reports it.
    answer = async (tabId) => void (await ping(tabId, 0, evilTab));
    expect(await tabPage(7)).toBe(evilTab);
    // A content script may not ask.
    const asked = await handleRequest(
      backgroundRequests,
      background,
      'tabPage',
      { tabId: 7 },
      'content-script',
      {
        tabId: 7,
        frameId: 0,
        url: evilTab,
      },
    );
    expect(asked).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
