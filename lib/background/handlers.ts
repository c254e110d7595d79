/**
 * The background's request handlers. They receive data already parsed by the messaging layer;
 * the database comes from `getDb` so it opens once, lazily, when the service worker wakes.
 */
import type { BackgroundRequests } from '../messaging';
import type { Handlers } from '../messaging-server';
import type { BackstoryDb } from '../db/open';
import type { KbService } from '../kb/service';
import { loadSettings, saveSettings } from '../settings/store';

export interface BackgroundDeps {
  getDb: () => Promise<BackstoryDb>;
  kb: KbService;
  version: string;
}

export function createBackgroundHandlers({
  getDb,
  kb,
  version,
}: BackgroundDeps): Handlers<BackgroundRequests> {
  return {
    ping: ({ nonce }) => ({ nonce, from: 'background', version }),
    getSettings: async () => loadSettings(await getDb()),
    updateSettings: async (patch) => saveSettings(await getDb(), patch),
    getEntityCard: ({ id }) => kb.card(id),
    searchKb: ({ query, limit }) => kb.search(query, limit),
    getTimeline: () => kb.timeline(),
    getSource: ({ id }) => kb.source(id),
    listPacks: () => kb.packs(),
    importPack: ({ text }) => kb.importPack(text),
    removePack: async ({ id }) => {
      await kb.removePack(id);
      return null;
    },
  };
}
