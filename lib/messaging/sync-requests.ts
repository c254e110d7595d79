/**
 * Requests about team sync. All come from Backstory's own pages only: a web page can neither
 * read the sync status nor change what is shared.
 */
import { z } from 'zod';
import type { Conflict, SyncStatus } from '../sync/status';
import { syncConfigSchema, sharingRuleSchema } from '../sync/config';
import { extensionOnly, request } from './spec';

const nothing = z.object({}).strict();

export const syncRequests = {
  getSyncStatus: request<SyncStatus>()(nothing, extensionOnly),
  /** Connects to a server (the page has already asked the browser for permission to reach it). */
  connectSync: request<SyncStatus>()(
    syncConfigSchema.extend({ create: z.boolean() }).strict(),
    extensionOnly,
  ),
  updateSyncSharing: request<SyncStatus>()(sharingRuleSchema.strict(), extensionOnly),
  disconnectSync: request<SyncStatus>()(nothing, extensionOnly),
  syncNow: request<SyncStatus>()(nothing, extensionOnly),
  listSyncConflicts: request<Conflict[]>()(nothing, extensionOnly),
  resolveSyncConflict: request<null>()(
    z.object({ id: z.string().min(1).max(400), rev: z.string().min(1).max(100) }).strict(),
    extensionOnly,
  ),
  /** Whether each claim is shared (empty when sync is off). */
  getClaimSharing: request<Record<string, { shared: boolean; choice?: 'shared' | 'private' }>>()(
    z.object({ ids: z.array(z.uuid()).max(10_000) }).strict(),
    extensionOnly,
  ),
  /** A claim's own choice: shared, private, or (null) as the sharing rule says. */
  setClaimSharing: request<null>()(
    z.object({ id: z.uuid(), choice: z.enum(['shared', 'private']).nullable() }).strict(),
    extensionOnly,
  ),
  clearSyncRefused: request<null>()(nothing, extensionOnly),
};
