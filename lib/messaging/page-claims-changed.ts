/**
 * The background tells Backstory's own pages that the claims on a tab's page changed where they
 * sit (placed, found again, lost, or the page moved to another address), so the side panel asks
 * that page again only then, rather than every second. The tab comes from the browser's sender
 * of the content script's message (lib/background/handlers.ts), never from the message itself.
 * A BroadcastChannel reaches only pages of the extension's own origin, as drafts-changed.ts.
 */
const CHANNEL = 'backstory-page-claims';

let sender: BroadcastChannel | undefined;

/** Says that the claims on `tabId`'s page moved, were found or were lost. */
export function announcePageClaimsChanged(tabId: number): void {
  sender ??= new BroadcastChannel(CHANNEL);
  // A channel, not a window: it has no target origin, its own origin is the only one it reaches.
  // oxlint-disable-next-line unicorn/require-post-message-target-origin
  sender.postMessage({ tabId });
}

/** Calls `listener` with the tab each time its page's claims change; returns the way to stop. */
export function onPageClaimsChanged(listener: (tabId: number) => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.addEventListener('message', (event: MessageEvent<unknown>) => {
    const tabId = (event.data as { tabId?: unknown } | null)?.tabId;
    if (typeof tabId === 'number') listener(tabId);
  });
  return () => channel.close();
}
