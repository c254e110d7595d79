/**
 * CSV export: one row per claim, RFC 4180 quoting (papaparse), UTF-8 with an optional byte
 * order mark for Excel. Every cell that a spreadsheet would read as a formula — starting with
 * `=`, `+`, `-`, `@`, a tab, a carriage return or NUL — is prefixed with an apostrophe (OWASP
 * CSV injection), so page text can never run in the reader's spreadsheet.
 */
import Papa from 'papaparse';
import type { SavedClaim } from '../claims/schema';
import { textFragmentUrl } from '../claims/text-fragment';
import { splitEntities, type EntityInfo } from './entities';

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

/** First characters a spreadsheet may treat as the start of a formula (OWASP's list). */
export const FORMULA_STARTS = new Set(['=', '+', '-', '@', '\t', '\r', String.fromCharCode(0)]);

/** Makes a cell safe to open in a spreadsheet. */
export function neutralizeCell(value: string): string {
  return FORMULA_STARTS.has(value.charAt(0)) ? `'${value}` : value;
}

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

export function toCsv(
  claims: readonly SavedClaim[],
  info: EntityInfo,
  options: { bom?: boolean } = {},
): string {
  const rows = claims.map((claim) => {
    const row = claimRow(claim, info);
    return CSV_COLUMNS.map((column) => neutralizeCell(row[column]));
  });
  const csv = Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n', quotes: false });
  return `${options.bom ? '\uFEFF' : ''}${csv}\r\n`;
}
