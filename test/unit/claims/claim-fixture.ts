// Relative imports: the end-to-end tests (test/e2e/saved-claims.ts) use it too, without the @ alias.
import { describeQuote } from '../../../lib/anchor/selectors';
import type { SavedClaim } from '../../../lib/claims/schema';

export const pageText =
  'Pakistan’s army chief, Field Marshal Asim Munir, was greeted warmly at the Pentagon. He was rewarded with a private lunch meeting with the US president.';

/** A valid saved claim; pass overrides to vary it. */
export function savedClaim(overrides: Partial<SavedClaim> = {}): SavedClaim {
  const start = pageText.indexOf('a private lunch meeting');
  return {
    id: '0b7d3a52-3c1e-4f6a-9a51-6d2f5e1c9b01',
    schemaVersion: 1,
    url: 'https://news.example/world/munir-lunch',
    seenUrl: 'https://news.example/world/munir-lunch?utm_source=feed',
    page: {
      title: 'Munir lunches with Trump',
      siteName: 'News Example',
      authors: ['A. Reporter'],
      published: '2025-06-19',
    },
    selectors: describeQuote(pageText, start, start + 'a private lunch meeting with the US president'.length),
    pageTextHash: '1a2b3c4d5e6f',
    created: '2025-06-20T10:00:00.000Z',
    updated: '2025-06-20T10:00:00.000Z',
    entities: ['asim-munir', 'donald-trump'],
    note: 'Compare with the MEI account.',
    tags: ['lunch', 'washington'],
    label: 'claim',
    kbVersion: 'seed@abc',
    ...overrides,
  };
}
