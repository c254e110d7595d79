/** A sync service for tests that do not sync: any request it made would fail the test. */
import type { BackstoryDb } from '@/lib/background/db/object-stores';
import { createSyncService } from '@/lib/background/sync/service';

export function noSync(getDb: () => Promise<BackstoryDb>) {
  return createSyncService({
    getDb,
    fetch: () => Promise.reject(new Error('no request may be made in this test')),
    online: () => true,
    hasPermission: async () => false,
    dropPermission: async () => undefined,
    keepAlive: () => () => undefined,
    onChanged: () => undefined,
  });
}
