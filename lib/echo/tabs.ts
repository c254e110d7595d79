/**
 * "Seen elsewhere" per tab, in the background: the latest check of each tab's page, the
 * toolbar badge that counts its passages, and a way to ask the page for its text again when
 * the service worker has restarted and forgotten. The page's content script only ever sends
 * text; it is never told what was found.
 */
import type { EchoService } from './service';
import type { PageEcho, TabEchoes } from './types';

export interface TabEchoDeps {
  echo: EchoService;
  /** Shows the number of passages on the toolbar button for a tab (0 clears it). */
  setBadge: (tabId: number, count: number) => void;
  /** Asks a tab's top-frame content script to send its page text again; false if none answered. */
  askReport: (tabId: number) => Promise<boolean>;
}

export type TabEchoService = ReturnType<typeof createTabEchoes>;

export function createTabEchoes({ echo, setBadge, askReport }: TabEchoDeps) {
  const tabs = new Map<number, { url: string; echoes: Promise<PageEcho[]> }>();

  return {
    /**
     * A tab's top frame sent its text. Checked in the background; the caller answers the page
     * at once, so not even the time the check takes reaches it.
     */
    report(
      tabId: number,
      text: string,
      breaks: readonly number[],
      page: { seenUrl: string; canonical?: string },
    ): void {
      const echoes = echo.check(text, breaks, page).catch((error: unknown) => {
        console.error('Backstory: seen elsewhere', error);
        return [] as PageEcho[];
      });
      tabs.set(tabId, { url: page.seenUrl, echoes });
      void echoes.then((found) => {
        if (tabs.get(tabId)?.echoes === echoes) setBadge(tabId, found.length);
      });
    },

    /** What the side panel shows for a tab, or null when Backstory does not run there. */
    async get(tabId: number): Promise<TabEchoes | null> {
      if (!tabs.has(tabId) && !(await askReport(tabId))) return null;
      const entry = tabs.get(tabId);
      return entry ? { url: entry.url, echoes: await entry.echoes } : null;
    },

    /** The tab closed or is loading another page. */
    forget(tabId: number): void {
      if (tabs.delete(tabId)) setBadge(tabId, 0);
    },
  };
}

/**
 * The page's own word for its address counts only on the origin the browser reports for it: a
 * copy of an article on another site cannot name the original and so hide the reader's claims
 * about it, or pass for it.
 */
export function trustedCanonical(canonical: string | undefined, seenUrl: string): string | undefined {
  if (!canonical) return undefined;
  try {
    return new URL(canonical).origin === new URL(seenUrl).origin ? canonical : undefined;
  } catch {
    return undefined;
  }
}
