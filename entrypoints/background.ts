import { createBackgroundHandlers } from '@/lib/background/handlers';
import { createDbConnection } from '@/lib/db/connection';
import { backgroundMessenger, backgroundRequests } from '@/lib/messaging';
import { classifySender, serveRequests } from '@/lib/messaging-server';

export default defineBackground(() => {
  const getDb = createDbConnection();
  const extensionOrigin = browser.runtime.getURL('/');
  serveRequests(
    backgroundMessenger,
    backgroundRequests,
    createBackgroundHandlers({ getDb, version: browser.runtime.getManifest().version }),
    (sender) => classifySender(sender, browser.runtime.id, extensionOrigin),
  );
});
