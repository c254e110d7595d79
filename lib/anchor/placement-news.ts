/**
 * Whether where a page's claims sit has changed since it was last told: the content script
 * tells the side panel (through the background) only then, so a page that keeps changing
 * elsewhere sends nothing while its claims stay put.
 */
import { ChangeNews } from '../change-news';
import type { PageClaims } from '../messaging/content-requests';

/** What the side panel shows of a page's claims: its addresses and each claim's status. */
function newsKey(page: PageClaims): string {
  return JSON.stringify([page.url, page.seenUrl, page.placements.map((p) => [p.id, p.status])]);
}

/** Calls `tell` each time a reported state of the page's claims differs from the last one. */
export class PlacementNews extends ChangeNews<PageClaims> {
  constructor(tell: () => void) {
    super(newsKey, tell);
  }
}
