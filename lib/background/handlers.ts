/**
 * The background's request handlers. They receive data already parsed by the messaging layer;
 * browser APIs come in through `deps`, so the handlers can be tested without a browser.
 */
import type { BackgroundRequests } from '../messaging/protocol';
import type { Handlers, RequestContext } from '../messaging/server';
import type { BackstoryDb } from './db/object-stores';
import { MAX_CARD_DATA_CHARS, type CardData } from '../kb/card';
import { readerPath } from '../extension-pages/reader-link';
import { RequestError } from '../result';
import { foldAlias } from '../kb/alias-key';
import { loadSettings, saveSettings } from './settings-store';
import { requireOwnClaim, requireOwnSite, sameOrigin, senderPage, senderSite } from './senders';
import { settingsForSite, type Settings, type SettingsPatch } from '../settings/schema';
import { trustedCanonical, type TabEchoService } from './echo/tabs';
import { createSyncHandlers } from './sync/handlers';
import type { SyncService } from './sync/service';
import { createBlockMatcher } from './match/block-matcher';
import { frameTurns } from './match/frame-turns';
import { openTurns } from './open-turns';
import { createPageMarks } from './page-marks';
import type { TabPages } from './tab-pages';
import { OFFTHREAD_BUILD } from '../offthread-build';
import { createClaimFormHandlers, type ClaimFormDeps } from './claim-form-handlers';

export interface BackgroundDeps extends ClaimFormDeps {
  getDb: () => Promise<BackstoryDb>;
  version: string;
  /** Opens an extension page (path such as `/reader.html?…`) in a new tab. */
  openExtensionTab: (path: `/${string}`) => Promise<void>;
  /** Opens the side panel beside a tab, on a view (an entity's card, the compare view). */
  openSidePanel: (tabId: number, view?: SidePanelView) => Promise<void>;
  /** Tells every tab's content scripts to reload settings and knowledge. */
  broadcastRefresh: () => void;
  /** Tells every tab's content scripts that saved claims changed. */
  broadcastClaims: () => void;
  /** Tells Backstory's own pages (the side panel) that the claims on a tab's page moved. */
  pageClaimsChanged: (tabId: number) => void;
  /** Tells Backstory's own pages (the side panel) that what a tab's page lists changed. */
  pageMentionsChanged: (tabId: number) => void;
  /** Marks a tab's toolbar button: the page keeps Backstory from showing its card. */
  markUiBlocked: (tabId: number, reason: 'interference' | 'unsupported') => Promise<void>;
  /** "Seen elsewhere": each tab's page checked against saved claims and knowledge-base quotes. */
  echoes: TabEchoService;
  /** Team sync; told of every local change to claims and relations. */
  sync: SyncService;
  /** Each tab's page as the browser reports it, for Backstory's own pages. */
  tabPages: TabPages;
  /** Calls `listener` with a tab's id as the tab closes (`tabs.onRemoved`). */
  onTabClosed: (listener: (tabId: number) => void) => void;
}

export interface SidePanelView {
  tab?: 'page' | 'explore' | 'claims';
  entity?: string;
  compare?: string;
}

/**
 * Settings as a sender may see them: a content script, only its own site's entries (its page's
 * renderer may be the attacker's: SECURITY.md, "A compromised renderer"); extension pages, all.
 */
function forSender(settings: Settings, context: RequestContext): Settings {
  return context.sender === 'content-script' ? settingsForSite(settings, senderSite(context)) : settings;
}

