/**
 * What a content script may touch: only the page it runs in. A content script lives in the web
 * page's renderer process; if that process were compromised, these checks (made in the
 * background, against what the browser reports about the sender) keep it to its own page.
 */
import { RequestError } from '../result';
import type { RequestContext } from '../messaging/server';

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

function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/** Throws unless a content script sent this about the page it runs in (extension pages may). */
export function requireOwnPage(context: RequestContext, pageUrl: string, what: string): void {
  if (context.sender !== 'content-script') return;
  if (!context.url || !samePage(context.url, pageUrl))
    throw new RequestError('forbidden', `A page may only ${what} itself`);
}

/** Throws unless a content script sent this about its own site (extension pages may). */
export function requireOwnSite(context: RequestContext, site: string, what: string): void {
  if (context.sender !== 'content-script') return;
  if (hostOf(context.url) !== site.toLowerCase())
    throw new RequestError('forbidden', `A page may only ${what} its own site`);
}
