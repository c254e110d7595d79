/**
 * CSV export: one row per claim, every field quoted (RFC 4180, papaparse), UTF-8 with an
 * optional byte order mark for Excel. Every place a spreadsheet could read as the start of a
 * formula gets an apostrophe (`csv-safety.ts`), so page text can never run in the reader's
 * spreadsheet, whether it splits on commas, semicolons or tabs.
 */
import Papa from 'papaparse';
import type { SavedClaim } from '../claims/schema';
import { textFragmentUrl } from '../claims/text-fragment';
import { splitEntities, type EntityInfo } from './entities';
import { neutralizeCell } from './csv-safety';

export const CSV_COLUMNS = [
  'created',
  'label',
  'quote',
  'note',
  'tags',
  'actors',
  'events',
  'page title',
  'site',
  'authors',
  'published',
  'url',
  'text-fragment link',
  'id',
] as const;

export { neutralizeCell, startsFormula } from './csv-safety';

export function claimRow(claim: SavedClaim, info: EntityInfo): Record<(typeof CSV_COLUMNS)[number], string> {
  const { actors, events } = splitEntities(claim.entities, info);
  return {
    created: claim.created,
    label: claim.label,
    quote: claim.selectors.quote.exact,
    note: claim.note,
    tags: claim.tags.join('; '),
    actors: actors.join('; '),
    events: events.join('; '),
    'page title': claim.page.title,
    site: claim.page.siteName,
    authors: claim.page.authors.join('; '),
    published: claim.page.published ?? '',
    url: claim.url,
    'text-fragment link': textFragmentUrl(claim.url, claim.selectors.quote),
    id: claim.id,
  };
}

const unparse = (rows: string[][]) => Papa.unparse(rows, { newline: '\r\n', quotes: true });

/** The header line (after an optional byte order mark), ending in CRLF. */
export function csvHeader(options: { bom?: boolean } = {}): string {
  return `${options.bom ? '\uFEFF' : ''}${unparse([[...CSV_COLUMNS]])}\r\n`;
}

/** Rows for some claims, each ending in CRLF: the CSV file is the header and then these. */
export function csvRows(claims: readonly SavedClaim[], info: EntityInfo): string {
  if (claims.length === 0) return '';
  const rows = claims.map((claim) => {
    const row = claimRow(claim, info);
    return CSV_COLUMNS.map((column) => neutralizeCell(row[column]));
  });
  return `${unparse(rows)}\r\n`;
}

export function toCsv(
  claims: readonly SavedClaim[],
  info: EntityInfo,
  options: { bom?: boolean } = {},
): string {
  return csvHeader(options) + csvRows(claims, info);
}
