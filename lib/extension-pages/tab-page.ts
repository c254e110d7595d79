/**
 * What Backstory's own pages may believe about the page in a tab. A content script's replies
 * come from the page's renderer, which may be the attacker's (SECURITY.md, "A compromised
 * renderer"): the site and address a page is on are taken from what the browser reports for the
 * tab, and a reply that names another origin is not believed.
 */
import { sameOrigin } from '../origins';
import { entityKinds, type EntityKind } from '../kb/schema';
import { slugSchema } from '../kb/slug';
import type { PageEntity } from '../messaging/protocol';

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

/** The most entities "On this page" lists (as many as `getEntityLabels` names in one request). */
export const MAX_PAGE_ENTITIES = 2000;

/** The ids worth naming among what a page reports it mentions: slugs, once each, a bounded number. */
export function pageEntityIds(entities: unknown): string[] {
  if (!Array.isArray(entities)) return [];
  const ids = entities
    .map((e: { id?: unknown } | null) => e?.id)
    .filter((id) => slugSchema.safeParse(id).success);
  return [...new Set(ids as string[])].slice(0, MAX_PAGE_ENTITIES);
}

/**
 * What "On this page" lists of what a page reports it mentions: only entities of the knowledge
 * base, under the knowledge base's labels (`labels`, from `getEntityLabels`), each once, with a
 * count that is a whole number of at least one and a kind of the knowledge base's.
 */
export function knownPageEntities(entities: unknown, labels: Record<string, string>): PageEntity[] {
  if (!Array.isArray(entities)) return [];
  const seen = new Set<string>();
  const listed: PageEntity[] = [];
  for (const e of entities as { id?: unknown; kind?: unknown; count?: unknown }[]) {
    const id = e?.id;
    if (typeof id !== 'string' || seen.has(id) || !Object.hasOwn(labels, id)) continue;
    if (!(entityKinds as readonly unknown[]).includes(e.kind)) continue;
    seen.add(id);
    const count = typeof e.count === 'number' && Number.isSafeInteger(e.count) && e.count > 0 ? e.count : 1;
    listed.push({ id, label: labels[id]!, kind: e.kind as EntityKind, count });
  }
  return listed;
}

/**
 * The mentions a page reports in all, for the popup's "N mentions on this page": each slug id
 * once (at most `MAX_PAGE_ENTITIES`), a count that is no whole number of at least one counting
 * one, and a reply that is no list counting none; the popup shows a number the renderer cannot
 * put words into, and a malformed reply does not leave it on "Checking this page…".
 */
export function mentionTotal(entities: unknown): number {
  if (!Array.isArray(entities)) return 0;
  const ids = new Set(pageEntityIds(entities));
  let total = 0;
  for (const e of entities as { id?: unknown; count?: unknown }[]) {
    if (typeof e?.id !== 'string' || !ids.delete(e.id)) continue;
    total += typeof e.count === 'number' && Number.isSafeInteger(e.count) && e.count > 0 ? e.count : 1;
  }
  return total;
}
