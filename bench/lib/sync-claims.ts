/** N saved claims as a team would share them: spread over 500 pages, with notes, tags and an author. */
import type { SavedClaim } from '../../lib/claims/schema';
import { seededRandom } from '../../scripts/lib/random';

const WORDS =
  'the minister said talks would resume after the ceasefire while officials in Islamabad and Washington denied any deal on troops aid or recognition'.split(
    ' ',
  );

export function syncClaims(count: number): SavedClaim[] {
  const random = seededRandom(20);
  const words = (n: number) =>
    Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
  return Array.from({ length: count }, (_, i) => {
    const exact = words(20 + Math.floor(random() * 30));
    const start = Math.floor(random() * 50_000);
    const url = `https://news.example/story-${i % 500}`;
    const at = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
    return {
      id: `5b000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      schemaVersion: 1,
      url,
      seenUrl: url,
      page: {
        title: `Story ${i % 500}`,
        siteName: 'News Example',
        authors: ['A. Reporter'],
        published: '2026-01-01',
      },
      selectors: {
        quote: { type: 'TextQuoteSelector', exact, prefix: words(5), suffix: words(5) },
        position: { type: 'TextPositionSelector', start, end: start + exact.length },
      },
      pageTextHash: 'abc123',
      created: at,
      updated: at,
      entities: ['asim-munir'],
      note: random() < 0.5 ? words(15) : '',
      tags: ['team', `topic-${i % 20}`],
      label: 'claim',
      kbVersion: 'bench',
      author: `Reader ${i % 7}`,
    } satisfies SavedClaim;
  });
}
