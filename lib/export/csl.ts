/**
 * CSL-JSON export for Zotero and other reference managers: one item per source page (not per
 * claim), with the article's title (the outlet's name taken off it), the outlet as
 * `container-title`, authors split into family and given names where the byline allows,
 * `issued` and `accessed` as date-parts, and the page's canonical URL.
 */
import type { SavedClaim } from '../claims/schema';
import { articleTitle, cslName, type CslName } from './csl-names';

export interface CslItem {
  id: string;
  type: 'article-newspaper' | 'webpage';
  title: string;
  'container-title'?: string;
  author?: CslName[];
  issued?: { 'date-parts': number[][] } | { literal: string };
  accessed: { 'date-parts': number[][] };
  URL: string;
  note?: string;
}

const dateParts = (iso: string) => {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return [[y!, ...(m ? [m] : []), ...(d ? [d] : [])]];
};

/** A host name used as a site name (the fallback when a page names no outlet) is no outlet. */
const isHostName = (name: string, url: string) => {
  try {
    return name.toLowerCase() === new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
};

export function toCsl(claims: readonly SavedClaim[]): CslItem[] {
  const pages = new Map<string, SavedClaim[]>();
  for (const claim of claims) pages.set(claim.url, [...(pages.get(claim.url) ?? []), claim]);
  return [...pages.entries()].map(([url, members], index) => {
    const first = members.toSorted((a, b) => a.created.localeCompare(b.created))[0]!;
    const page = first.page;
    const outlet = page.siteName && !isHostName(page.siteName, url) ? page.siteName : '';
    const item: CslItem = {
      id: `backstory-${index + 1}`,
      type: outlet && (page.published || page.authors.length > 0) ? 'article-newspaper' : 'webpage',
      title: page.title ? articleTitle(page.title, page.siteName, url) : url,
      accessed: { 'date-parts': dateParts(first.created) },
      URL: url,
      note: `${members.length} claim${members.length === 1 ? '' : 's'} marked with Backstory`,
    };
    if (page.siteName) item['container-title'] = page.siteName;
    if (page.authors.length > 0) item.author = page.authors.map(cslName);
    if (page.published) {
      item.issued = /^\d{4}(-\d{2}(-\d{2})?)?/.test(page.published)
        ? { 'date-parts': dateParts(page.published) }
        : { literal: page.published };
    }
    return item;
  });
}
