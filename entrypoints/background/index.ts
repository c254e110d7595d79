import { createBackgroundHandlers } from '@/lib/background/handlers';
import { createDbConnection } from '@/lib/background/db/connection';
import { loadSeedPack } from '@/lib/kb/seed-bundle';
import { createKbService } from '@/lib/background/kb/service';
import { createClaimsService } from '@/lib/background/claims/service';
import { createExportService } from '@/lib/background/export-service';
import { createEchoService } from '@/lib/background/echo/service';
import { createTabEchoes } from '@/lib/background/echo/tabs';
import { askContent } from '@/lib/messaging/client';
import { backgroundMessenger } from '@/lib/messaging/protocol';
import { backgroundRequests } from '@/lib/messaging/background-requests';
import { announceDraftsChanged } from '@/lib/messaging/drafts-changed';
import { announcePageClaimsChanged, announcePageMentionsChanged } from '@/lib/messaging/page-news';
import { classifySender, serveRequests } from '@/lib/messaging/server';
import { servePort } from '@/lib/background/streams';
import { createClaimFormAccess } from '@/lib/background/claim-form-access';
import { createTabPages } from '@/lib/background/tab-pages';
import { createBackgroundSync } from './sync';
import {
  broadcastClaims,
  broadcastRefresh,
  claimFormClick,
  claimFormTypedAhead,
  claimFormClosed,
  claimFormHeight,
  claimFormShown,
  clearUiBlockedOnLoad,
  markUiBlocked,
  openExtensionTab,
  openSidePanel,
  pageEntities,
  setEchoBadge,
} from './browser-actions';

const MARK_CLAIM_MENU = 'backstory-mark-claim';
/** The `meta` key of the claims each tab's documents were handed (claim-form-access.ts). */
const FORM_GRANTS_KEY = 'claim-form-grants';

export default defineBackground(() => {
  const getDb = createDbConnection();
  const kb = createKbService({ getDb, loadBundledPack: loadSeedPack });
  const claims = createClaimsService({ getDb, kb, draftsChanged: announceDraftsChanged });
  const exports = createExportService({ getDb, claims, kb });
  const echo = createEchoService({ getDb, kb, claims });
  const echoes = createTabEchoes({
    echo,
    // A tab's passages seen elsewhere were found or forgotten: "On this page" lists them.
    setBadge: (tabId, count) => {
      void setEchoBadge(tabId, count);
      announcePageMentionsChanged(tabId);
    },
    askReport: async (tabId) => (await askContent(tabId, 'reportPage', {})).ok,
  });
  const extensionOrigin = browser.runtime.getURL('/');
  // Saved claims changed here or arrived from the team: pages and Seen elsewhere read them again.
  const claimsChanged = () => {
    echo.invalidate('claims');
    broadcastClaims();
  };
  const packsChanged = () => {
    echo.invalidate('knowledge');
    broadcastRefresh();
  };
  const sync = createBackgroundSync({ getDb, claims, claimsChanged });
  // Kept in IndexedDB (Backstory asks for no `storage` permission), so a worker stopped and
  // started again still serves an open form; dropped when the browser starts, as its tabs are.
  const formAccess = createClaimFormAccess({
    load: async () => (await getDb()).get('meta', FORM_GRANTS_KEY),
    save: async (grants) => void (await (await getDb()).put('meta', grants, FORM_GRANTS_KEY)),
    showsForm: claimFormShown,
  });
  browser.runtime.onStartup.addListener(() => void formAccess.forgetAll().catch(() => undefined));
  // The probe's handler pings the background from the tab's top frame (tab-pages.ts).
  const tabPages = createTabPages({
    probe: async (tabId) => void (await askContent(tabId, 'probe', { nonce: crypto.randomUUID() })),
  });
  serveRequests(
    backgroundMessenger,
    backgroundRequests,
    createBackgroundHandlers({
      getDb,
      kb,
      claims,
      version: browser.runtime.getManifest().version,
      openExtensionTab,
      openSidePanel,
      // What pages are checked against changes with saved claims and with knowledge packs.
      broadcastRefresh: packsChanged,
      broadcastClaims: claimsChanged,
      pageClaimsChanged: announcePageClaimsChanged,
      pageMentionsChanged: announcePageMentionsChanged,
      pageEntities,
      claimFormClosed,
      claimFormHeight,
      claimFormClick,
      claimFormTypedAhead,
      markUiBlocked,
      echoes,
      sync,
      formAccess,
      tabPages,
      onTabClosed: (listener) => browser.tabs.onRemoved.addListener(listener),
    }),
    (sender) => classifySender(sender, browser.runtime.id, extensionOrigin),
  );
  // Exports and imports travel over ports, a piece at a time, and the claim form keeps one open
  // with its unsaved draft (lib/messaging/ports.ts).
  browser.runtime.onConnect.addListener((port) =>
    servePort(port, classifySender(port.sender ?? {}, browser.runtime.id, extensionOrigin), {
      exports,
      kb,
      // An applied import wrote the sync outbox in its transaction: sync sends it now.
      claimsChanged: () => {
        claimsChanged();
        sync.poke();
      },
      packsChanged,
      drafts: {
        save: async (id, patch) => {
          await claims.update(id, patch);
          claimsChanged();
          sync.poke();
        },
        keepNote: claims.keepNoteDraft,
        mayWrite: async (sender, claim) => {
          const context = { sender: 'extension' as const, tabId: sender.tab?.id, url: sender.url };
          const seenUrl = (await claims.get(claim))?.seenUrl;
          return formAccess.require(context, claim, seenUrl).then(
            () => true,
            () => false,
          );
        },
      },
    }),
  );

  clearUiBlockedOnLoad();
  // A tab that closes or loads another page has nothing seen elsewhere until its page reports.
  browser.tabs.onRemoved.addListener((tabId) => {
    echoes.forget(tabId);
    tabPages.forget(tabId);
    void formAccess.forgetTab(tabId).catch(() => undefined);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    echoes.forget(tabId);
    void formAccess.tabLoading(tabId).catch(() => undefined);
  });

  // Install or refresh the seed knowledge base when the extension is installed or updated, and
  // check it is whole when the browser starts; queries also make sure of it lazily.
  const ensureKb = () =>
    void kb.ensure().catch((error: unknown) => console.error('Backstory: knowledge base', error));
  browser.runtime.onInstalled.addListener(ensureKb);
  browser.runtime.onStartup.addListener(ensureKb);

  // Team sync, if the reader set up a server; with none, this reads one record and sends nothing.
  void sync.start().catch((error: unknown) => console.error('Backstory: sync', error));

  // "Mark claim" on the context menu of a selection, in whichever frame the selection is.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MARK_CLAIM_MENU, title: 'Mark claim', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MARK_CLAIM_MENU && tab?.id !== undefined) {
      void askContent(tab.id, 'markSelection', {}, info.frameId ?? 0);
    }
  });

  // The keyboard path: step through mentions on the active tab, or mark the selection.
  browser.commands.onCommand.addListener((command, tab) => {
    if (tab?.id === undefined) return;
    if (command === 'mark-claim') void askContent(tab.id, 'markSelection', {});
    const direction = command === 'next-mention' ? 1 : command === 'previous-mention' ? -1 : 0;
    if (direction !== 0) void askContent(tab.id, 'stepMention', { direction });
  });
});
