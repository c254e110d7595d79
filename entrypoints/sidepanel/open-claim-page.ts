import type { SavedClaim } from '@/lib/claims/schema';
import { textFragmentUrl } from '@/lib/claims/text-fragment';
import { askContent } from '@/lib/messaging/client';

/**
 * Opens a claim's page in a new tab and, once it has loaded, scrolls Backstory to the claim. The
 * content script answers `revealClaim` once it has placed the page's claims, however long that
 * takes; only its start is awaited here, by asking again if it was not listening yet.
 */
export async function openClaimPage(claim: SavedClaim) {
  const tab = await browser.tabs.create({ url: textFragmentUrl(claim.url, claim.selectors.quote) });
  if (tab.id === undefined) return;
  const tabId = tab.id;
  const ask = async (tries: number) => {
    const reply = await askContent(tabId, 'revealClaim', { id: claim.id });
    if (!reply.ok && reply.error.code === 'unreachable' && tries > 1) {
      // Not a guess at how long anything takes: a message retried until the script listens.
      await new Promise((resolve) => setTimeout(resolve, 100));
      await ask(tries - 1);
    }
  };
  const listener = (id: number, change: Browser.tabs.OnUpdatedInfo) => {
    if (id !== tabId || change.status !== 'complete') return;
    browser.tabs.onUpdated.removeListener(listener);
    void ask(20);
  };
  browser.tabs.onUpdated.addListener(listener);
}
