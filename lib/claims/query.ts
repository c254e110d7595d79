/**
 * Finding saved claims: full-text search (MiniSearch over quote, note, tags, page title and
 * site) combined with filters by entity, tag, label, site and date range.
 */
import MiniSearch from 'minisearch';
import { siteOf, type ClaimQuery, type SavedClaim } from './schema';

export { claimQuerySchema, type ClaimQuery } from './schema';

export interface ClaimFacets {
  tags: string[];
  sites: string[];
  entities: string[];
}

/** One page of a search of saved claims, as the background answers it. */
export interface ClaimList {
  claims: SavedClaim[];
  total: number;
  facets: ClaimFacets;
  /** Ids of stored records that no longer validate (kept, shown as a warning). */
  unreadable: string[];
}

export type ClaimIndex = MiniSearch<{
  id: string;
  quote: string;
  note: string;
  tags: string;
  title: string;
  site: string;
}>;

export function buildClaimIndex(claims: readonly SavedClaim[]): ClaimIndex {
  const index: ClaimIndex = new MiniSearch({
    fields: ['quote', 'note', 'tags', 'title', 'site'],
    searchOptions: { boost: { quote: 2, note: 1.5 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
  });
  index.addAll(
    claims.map((c) => ({
      id: c.id,
      quote: c.selectors.quote.exact,
      note: c.note,
      tags: c.tags.join(' '),
      title: c.page.title,
      site: siteOf(c),
    })),
  );
  return index;
}

/** The claims matching a query: best text matches first when searching, else newest first. */
export function queryClaims(
  claims: readonly SavedClaim[],
  index: ClaimIndex,
  query: ClaimQuery,
): SavedClaim[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const ordered = query.text
    ? index.search(query.text).flatMap((hit) => (byId.has(String(hit.id)) ? [byId.get(String(hit.id))!] : []))
    : claims.toSorted((a, b) => b.created.localeCompare(a.created));
  return ordered.filter(
    (c) =>
      (!query.entity || c.entities.includes(query.entity)) &&
      (!query.tag || c.tags.includes(query.tag)) &&
      (!query.label || c.label === query.label) &&
      (!query.site || siteOf(c) === query.site) &&
      (!query.from || c.created.slice(0, 10) >= query.from) &&
      (!query.to || c.created.slice(0, 10) <= query.to),
  );
}

/** Every tag, site and entity in use, for filter menus. */
export function facetsOf(claims: readonly SavedClaim[]): ClaimFacets {
  const sorted = (values: Iterable<string>) => [...new Set(values)].toSorted((a, b) => a.localeCompare(b));
  return {
    tags: sorted(claims.flatMap((c) => c.tags)),
    sites: sorted(claims.map(siteOf)),
    entities: sorted(claims.flatMap((c) => c.entities)),
  };
}
