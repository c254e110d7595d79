/** The background's handlers for team sync requests. */
import type { Handlers } from '../../messaging/server';
import type { syncRequests } from '../../messaging/sync-requests';
import type { SyncService } from './service';

export function createSyncHandlers(sync: SyncService): Handlers<typeof syncRequests> {
  return {
    getSyncStatus: () => sync.status(),
    connectSync: (config) => sync.connect(config),
    updateSyncSharing: (rule) => sync.updateSharing(rule),
    disconnectSync: () => sync.disconnect(),
    syncNow: () => sync.syncNow(),
    listSyncConflicts: () => sync.conflicts(),
    resolveSyncConflict: ({ id, rev }) => sync.resolve(id, rev),
    getClaimSharing: ({ ids }) => sync.sharing(ids),
    setClaimSharing: ({ id, choice }) => sync.setSharing(id, choice ?? undefined),
    clearSyncRefused: () => sync.clearRefused(),
  };
}
