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

export function toCsl(claims: readonly SavedClaim[]): CslItem[] {
  const pages = new Map<string, SavedClaim[]>();
  for (const claim of claims) pages.set(claim.url, [...(pages.get(claim.url) ?? []), claim]);
  return [...pages.entries()].map(([url, members], index) => {
    const first = members.toSorted((a, b) => a.created.localeCompare(b.created))[0]!;
    const page = first.page;
    const item: CslItem = {
      id: `backstory-${index + 1}`,
      type: page.published || page.authors.length > 0 ? 'article-newspaper' : 'webpage',
      title: page.title || url,
      accessed: { 'date-parts': dateParts(first.created) },
      URL: url,
      note: `${members.length} claim${members.length === 1 ? '' : 's'} marked with Backstory`,
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
