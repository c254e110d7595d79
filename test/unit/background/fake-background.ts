/**
 * Background request handlers over a stand-in knowledge base, for tests of one handler or two.
 * Pages' cards and Seen elsewhere reports warm the block matcher (lib/background/handlers.ts):
 * a stand-in without a matcher of its own gets one that is never ready, so that warm-up waits
 * quietly instead of failing in every test that asks for a card.
 */
import { createBackgroundHandlers, type BackgroundDeps } from '@/lib/background/handlers';
import { createClaimFormAccess } from '@/lib/background/claim-form-access';
import { createTabPages } from '@/lib/background/tab-pages';

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
    markUiBlocked: async () => undefined,
    formAccess: noFormAccess(),
    tabPages: createTabPages({ probe: async () => undefined }),
    ...deps,
  };
}

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
  } as unknown as BackgroundDeps;
  return createBackgroundHandlers(deps) as unknown as LooseHandlers;
}
