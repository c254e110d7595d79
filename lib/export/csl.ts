/**
 * CSL-JSON export for Zotero and other reference managers: one item per source page (not per
 * claim), with title, site, authors, issued date, URL and the date it was first read.
 */
import type { SavedClaim } from '../claims/schema';

export interface CslItem {
  id: string;
  type: 'article-newspaper' | 'webpage';
  title: string;
  'container-title'?: string;
  author?: { literal: string }[];
  issued?: { 'date-parts': number[][] } | { literal: string };
  accessed: { 'date-parts': number[][] };
  URL: string;
  note?: string;
}

const dateParts = (iso: string) => {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return [[y!, ...(m ? [m] : []), ...(d ? [d] : [])]];
};

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
      const item: CslItem = {
        id: `backstory-${index + 1}`,
        type: page.published || page.authors.length > 0 ? 'article-newspaper' : 'webpage',
        title: page.title || url,
        accessed: { 'date-parts': dateParts(first.created) },
        URL: url,
        note: `${count} claim${count === 1 ? '' : 's'} marked with Backstory`,
      };
      if (page.siteName) item['container-title'] = page.siteName;
      if (page.authors.length > 0) item.author = page.authors.map((literal) => ({ literal }));
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
