import { micromark } from 'micromark';
import Papa from 'papaparse';
import { array, assert, property } from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, claimRow, neutralizeCell, startsFormula, toCsv } from '@/lib/export/csv';
import { toCsl } from '@/lib/export/csl';
import { escapeMarkdown, toMarkdown } from '@/lib/export/markdown';
import type { EntityInfo } from '@/lib/export/entities';
import { savedClaim } from '../claims/claim-fixture';
import { hostile, savedClaimArbitrary } from './arbitrary';

const info: EntityInfo = (id) =>
  ({
    'asim-munir': { label: 'Asim Munir', kind: 'person' as const },
    'donald-trump': { label: 'Donald Trump', kind: 'person' as const },
    'munir-white-house-lunch': { label: "Munir's White House lunch", kind: 'event' as const },
  })[id];

describe('CSV', () => {
  it('parses back with a real CSV parser to the source values, formula cells neutralised', () => {
    assert(
      property(array(savedClaimArbitrary, { maxLength: 5 }), (claims) => {
        const csv = toCsv(claims, info);
        const parsed = Papa.parse<string[]>(csv.trimEnd(), { header: false });
        expect(parsed.errors).toEqual([]);
        const [header, ...rows] = parsed.data;
        expect(header).toEqual([...CSV_COLUMNS]);
        expect(rows).toHaveLength(claims.length);
        rows.forEach((row, i) => {
          const expected = claimRow(claims[i]!, info);
          CSV_COLUMNS.forEach((column, c) => {
            const cell = row[c]!;
            expect(cell).toBe(neutralizeCell(expected[column]));
            // Nothing a spreadsheet would evaluate survives.
            expect(startsFormula(cell)).toBe(false);
          });
        });
      }),
      { numRuns: 100 },
    );
  });

  it('names actors and events in their own columns and adds a BOM on request', () => {
    const claim = savedClaim({ entities: ['asim-munir', 'munir-white-house-lunch'] });
    const csv = toCsv([claim], info, { bom: true });
    expect(csv.startsWith('\uFEFF"created","label","quote"')).toBe(true);
    const [, row] = Papa.parse<string[]>(csv.slice(1).trimEnd()).data;
    expect(row![CSV_COLUMNS.indexOf('actors')]).toBe('Asim Munir');
    expect(row![CSV_COLUMNS.indexOf('events')]).toBe("Munir's White House lunch");
    expect(row![CSV_COLUMNS.indexOf('text-fragment link')]).toContain('#:~:text=');
  });

  it('neutralises every dangerous first character', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r', '\u0000', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'])
      expect(neutralizeCell(`${start}1+A1`)).toBe(`'${start}1+A1`);
    expect(neutralizeCell('safe')).toBe('safe');
  });
});

describe('Markdown', () => {
  it('has front matter, headings per page, blockquotes, notes, tags and links back to the quote', () => {
    const a = savedClaim({ tags: ['lunch'] });
    const b = savedClaim({
      id: '2b7d3a52-3c1e-4f6a-9a51-6d2f5e1c9b02',
      url: 'https://other.example/story',
      note: '',
    });
    const md = toMarkdown([a, b], info, { grouping: 'page', now: new Date('2025-11-21T00:00:00Z') });
    expect(
      md.startsWith(
        '---\ntitle: "Claims marked with Backstory"\nauthor: []\ncreated: "2025-11-21T00:00:00.000Z"\ntags:\n  - "lunch"\n  - "washington"\nclaims: 2\n',
      ),
    ).toBe(true);
    const html = micromark(md.replace(/^---[\s\S]*?---\n/, ''));
    expect(html.match(/<h2>/g)).toHaveLength(2);
    expect(html.match(/<blockquote>/g)).toHaveLength(2);
    expect(html).toContain('#lunch');
    expect(html).toContain('href="https://news.example/world/munir-lunch#:~:text=');
  });

  it('groups by actor or event on request', () => {
    const md = toMarkdown([savedClaim({ entities: ['asim-munir', 'donald-trump'] })], info, {
      grouping: 'entity',
    });
    const html = micromark(md.replace(/^---[\s\S]*?---\n/, ''));
    expect(html).toContain('<h2>Asim Munir</h2>');
    expect(html).toContain('<h2>Donald Trump</h2>');
  });

  it('never turns page text or notes into live HTML or javascript: links (property)', () => {
    assert(
      property(array(savedClaimArbitrary, { maxLength: 4 }), (claims) => {
        const html = micromark(
          toMarkdown(claims, info, { grouping: 'page' }).replace(/^---[\s\S]*?---\n/, ''),
        );
        expect(html).not.toMatch(/<(script|img|iframe|svg|a href="javascript)/i);
        for (const href of html.match(/href="[^"]*"/g) ?? []) expect(href).toMatch(/^href="https?:\/\//);
      }),
      { numRuns: 150 },
    );
    for (const payload of hostile) {
      const html = micromark(escapeMarkdown(payload));
      expect(html).not.toMatch(/<(script|img|a )/i);
    }
  });
});

describe('CSL-JSON', () => {
  it('makes one item per source page with title, site, authors, issued, URL and accessed', () => {
    const items = toCsl([
      savedClaim(),
      savedClaim({ id: '2b7d3a52-3c1e-4f6a-9a51-6d2f5e1c9b02' }),
      savedClaim({
        id: '3b7d3a52-3c1e-4f6a-9a51-6d2f5e1c9b03',
        url: 'https://b.example/x',
        page: { title: '', siteName: '', authors: [], published: null },
      }),
    ]);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({
      type: 'article-newspaper',
      title: 'Munir lunches with Trump',
      'container-title': 'News Example',
      author: [{ family: 'Reporter', given: 'A.' }],
      issued: { 'date-parts': [[2025, 6, 19]] },
      URL: 'https://news.example/world/munir-lunch',
      accessed: { 'date-parts': [[2025, 6, 20]] },
      note: '2 claims marked with Backstory',
    });
    expect(items[1]).toMatchObject({ type: 'webpage', title: 'https://b.example/x' });
  });
});
