/** Team sync wired to the browser: fetch, the optional host permission, and staying awake. */
import type { BackstoryDb } from '@/lib/background/db/object-stores';
import type { ClaimsService } from '@/lib/background/claims/service';
import { createSyncService } from '@/lib/background/sync/service';
import { originPattern, SHARED_DATA_KINDS } from '@/lib/sync/config';

// Chrome's match patterns name the port; Firefox's cannot.
const withPort = !import.meta.env.FIREFOX;
const origins = (server: string) => ({ origins: [originPattern(server, withPort)] });
// Firefox also holds the reader's consent to transmit shared claims, given when they connected.
const granted = (server: string) =>
  import.meta.env.FIREFOX ? { ...origins(server), data_collection: SHARED_DATA_KINDS } : origins(server);

export function createBackgroundSync({
  getDb,
  claims,
  claimsChanged,
}: {
  getDb: () => Promise<BackstoryDb>;
  claims: ClaimsService;
  /** Tells pages and caches beyond the claims service (the "Seen elsewhere" index) of new claims. */
  claimsChanged: () => void;
}) {
  return createSyncService({
    getDb,
    fetch: (input, init) => fetch(input, init),
    online: () => navigator.onLine,
    hasPermission: (server) => browser.permissions.contains(origins(server)),
    dropPermission: async (server) => {
      await browser.permissions.remove(granted(server) as { origins: string[] }).catch(() => false);
    },
    // Chrome stops an idle service worker after 30 s; an extension API call every 20 s keeps it
    // while a sync pass is running (Chrome's documented way for long work).
    keepAlive: () => {
      const timer = setInterval(() => void browser.runtime.getPlatformInfo(), 20_000);
      return () => clearInterval(timer);
    },
    onChanged: () => {
      claims.invalidate();
      claimsChanged();
    },
  });
}
