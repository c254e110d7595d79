/**
 * The background tells Backstory's own pages that something a tab's page shows them changed, so
 * the side panel asks that page again only then, rather than on a timer:
 * - `claims`: where the page's claims sit (placed, found again, lost, another address);
 * - `mentions`: what "On this page" lists (the names found and their counts after a scan or a
 *   live update, whether Backstory runs or may show its card there, what was seen elsewhere).
 * The tab comes from the browser's sender of the content script's message
 * (lib/background/handlers.ts), never from the message itself. See extension-channel.ts.
 */
import { extensionChannel } from './extension-channel';

const channel = extensionChannel('backstory-page-news');

/** What changed on a tab's page. */
export type PageNews = 'claims' | 'mentions';

function announce(tabId: number, news: PageNews): void {
  channel.announce({ tabId, news });
}

function listen(news: PageNews, listener: (tabId: number) => void): () => void {
  return channel.listen((message) => {
    const data = message as { tabId?: unknown; news?: unknown } | null;
    if (data?.news === news && typeof data.tabId === 'number') listener(data.tabId);
  });
}

/** Says that the claims on `tabId`'s page moved, were found or were lost. */
export const announcePageClaimsChanged = (tabId: number): void => announce(tabId, 'claims');

/** Says that what "On this page" shows of `tabId`'s page changed. */
export const announcePageMentionsChanged = (tabId: number): void => announce(tabId, 'mentions');

/** Calls `listener` with the tab each time its page's claims change; returns the way to stop. */
export const onPageClaimsChanged = (listener: (tabId: number) => void): (() => void) =>
  listen('claims', listener);

/** Calls `listener` with the tab each time what its page lists changes; returns the way to stop. */
export const onPageMentionsChanged = (listener: (tabId: number) => void): (() => void) =>
  listen('mentions', listener);
