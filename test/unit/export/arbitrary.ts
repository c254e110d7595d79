/** fast-check generators for saved claims, including hostile strings from pages and notes. */
import {
  array,
  constantFrom,
  date,
  integer,
  oneof,
  record,
  string,
  stringMatching,
  tuple,
  uuid,
} from 'fast-check';
import type { SavedClaim } from '@/lib/claims/schema';

/** Strings a hostile page or a careless paste might contain. */
export const hostile = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '=HYPERLINK("http://evil.example","x")',
  '+SUM(1,2)',
  '-2+3',
  '@cmd',
  '\tleading tab',
  '\rcarriage',
  '\u0000nul',
  '"quoted", with, commas',
  'line\nbreak\r\nand more',
  '‮reversed',
  '# heading',
  '> quote',
  '**bold**',
  '`code`',
  'emoji 😀 and Urdu پاکستان',
];

const text = (max: number) => oneof(constantFrom(...hostile), string({ maxLength: max }));
const nonEmpty = (max: number) => text(max).filter((s) => s.trim().length > 0);
const isoDate = date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map(
  (d) => d.toISOString(),
);
const slug = stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}$/);
const tag = nonEmpty(20).map((t) => t.replace(/\p{Cc}/gu, '').trim() || 'tag');
const url = tuple(
  constantFrom('https://news.example', 'http://blog.example:8080', 'https://ur.example'),
  stringMatching(/^\/[a-z0-9/-]{0,20}$/),
).map(([origin, path]) => `${origin}${path}`);

export const savedClaimArbitrary = record({
  id: uuid({ version: 4 }),
  url,
  seenUrl: url,
  title: text(60),
  siteName: text(30),
  authors: array(text(20), { maxLength: 3 }),
  published: oneof(constantFrom(null), isoDate, constantFrom('2025-06', '2025')),
  exact: nonEmpty(200),
  prefix: text(32),
  suffix: text(32),
  start: integer({ min: 0, max: 100_000 }),
  created: isoDate,
  updated: isoDate,
  entities: array(slug, { maxLength: 4 }).map((e) => [...new Set(e)]),
  note: text(300),
  tags: array(tag, { maxLength: 4 }).map((t) => [...new Set(t)]),
  label: constantFrom('claim' as const, 'evidence' as const, 'disputed' as const),
  // Shared claims carry their author (team sync); it travels as the W3C `creator`.
  author: oneof(constantFrom(undefined), tag),
}).map((c): SavedClaim => ({
  id: c.id,
  schemaVersion: 1,
  url: c.url,
  seenUrl: c.seenUrl,
  page: { title: c.title, siteName: c.siteName, authors: c.authors, published: c.published },
  selectors: {
    quote: { type: 'TextQuoteSelector', exact: c.exact, prefix: c.prefix, suffix: c.suffix },
    position: { type: 'TextPositionSelector', start: c.start, end: c.start + c.exact.length },
  },
  pageTextHash: 'abc123',
  created: c.created,
  updated: c.updated,
  entities: c.entities,
  note: c.note,
  tags: c.tags,
  label: c.label,
  kbVersion: 'seed@1.0.0',
  ...(c.author ? { author: c.author } : {}),
}));
