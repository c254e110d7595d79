/**
 * What Backstory's own pages may believe about the page in a tab. A content script's replies
 * come from the page's renderer, which may be the attacker's (SECURITY.md, "A compromised
 * renderer"): the site and address a page is on are taken from what the browser reports for the
 * tab, and a reply that names another origin is not believed.
 */
import { sameOrigin } from '../origins';

/** The lower-case host of the tab's page, as the browser reports it; undefined if not a web page. */
export function tabSite(tab: { url?: string } | undefined): string | undefined {
  try {
    const url = new URL(tab?.url ?? '');
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The addresses a tab's content script gives for its page's claims, if both are on the origin
 * the browser reports for the tab (a canonical address counts only on the same origin, as the
 * background rules for content scripts: lib/background/senders.ts); else undefined.
 */
export function claimAddressesOfTab(
  reply: { url: string; seenUrl: string },
  tabUrl: string | undefined,
): { url: string; seenUrl: string } | undefined {
  if (tabUrl === undefined || !sameOrigin(reply.seenUrl, tabUrl) || !sameOrigin(reply.url, tabUrl))
    return undefined;
  return { url: reply.url, seenUrl: reply.seenUrl };
}

/** Of the claims found for a tab's page, those marked on the tab's origin (as a content script gets). */
export function claimsMarkedOnTab<T extends { seenUrl: string }>(
  claims: T[],
  tabUrl: string | undefined,
): T[] {
  return tabUrl === undefined ? [] : claims.filter((claim) => sameOrigin(claim.seenUrl, tabUrl));
}
