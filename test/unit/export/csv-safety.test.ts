/**
 * CSV that no spreadsheet can turn into a formula: the export is read back by a real CSV parser
 * splitting on commas, semicolons and tabs (as LibreOffice and Excel do in different locales),
 * and by a naive splitter that ignores quotes, and every cell each of them yields is checked.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, neutralizeCell, toCsv } from '@/lib/export/csv';
import { payloads } from '../../fixtures/hostile/payloads';
import { savedClaim } from '../claims/claim-fixture';

/**
 * The test's own reading of "a spreadsheet would evaluate this": after spaces, invisible
 * characters and quote marks, the first character is a formula sign and the cell is not a
 * plain number; or the cell begins with a control character.
 */
function evaluated(cell: string): boolean {
  if (/^[\p{Cc}]/u.test(cell)) return true;
  const visible = cell.replace(/^[\s\p{Cf}\p{Cc}\u115F\u1160\u2800\u3164\uFFA0"]+/u, '');
  if (/^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/.test(cell.trim())) return false;
  return /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u.test(visible);
}

const hostile = [
  ...payloads.filter((p) => p.text.length < 10_000).map((p) => p.text),
  "Lunch;=cmd|' /C calc'!A0",
  "Lunch\t=cmd|' /C calc'!A0",
  'x|=1+1',
  ' =1+1',
  '\u00A0=1+1',
  '\u200B\u200B=1+1',
  '\uFEFF@SUM(A1)',
  '\u3000+1+1',
  '\uFF1D1+1',
  '"=1+1"',
  '";=1+1;"',
  'a,b;c\t=d\n-e\r+f',
];

const claims = hostile.map((text, i) =>
  savedClaim({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    note: text,
    tags: [
      text
        .replace(/\p{Cc}/gu, '')
        .trim()
        .slice(0, 80) || 'x',
    ],
    page: {
      title: text.slice(0, 1000),
      siteName: text.slice(0, 300),
      authors: [text.slice(0, 300)],
      published: null,
    },
  }),
);
const csv = toCsv(claims, () => undefined);

describe('CSV export under every separator', () => {
  it('quotes every field (RFC 4180)', () => {
    const header = csv.slice(0, csv.indexOf('\r\n'));
    expect(header).toBe(CSV_COLUMNS.map((c) => `"${c}"`).join(','));
    const parsed = Papa.parse<string[]>(csv.trimEnd(), { delimiter: ',' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(claims.length + 1);
  });

  for (const delimiter of [',', ';', '\t']) {
    it(`leaves no cell a spreadsheet would evaluate when split on ${JSON.stringify(delimiter)}`, () => {
      const cells = Papa.parse<string[]>(csv, { delimiter }).data.flat();
      expect(cells.length).toBeGreaterThan(claims.length);
      expect(cells.filter(evaluated)).toEqual([]);
    });

    it(`… nor when a naive splitter cuts on ${JSON.stringify(delimiter)} and line breaks, quotes and all`, () => {
      const cells = csv.split(/\r\n|\r|\n/).flatMap((line) => line.split(delimiter));
      expect(cells.filter(evaluated)).toEqual([]);
    });
  }

  it('keeps each value whole under commas: only apostrophes are added', () => {
    const [, ...rows] = Papa.parse<string[]>(csv.trimEnd(), { delimiter: ',' }).data;
    const notes = rows.map((row) => row[CSV_COLUMNS.indexOf('note')]!);
    notes.forEach((note, i) => {
      expect(note).toBe(neutralizeCell(hostile[i]!));
      expect(note.replaceAll("'", '')).toBe(hostile[i]!.replaceAll("'", ''));
    });
  });

  it('leaves plain numbers as numbers and plain text as it is', () => {
    for (const value of ['-5', '+3.2', '1e5', '-0.5', '42', 'safe text', 'a-b', '1-2'])
      expect(neutralizeCell(value)).toBe(value);
  });
});
