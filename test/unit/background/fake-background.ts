/**
 * Background request handlers over a stand-in knowledge base, for tests of one handler or two.
 * Pages' cards and Seen elsewhere reports warm the block matcher (lib/background/handlers.ts):
 * a stand-in without a matcher of its own gets one that is never ready, so that warm-up waits
 * quietly instead of failing in every test that asks for a card.
 */
import { createBackgroundHandlers, type BackgroundDeps } from '@/lib/background/handlers';
import { createClaimFormAccess } from '@/lib/background/claim-form-access';
import { createClaimsService } from '@/lib/background/claims/service';
import type { BackstoryDb } from '@/lib/background/db/object-stores';
import { createEchoService } from '@/lib/background/echo/service';
import { createTabEchoes } from '@/lib/background/echo/tabs';
import { createKbService } from '@/lib/background/kb/service';
import { createTabPages } from '@/lib/background/tab-pages';
import { miniPack } from '../kb/mini-pack';
import { noSync } from '../sync/no-sync';

/** A claim form access that remembers nothing and finds no form on show. */
const noFormAccess = () =>
  createClaimFormAccess({
    load: async () => undefined,
    save: async () => undefined,
    showsForm: async () => false,
  });

/**
 * Everything the background needs, with the browser's side (tabs, frames, side panel) doing
 * nothing: give the services a test runs on, and override what it watches.
 */
export function backgroundDeps(
  deps: Pick<BackgroundDeps, 'getDb' | 'kb' | 'claims' | 'echoes' | 'sync'> & Partial<BackgroundDeps>,
): BackgroundDeps {
  return {
    version: '1',
    onTabClosed: () => undefined,
    openExtensionTab: async () => undefined,
    openSidePanel: async () => undefined,
    broadcastRefresh: () => undefined,
    broadcastClaims: () => undefined,
    pageClaimsChanged: () => undefined,
    pageMentionsChanged: () => undefined,
    pageEntities: async () => [],
    claimFormClosed: async () => undefined,
    claimFormHeight: async () => undefined,
    claimFormClick: async () => null,
    claimFormTypedAhead: async () => '',
    markUiBlocked: async () => undefined,
    formAccess: noFormAccess(),
    tabPages: createTabPages({ probe: async () => undefined }),
    ...deps,
  };
}

/**
 * The background's real handlers over one database: the mini knowledge base, the claims and Seen
 * elsewhere services as the background builds them, no team server, and the browser's side doing
 * nothing but what `watch` gives (broadcasts, tabs opened, news to the side panel), for tests
 * that send requests as a page or one of Backstory's pages would.
 */
export function realBackground(getDb: () => Promise<BackstoryDb>, watch: Partial<BackgroundDeps> = {}) {
  const kb = createKbService({ getDb, loadBundledPack: () => miniPack('seed') });
  const claims = createClaimsService({ getDb, kb });
  const echoes = createTabEchoes({
    echo: createEchoService({ getDb, kb, claims }),
    setBadge: () => undefined,
    askReport: async () => false,
  });
  const handlers = createBackgroundHandlers(
    backgroundDeps({ getDb, kb, claims, echoes, sync: noSync(getDb), ...watch }),
  );
  return { handlers, claims };
}

export type RealBackground = ReturnType<typeof realBackground>;

/** A content script in a tab's top frame, as the browser describes it. */
export const contentPage = { sender: 'content-script', tabId: 1, frameId: 0, url: 'https://news.example/a' };

/** Handlers by name, each taking its request's data and the sender's context. */
export type LooseHandlers = Record<string, (data: unknown, context: unknown) => Promise<unknown>>;

export function fakeBackground(
  kb: Record<string, unknown>,
  claims: Record<string, unknown> = { countAbout: () => Promise.resolve(0) },
): LooseHandlers {
  const deps = {
    kb: { matcher: () => new Promise(() => undefined), ...kb },
    claims,
    echoes: { report: () => undefined },
    formAccess: noFormAccess(),
    tabPages: createTabPages({ probe: async () => undefined }),
    onTabClosed: () => undefined,
  } as unknown as BackgroundDeps;
  return createBackgroundHandlers(deps) as unknown as LooseHandlers;
}
