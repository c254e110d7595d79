/**
 * CSL-JSON export for Zotero and other reference managers: one item per source page (not per
 * claim), with the article's title (the outlet's name taken off it), the outlet as
 * `container-title`, authors split into family and given names where the byline allows,
 * `issued` and `accessed` as date-parts, and the page's canonical URL.
 */
import type { SavedClaim } from '../claims/schema';
import { articleTitle, cslName, titleOutlet, type CslName } from './csl-names';

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
const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
};
const isHostName = (name: string, url: string) => name.toLowerCase() === hostOf(url);

/**
 * Pages gathered from claims as they come: for each page, its earliest claim and how many it
 * has, so a library of any size is turned into CSL-JSON holding one claim per page, not all.
 */
export class CslPages {
  private readonly pages = new Map<string, { first: SavedClaim; count: number }>();

  add(claims: Iterable<SavedClaim>): void {
    for (const claim of claims) {
      const page = this.pages.get(claim.url);
      if (!page) this.pages.set(claim.url, { first: claim, count: 1 });
      else {
        page.count++;
        // The earliest claim; among claims made at the same moment, the first given.
        if (claim.created < page.first.created) page.first = claim;
      }
    }
  }

  /** One item per page, in the order the pages were first seen. */
  items(): CslItem[] {
    return [...this.pages.entries()].map(([url, { first, count }], index) => {
      const page = first.page;
      const recorded = page.siteName && !isHostName(page.siteName, url) ? page.siteName : '';
      // With no site name recorded (only the host stands in), the title's last part may name the outlet.
      const fromTitle = !recorded && page.title ? titleOutlet(page.title, hostOf(url)) : undefined;
      const outlet = recorded || fromTitle?.outlet || '';
      const item: CslItem = {
        id: `backstory-${index + 1}`,
        type: outlet && (page.published || page.authors.length > 0) ? 'article-newspaper' : 'webpage',
        title: fromTitle?.title ?? (page.title ? articleTitle(page.title, page.siteName, url) : url),
        accessed: { 'date-parts': dateParts(first.created) },
        URL: url,
        note: `${count} claim${count === 1 ? '' : 's'} marked with Backstory`,
      };
      if (outlet || page.siteName) item['container-title'] = outlet || page.siteName;
      if (page.authors.length > 0) item.author = page.authors.map(cslName);
      if (page.published) {
        item.issued = /^\d{4}(-\d{2}(-\d{2})?)?/.test(page.published)
          ? { 'date-parts': dateParts(page.published) }
          : { literal: page.published };
      }
      return item;
    });
  }
}

export function toCsl(claims: readonly SavedClaim[]): CslItem[] {
  const pages = new CslPages();
  pages.add(claims);
  return pages.items();
}
