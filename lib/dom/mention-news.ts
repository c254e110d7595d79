/**
 * Whether what "On this page" lists of a page has changed since the side panel was last told:
 * the content script tells it (through the background) after a scan or a live update only when
 * the names found, their counts, or whether Backstory runs or may show its card there differ.
 */
import { ChangeNews } from '../change-news';
import type { PageMentions } from '../messaging/content-requests';

/** What the side panel shows of a page's mentions. */
function newsKey(page: PageMentions): string {
  return JSON.stringify([page.running, page.uiBlocked ?? null, page.entities.map((e) => [e.id, e.count])]);
}

/** Calls `tell` each time a reported state of the page's mentions differs from the last one. */
export class MentionNews extends ChangeNews<PageMentions> {
  constructor(tell: () => void) {
    super(newsKey, tell);
  }
}
