/**
 * The address of each tab's page as the browser reports it, for Backstory's own pages: they
 * cannot read a tab's address (Backstory asks for no `tabs` permission, and its content scripts'
 * patterns do not count for `tabs.Tab.url`), and a content script's replies come from the page's
 * renderer, which may be the attacker's. So the tab's top-frame content script is probed, and
 * answers with a `ping` to the background: the browser reports that message's sender, and its
 * address is the one believed (SECURITY.md, "A compromised renderer").
 */
import type { RequestContext } from '../messaging/server';

export interface TabPagesDeps {
  /** Asks the content script in a tab's top frame to ping the background; resolves once it replied. */
  probe: (tabId: number) => Promise<void>;
}

export type TabPages = ReturnType<typeof createTabPages>;

export function createTabPages({ probe }: TabPagesDeps) {
  // Each address is numbered as it is seen, so a question is answered only by what its own probe
  // brought: an address the tab's previous page sent (another site, perhaps) never stands in for
  // a page that does not answer.
  const seen = new Map<number, { url: string; at: number }>();
  let count = 0;
  return {
    /** A content script's request arrived: a top frame's address is its tab's page. */
    saw(context: RequestContext): void {
      if (context.sender !== 'content-script' || context.frameId !== 0) return;
      if (context.tabId !== undefined && context.url)
        seen.set(context.tabId, { url: context.url, at: ++count });
    },
    /** The tab closed. */
    forget(tabId: number): void {
      seen.delete(tabId);
    },
    /** The address of the tab's page now, as the browser reports its top frame; null if none answers. */
    async current(tabId: number): Promise<string | null> {
      const asked = ++count;
      await probe(tabId).catch(() => undefined);
      const page = seen.get(tabId);
      return page && page.at > asked ? page.url : null;
    },
  };
}