export function createBackgroundHandlers(deps: BackgroundDeps): Handlers<BackgroundRequests> {
  const { getDb, kb, claims, version } = deps;
  const matchBlocks = createBlockMatcher(kb);
  const matchingTurn = frameTurns();
  const mayOpen = openTurns();
  const markByPage = createPageMarks(deps);
  // A closed tab asks for nothing more: its turns are forgotten with it.
  deps.onTabClosed((tabId) => {
    mayOpen.forgetTab(tabId);
    markByPage.forgetTab(tabId);
  });
  /**
   * Warms the block matcher for the next pages once a page's own scan is over (it sends its cards'
   * and Seen elsewhere's requests only then): not while the page matches for itself, whose scan
   * it would slow on a machine with few cores (issue #19: first highlights 5x as late).
   */
  const warmAfterScan = () => {
    if (!OFFTHREAD_BUILD) return;
    matchBlocks.warm().catch((error: unknown) => {
      console.error('Backstory: preparing the block matcher failed', error);
    });
  };
  const claimsChanged = <T>(value: T): T => {
    deps.broadcastClaims();
    deps.sync.poke();
    return value;
  };
  const change = async (
    patch: (current: Settings) => SettingsPatch,
    context: RequestContext,
  ): Promise<Settings> => {
    const db = await getDb();
    const next = await saveSettings(db, patch(await loadSettings(db)));
    deps.broadcastRefresh();
    return forSender(next, context);
  };

  return {
    ...createSyncHandlers(deps.sync),
    ...createClaimFormHandlers(deps),
    ping: ({ nonce }, context) => {
      deps.tabPages.saw(context);
      return { nonce, from: 'background', version };
    },
    tabPage: ({ tabId }) => deps.tabPages.current(tabId),
    getSettings: async (_data, context) => forSender(await loadSettings(await getDb()), context),
    updateSettings: (patch, context) => change(() => patch, context),
    getEntityCard: ({ id }) => kb.card(id),
    // An entity whose card cannot be read comes back without one: the page asks for it alone on
    // hover, and shows why. One entity at a time: the page asks for a card it needs now alone
    // (card-data.ts), and that request must not queue behind a dozen others' reads.
    getCardData: async ({ ids }) => {
      warmAfterScan();
      const found: CardData[] = [];
      let room = MAX_CARD_DATA_CHARS;
      for (const id of new Set(ids)) {
        const card = await kb.card(id).catch(() => undefined);
        const marked = await claims.countAbout(id);
        // Cards in the order asked (most named first) while they fit; a smaller one after a
        // big one left out still comes.
        const size = card ? JSON.stringify(card).length : 0;
        if (card && size <= room) {
          room -= size;
          found.push({ id, card, marked });
        } else found.push({ id, marked });
      }
      return found;
    },
    searchKb: ({ query, limit }) => kb.search(query, limit),
    getTimeline: () => kb.timeline(),
    getSource: ({ id }) => kb.source(id),
    listPacks: () => kb.packs(),
    removePack: async ({ id }) => {
      await kb.removePack(id);
      deps.broadcastRefresh();
      return null;
    },
    getMatcher: async () => {
      // Every page asks this first, then fetches and assembles the matcher for its own rules
      // before its first batch comes (issue #19): the worker builds its block matcher meanwhile,
      // rather than when that batch arrives and the page waits for it. Built, not warmed: a
      // warm-up would share the cores with the page's scan (warmAfterScan).
      if (OFFTHREAD_BUILD) matchBlocks.build().catch(() => undefined); // the batch will say why
      return kb.matcherManifest();
    },
    getMatcherPiece: (piece) => kb.matcherPiece(piece.version, piece.index),
    matchBlocks: (request, context) => {
      // Only a build whose pages match here answers: elsewhere no page of ours asks, so nothing may.
      if (!OFFTHREAD_BUILD) throw new RequestError('forbidden', 'This build matches pages in the page');
      return matchingTurn(context, () => matchBlocks(request.version, request.texts, request.whole));
    },
    getEntityLabels: async ({ ids }) =>
      Object.fromEntries(Object.entries(await kb.describe(ids)).map(([id, e]) => [id, e.label])),
    openReader: async (location, context) => {
      mayOpen(context);
      await deps.openExtensionTab(readerPath(location));
      return null;
    },
    openSidePanel: async ({ entity }, context) => {
      if (context.tabId === undefined)
        throw new RequestError('invalid-message', 'No tab to open the side panel beside');
      mayOpen(context);
      await deps.openSidePanel(context.tabId, { tab: 'explore', entity });
      return null;
    },
    openCompare: async ({ entity }, context) => {
      if (context.tabId === undefined)
        throw new RequestError('invalid-message', 'No tab to open the side panel beside');
      mayOpen(context);
      await deps.openSidePanel(context.tabId, { tab: 'claims', compare: entity });
      return null;
    },
    saveClaim: async ({ claim }, context) => {
      requireOwnClaim(context, claim);
      if (context.sender !== 'content-script') return claimsChanged(await claims.save(claim));
      const { claim: saved, added } = await markByPage(claim, context);
      return added ? claimsChanged(saved) : saved;
    },
    updateClaim: async ({ id, patch }, context) => {
      await deps.formAccess.require(context, id, (await claims.get(id))?.seenUrl);
      return claimsChanged(await claims.update(id, patch));
    },
    // The side panel's editor; a claim form is held to its own claim as for updateClaim.
    noteDraft: async ({ id }, context) => {
      await deps.formAccess.require(context, id, (await claims.get(id))?.seenUrl);
      return (await claims.noteDraft(id)) ?? null;
    },
    // Ids only, from Backstory's own pages, as listClaims lists every claim to them.
    claimsWithNoteDrafts: () => claims.withNoteDrafts(),
    keepNoteDraft: async ({ id, note }, context) => {
      await deps.formAccess.require(context, id, (await claims.get(id))?.seenUrl);
      await claims.keepNoteDraft(id, note);
      return null;
    },
    // The tab and frame are the browser's, not the page's: a page can only speak for itself,
    // and only its top frame's claims are listed in the side panel.
    pageClaimsChanged: (_data, context) => {
      if (context.tabId !== undefined && context.frameId === 0) deps.pageClaimsChanged(context.tabId);
      return null;
    },
    // As above: "On this page" lists the top frame's mentions (the panel asks frame 0).
    pageMentionsChanged: (_data, context) => {
      if (context.tabId !== undefined && context.frameId === 0) deps.pageMentionsChanged(context.tabId);
      return null;
    },
    whereAmI: (_data, context) => {
      if (context.frameId === undefined) throw new RequestError('invalid-message', 'No frame');
      return { frameId: context.frameId };
    },
    reportUiBlocked: async ({ reason }, context) => {
      if (context.tabId !== undefined) await deps.markUiBlocked(context.tabId, reason);
      return null;
    },
    deleteClaim: async ({ id }) => claimsChanged(await claims.remove(id)),
    restoreClaim: async (deleted) => claimsChanged(await claims.restore(deleted)),
    claimsForPage: async ({ url, seenUrl }, context) => {
      if (context.sender !== 'content-script') return claims.forPage(url, seenUrl);
      // A content script gets the claims of the document the browser says it runs in, whatever
      // addresses it sends; and only claims marked on that origin, whatever their canonical says.
      const page = senderPage(context, url);
      const found = await claims.forPage(page.url, page.seenUrl);
      const own = found.filter((claim) => sameOrigin(claim.seenUrl, page.seenUrl));
      // The claims handed to this document are the ones its claim form may open.
      await deps.formAccess.grant(
        context,
        own.map((claim) => claim.id),
      );
      return own;
    },
    listClaims: ({ query }) => claims.list(query),
    countClaimsAbout: ({ entity }) => claims.countAbout(entity),
    compareClaims: (target) => claims.compare(target),
    setClaimRelation: async ({ from, to, relation }) => {
      const recorded = await claims.relate(from, to, relation);
      deps.sync.poke();
      return recorded;
    },
    removeClaimRelation: async ({ id }) => {
      await claims.unrelate(id);
      deps.sync.poke();
      return null;
    },
    reportPage: ({ text, breaks, canonical }, context) => {
      warmAfterScan();
      // Only a top frame speaks for its tab, at the address the browser reports for it.
      if (context.tabId === undefined || context.frameId !== 0 || !context.url) return null;
      deps.echoes.report(context.tabId, text, breaks, {
        seenUrl: context.url,
        canonical: trustedCanonical(canonical, context.url),
      });
      return null;
    },
    pageEchoes: ({ tabId }) => deps.echoes.get(tabId),
    setSitePaused: ({ site, paused }, context) => {
      requireOwnSite(context, site, 'pause or resume Backstory on');
      return change(
        (current) => ({
          pausedSites: paused
            ? [...new Set([...current.pausedSites, site])]
            : current.pausedSites.filter((s) => s !== site),
        }),
        context,
      );
    },
    suppressAlias: ({ site, alias, entity }, context) => {
      requireOwnSite(context, site, 'change links on');
      return change((current) => {
        const folded = foldAlias(alias);
        const exists = current.suppressed.some(
          (s) => s.site === site && s.alias === folded && s.entity === entity,
        );
        return {
          suppressed: exists ? current.suppressed : [...current.suppressed, { site, alias: folded, entity }],
        };
      }, context);
    },
    restoreAlias: ({ site, alias, entity }, context) => {
      requireOwnSite(context, site, 'change links on');
      const folded = foldAlias(alias);
      return change(
        (current) => ({
          suppressed: current.suppressed.filter(
            (s) => !(s.site === site && s.alias === folded && s.entity === entity),
          ),
        }),
        context,
      );
    },
  };
}
