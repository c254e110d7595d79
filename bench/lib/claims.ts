/**
 * 100 saved claims on a benchmark page, as a Backstory JSON file to import: quotes of one to
 * three sentences picked across the page's text, with the selectors a reader's marking records.
 */
import { describeQuote } from '../../lib/anchor/selectors';
import { bundleJson } from '../../lib/export/bundle';
import type { SavedClaim } from '../../lib/claims/schema';
import { seededRandom } from '../../scripts/lib/random';

/** The page text selectors are written against, read in the page as `lib/anchor/page-text.ts` does. */
export const PAGE_TEXT = `(() => {
  const out = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'BACKSTORY-UI']);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const parts = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    let skip = false;
    for (let el = n.parentElement; el; el = el.parentElement) if (out.has(el.tagName)) { skip = true; break; }
    if (!skip) parts.push(n.data);
  }
  return parts.join('');
})()`;

/** `series` (0–9999) keeps the ids of different files apart, so importing one never updates another's claims. */
export function claimsBundle(pageText: string, url: string, series: number, count = 100): string {
  const random = seededRandom(99);
  const claims: SavedClaim[] = [];
  const stride = Math.floor(pageText.length / count);
  for (let i = 0; i < count; i++) {
    // A sentence start near an even spread of positions, then one to three sentences.
    let start = pageText.indexOf('. ', i * stride + Math.floor(random() * (stride / 2)));
    start = start < 0 ? i * stride : start + 2;
    let end = start;
    const sentences = 1 + Math.floor(random() * 3);
    for (let s = 0; s < sentences; s++) {
      const next = pageText.indexOf('. ', end + 1);
      end = next < 0 ? Math.min(pageText.length, end + 120) : next + 1;
    }
    end = Math.min(end, start + 600);
    const id = `00000000-0000-4000-8000-${String(series).padStart(4, '0')}${String(i).padStart(8, '0')}`;
    const now = new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString();
    claims.push({
      id,
      schemaVersion: 1,
      url,
      seenUrl: url,
      page: { title: 'Benchmark article', siteName: '', authors: [], published: null },
      selectors: describeQuote(pageText, start, end),
      pageTextHash: '0',
      created: now,
      updated: now,
      entities: [],
      note: '',
      tags: ['bench'],
      label: 'claim',
      kbVersion: 'bench',
    });
  }
  return bundleJson({ claims, relations: [], kbVersion: 'bench' });
}
