/**
 * "Seen elsewhere" per tab, in the background: the latest check of each tab's page, the
 * toolbar badge that counts its passages, and a way to ask the page for its text again when
 * the service worker has restarted and forgotten. The page's content script only ever sends
 * text; it is never told what was found.
 */
import type { EchoService } from './service';
import type { PageEcho, TabEchoes } from '../../echo/types';

export interface TabEchoDeps {
  echo: EchoService;
  /** Shows the number of passages on the toolbar button for a tab (0 clears it). */
  setBadge: (tabId: number, count: number) => void;
  /** Asks a tab's top-frame content script to send its page text again; false if none answered. */
  askReport: (tabId: number) => Promise<boolean>;
}

export type TabEchoService = ReturnType<typeof createTabEchoes>;

/** How long a tab's text waits before it is checked: reports in quick succession (claims saved one after another, a page that keeps changing) are checked once. */
export const CHECK_AFTER_MS = 400;

export function createTabEchoes({ echo, setBadge, askReport }: TabEchoDeps) {
  interface Entry {
    url: string;
    /** Starts the check now if it has not started; resolves with its result. */
    echoes: () => Promise<PageEcho[]>;
    timer?: ReturnType<typeof setTimeout>;
  }
  const tabs = new Map<number, Entry>();

  return {
    /**
     * A tab's top frame sent its text. Checked in the background a moment later; the caller
     * answers the page at once, so not even the time the check takes reaches it.
     */
    report(
      tabId: number,
      text: string,
      breaks: readonly number[],
      page: { seenUrl: string; canonical?: string },
    ): void {
      clearTimeout(tabs.get(tabId)?.timer);
      let started: Promise<PageEcho[]> | undefined;
      const entry: Entry = {
        url: page.seenUrl,
        echoes: () => {
          clearTimeout(entry.timer);
          started ??= echo
            .check(text, breaks, page)
            .catch((error: unknown) => {
              console.error('Backstory: seen elsewhere', error);
              return [] as PageEcho[];
            })
            .then((found) => {
              if (tabs.get(tabId) === entry) setBadge(tabId, found.length);
              return found;
            });
          return started;
        },
      };
      entry.timer = setTimeout(() => void entry.echoes(), CHECK_AFTER_MS);
      tabs.set(tabId, entry);
    },

    /** What the side panel shows for a tab, or null when Backstory does not run there. */
    async get(tabId: number): Promise<TabEchoes | null> {
      if (!tabs.has(tabId) && !(await askReport(tabId))) return null;
      const entry = tabs.get(tabId);
      return entry ? { url: entry.url, echoes: await entry.echoes() } : null;
    },

    /** The tab closed or is loading another page. */
    forget(tabId: number): void {
      const entry = tabs.get(tabId);
      if (!entry) return;
      clearTimeout(entry.timer);
      tabs.delete(tabId);
      setBadge(tabId, 0);
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
