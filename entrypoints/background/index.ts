import { createBackgroundHandlers } from '@/lib/background/handlers';
import { createDbConnection } from '@/lib/db/connection';
import { loadSeedPack } from '@/lib/kb/seed-bundle';
import { createKbService } from '@/lib/kb/service';
import { askContent } from '@/lib/messaging-client';
import { backgroundMessenger, backgroundRequests } from '@/lib/messaging';
import { classifySender, serveRequests } from '@/lib/messaging-server';
import { broadcastRefresh, openExtensionTab, openSidePanel } from './browser-actions';

export default defineBackground(() => {
  const getDb = createDbConnection();
  const kb = createKbService({ getDb, loadBundledPack: loadSeedPack });
  const extensionOrigin = browser.runtime.getURL('/');
  serveRequests(
    backgroundMessenger,
    backgroundRequests,
    createBackgroundHandlers({
      getDb,
      kb,
      version: browser.runtime.getManifest().version,
      openExtensionTab,
      openSidePanel,
      broadcastRefresh,
    }),
    (sender) => classifySender(sender, browser.runtime.id, extensionOrigin),
  );

  // Install or refresh the seed knowledge base when the extension is installed or updated, and
  // check it is whole when the browser starts; queries also make sure of it lazily.
  const ensureKb = () =>
    void kb.ensure().catch((error: unknown) => console.error('Backstory: knowledge base', error));
  browser.runtime.onInstalled.addListener(ensureKb);
  browser.runtime.onStartup.addListener(ensureKb);

  // The keyboard path: step through mentions on the active tab.
  browser.commands.onCommand.addListener((command, tab) => {
    const direction = command === 'next-mention' ? 1 : command === 'previous-mention' ? -1 : 0;
    if (direction !== 0 && tab?.id !== undefined) void askContent(tab.id, 'stepMention', { direction });
  });
});
