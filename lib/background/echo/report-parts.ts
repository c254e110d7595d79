/**
 * A long page's text for "Seen elsewhere" arrives in parts of `REPORT_PART` characters (issue
 * #19: see lib/echo/types.ts). This
 * keeps each tab's parts until the report's last message, which names how many came before it.
 * Parts count only from the tab, top frame and address the browser reported for the sender, and
 * only for the report they were sent for; anything else is dropped, never joined.
 */
import { MAX_ECHO_TEXT, MAX_REPORT_PARTS } from '../../echo/types';
import { RequestError } from '../../result';
/**
 * Tabs whose parts are kept at once: a tab beyond them drops the oldest's (a page closed or
 * navigated away before its last message), so they never hold more than a few megabytes.
 */
const MAX_TABS = 4;

/** Who sent a part, as the browser reported it, and which report it belongs to. */
export interface PartSender {
  tabId: number;
  url: string;
  report: number;
}

interface Pending extends PartSender {
  parts: string[];
  chars: number;
}

export function createReportParts() {
  const tabs = new Map<number, Pending>();
  return {
    /** Keeps one part; a part of a new report (or from a new address) drops the tab's old ones. */
    add(from: PartSender, index: number, text: string): void {
      let pending = tabs.get(from.tabId);
      if (!pending || pending.report !== from.report || pending.url !== from.url) {
        tabs.delete(from.tabId);
        if (tabs.size >= MAX_TABS) tabs.delete(tabs.keys().next().value!);
        pending = { ...from, parts: [], chars: 0 };
        tabs.set(from.tabId, pending);
      }
      if (index >= MAX_REPORT_PARTS || pending.parts[index] !== undefined)
        return void tabs.delete(from.tabId);
      pending.chars += text.length;
      if (pending.chars > MAX_ECHO_TEXT) return void tabs.delete(from.tabId);
      pending.parts[index] = text;
    },

    /**
     * The text of the parts before a report's last message, joined, if exactly `count` of them
     * came from this sender for this report; else undefined. Either way the tab's parts are gone.
     */
    take(from: PartSender, count: number): string | undefined {
      const pending = tabs.get(from.tabId);
      tabs.delete(from.tabId);
      if (!pending || pending.report !== from.report || pending.url !== from.url) return undefined;
      if (pending.parts.length !== count) return undefined;
      for (let i = 0; i < count; i++) if (pending.parts[i] === undefined) return undefined;
      return pending.parts.join('');
    },

    /**
     * A report's whole text: the `count` parts before its last message, then `last`. Throws when
     * they did not all come (the page then sends its text in one message: a worker that restarted
     * meanwhile lost them).
     */
    join(from: PartSender, count: number, last: string): string {
      const before = this.take(from, count);
      if (before === undefined) throw new RequestError('not-found', 'Parts of this page text are missing');
      if (before.length + last.length > MAX_ECHO_TEXT)
        throw new RequestError('invalid-data', 'This page text is too long');
      return before + last;
    },
  };
}

export type ReportParts = ReturnType<typeof createReportParts>;
