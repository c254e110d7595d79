/**
 * What a content script may touch: only the page it runs in. A content script lives in the web
 * page's renderer process and the page's scripts can shape everything it reads (the canonical
 * link, the title, even `location` through `history.pushState` within the origin), so these
 * checks rest on what the browser reports about the sender (`sender.url`, `sender.origin`),
 * never on what the message says.
 */
import { cleanUrl } from '../claims/page-meta';
import { sameOrigin } from '../origins';
import { RequestError } from '../result';
import type { RequestContext } from '../messaging/server';
import type { SavedClaim } from '../claims/schema';

/** The same document: equal URLs once the fragment is dropped. */
export function samePage(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    x.hash = '';
    y.hash = '';
    return x.href === y.href;
  } catch {
    return false;
  }
}

export { sameOrigin };

function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/** The host of the page a content script runs in, as the browser reports it ('' if none). */
export function senderSite(context: RequestContext): string {
  return hostOf(context.url) ?? '';
}

/** The page a content script runs in, as the browser reports it. */
export interface SenderPage {
  /** The address claims on this page are kept under: the canonical one, if it may be trusted. */
  url: string;
  /** The address the browser reports for the sender's document (its frame, not the tab). */
  seenUrl: string;
}

/**
 * The page a content script may read and mark claims for. `canonical` is what the page says
 * its address is; it counts only when it is on the same origin as the address the browser
 * reports, so a copy of an article on another site cannot name the original and receive the
 * reader's claims about it. A document whose origin the browser reports as different from its
 * address (a sandboxed frame, whose origin is opaque) has no page of its own.
 */
export function senderPage(context: RequestContext, canonical?: string): SenderPage {
  const reported = context.url;
  const seenUrl = reported ? cleanUrl(reported) : undefined;
  if (!reported || !seenUrl) throw new RequestError('forbidden', 'Claims belong to web pages only');
  if (context.origin !== undefined && context.origin !== new URL(reported).origin)
    throw new RequestError('forbidden', 'A sandboxed frame has no claims of its own');
  const trusted =
    canonical !== undefined && sameOrigin(canonical, reported) ? cleanUrl(canonical) : undefined;
  return { url: trusted ?? seenUrl, seenUrl: reported };
}

/** Throws unless a content script sent this about the page it runs in (extension pages may). */
export function requireOwnPage(context: RequestContext, pageUrl: string, what: string): void {
  if (context.sender !== 'content-script') return;
  if (!context.url || !samePage(context.url, pageUrl))
    throw new RequestError('forbidden', `A page may only ${what} itself`);
}

/**
 * Throws unless a claim a content script sends is about the page it runs in, kept under that
 * page's own address or a canonical one on the same origin (extension pages may send any).
 */
export function requireOwnClaim(context: RequestContext, claim: { url: string; seenUrl: string }): void {
  if (context.sender !== 'content-script') return;
  requireOwnPage(context, claim.seenUrl, 'save claims about');
  senderPage(context);
  if (!sameOrigin(claim.url, context.url ?? ''))
    throw new RequestError('forbidden', 'A page may only keep claims under an address on its own site');
}

/** Throws unless a content script sent this about its own site (extension pages may). */
export function requireOwnSite(context: RequestContext, site: string, what: string): void {
  if (context.sender !== 'content-script') return;
  if (hostOf(context.url) !== site.toLowerCase())
    throw new RequestError('forbidden', `A page may only ${what} its own site`);
}

/**
 * A claim as a content script may create it: the passage and the page it is on, with none of
 * what only the reader gives a claim (note, tags, label, a name for the team), dated by the
 * background's clock. A page marks a passage; its note and tags are typed in the claim form, an
 * extension page the page's renderer cannot enter. Without this a compromised renderer could
 * tag a claim so that the reader's sharing rule sends it to the team, or date it to sort first.
 */
export function markedByPage(claim: SavedClaim, now: string): SavedClaim {
  const { author: _author, ...passage } = claim;
  return { ...passage, note: '', tags: [], label: 'claim', created: now, updated: now };
}
