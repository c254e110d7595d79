/**
 * The background tells Backstory's own pages that something a tab's page shows them changed, so
 * the side panel asks that page again only then, rather than on a timer:
 * - `claims`: where the page's claims sit (placed, found again, lost, another address);
 * - `mentions`: what "On this page" lists (the names found and their counts after a scan or a
 *   live update, whether Backstory runs or may show its card there, what was seen elsewhere).
 * The tab comes from the browser's sender of the content script's message
 * (lib/background/handlers.ts), never from the message itself. A BroadcastChannel reaches only
 * pages of the extension's own origin, as drafts-changed.ts.
 */
const CHANNEL = 'backstory-page-news';

/** What changed on a tab's page. */
export type PageNews = 'claims' | 'mentions';

let sender: BroadcastChannel | undefined;

function announce(tabId: number, news: PageNews): void {
  sender ??= new BroadcastChannel(CHANNEL);
  // A channel, not a window: it has no target origin, its own origin is the only one it reaches.
  // oxlint-disable-next-line unicorn/require-post-message-target-origin
  sender.postMessage({ tabId, news });
}

function listen(news: PageNews, listener: (tabId: number) => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.addEventListener('message', (event: MessageEvent<unknown>) => {
    const data = event.data as { tabId?: unknown; news?: unknown } | null;
    if (data?.news === news && typeof data.tabId === 'number') listener(data.tabId);
  });
  return () => channel.close();
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
