/**
 * The background's request handlers. They receive data already parsed by the messaging layer;
 * browser APIs come in through `deps`, so the handlers can be tested without a browser.
 */
import type { BackgroundRequests } from '../messaging';
import type { Handlers } from '../messaging/server';
import type { BackstoryDb } from '../db/open';
import type { KbService } from '../kb/service';
import type { ClaimsService } from '../claims/service';
import type { createExportService } from '../export/service';
import { readerPath } from '../pages/reader-link';
import { RequestError } from '../result';
import { foldAlias } from '../kb/alias-key';
import { loadSettings, saveSettings } from '../settings/store';
import type { Settings, SettingsPatch } from '../settings/schema';

export interface BackgroundDeps {
  getDb: () => Promise<BackstoryDb>;
  kb: KbService;
  version: string;
  /** Opens an extension page (path such as `/reader.html?…`) in a new tab. */
  openExtensionTab: (path: `/${string}`) => Promise<void>;
  claims: ClaimsService;
  exports: ReturnType<typeof createExportService>;
  /** Opens the side panel beside a tab, on a view (an entity's card, the compare view). */
  openSidePanel: (tabId: number, view?: SidePanelView) => Promise<void>;
  /** Tells every tab's content scripts to reload settings and knowledge. */
  broadcastRefresh: () => void;
  /** Tells every tab's content scripts that saved claims changed. */
  broadcastClaims: () => void;
}

export interface SidePanelView {
  tab?: 'page' | 'explore' | 'claims';
  entity?: string;
  compare?: string;
}

export function createBackgroundHandlers(deps: BackgroundDeps): Handlers<BackgroundRequests> {
  const { getDb, kb, claims, version } = deps;
  const claimsChanged = <T>(value: T): T => {
    deps.broadcastClaims();
    return value;
  };
  const change = async (patch: (current: Settings) => SettingsPatch): Promise<Settings> => {
    const db = await getDb();
    const next = await saveSettings(db, patch(await loadSettings(db)));
    deps.broadcastRefresh();
    return next;
  };

  return {
    ping: ({ nonce }) => ({ nonce, from: 'background', version }),
    getSettings: async () => loadSettings(await getDb()),
    updateSettings: (patch) => change(() => patch),
    getEntityCard: ({ id }) => kb.card(id),
    searchKb: ({ query, limit }) => kb.search(query, limit),
    getTimeline: () => kb.timeline(),
    getSource: ({ id }) => kb.source(id),
    listPacks: () => kb.packs(),
    importPack: async ({ text }) => {
      const result = await kb.importPack(text);
      deps.broadcastRefresh();
      return result;
    },
    removePack: async ({ id }) => {
      await kb.removePack(id);
      deps.broadcastRefresh();
      return null;
    },
    getMatcher: () => kb.matcherManifest(),
    getMatcherPiece: (piece) => kb.matcherPiece(piece.version, piece.index),
    getEntityLabels: async ({ ids }) =>
      Object.fromEntries(Object.entries(await kb.describe(ids)).map(([id, e]) => [id, e.label])),
    openReader: async (location) => {
      await deps.openExtensionTab(readerPath(location));
      return null;
    },
    openSidePanel: async ({ entity }, context) => {
      if (context.tabId === undefined)
        throw new RequestError('invalid-message', 'No tab to open the side panel beside');
      await deps.openSidePanel(context.tabId, { tab: 'explore', entity });
      return null;
    },
    openCompare: async ({ entity }, context) => {
      if (context.tabId === undefined)
        throw new RequestError('invalid-message', 'No tab to open the side panel beside');
      await deps.openSidePanel(context.tabId, { tab: 'claims', compare: entity });
      return null;
    },
    saveClaim: async ({ claim }) => claimsChanged(await claims.save(claim)),
    updateClaim: async ({ id, patch }) => claimsChanged(await claims.update(id, patch)),
    deleteClaim: async ({ id }) => claimsChanged(await claims.remove(id)),
    restoreClaim: async (deleted) => claimsChanged(await claims.restore(deleted)),
    claimsForPage: ({ url, seenUrl }) => claims.forPage(url, seenUrl),
    listClaims: ({ query }) => claims.list(query),
    countClaimsAbout: ({ entity }) => claims.countAbout(entity),
    compareEntity: ({ entity }) => claims.compare(entity),
    exportClaims: ({ format, query, ids, options }) =>
      deps.exports.exportClaims(format, { query, ids }, options),
    previewImport: ({ text }) => deps.exports.previewImport(text),
    applyImport: async ({ text, includeSettings }) => {
      const result = await deps.exports.applyImport(text, includeSettings);
      deps.broadcastClaims();
      if (includeSettings) deps.broadcastRefresh();
      return result;
    },
    setClaimRelation: ({ from, to, relation }) => claims.relate(from, to, relation),
    removeClaimRelation: async ({ id }) => {
      await claims.unrelate(id);
      return null;
    },
    setSitePaused: ({ site, paused }) =>
      change((current) => ({
        pausedSites: paused
          ? [...new Set([...current.pausedSites, site])]
          : current.pausedSites.filter((s) => s !== site),
      })),
    suppressAlias: ({ site, alias, entity }) =>
      change((current) => {
        const folded = foldAlias(alias);
        const exists = current.suppressed.some(
          (s) => s.site === site && s.alias === folded && s.entity === entity,
        );
        return {
          suppressed: exists ? current.suppressed : [...current.suppressed, { site, alias: folded, entity }],
        };
      }),
  };
}
