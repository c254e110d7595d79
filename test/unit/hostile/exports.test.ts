/**
 * Every hostile payload in every text field of a claim, through every export format: CSV never
 * starts a cell with a formula, Markdown never yields raw HTML or a link that is not http(s)
 * (rendered by a real CommonMark renderer with its own safety switched off), and the JSON
 * formats give back exactly the strings they were given.
 */
import { parseHTML } from 'linkedom';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { SavedClaim } from '@/lib/claims/schema';
import { textFragmentUrl } from '@/lib/claims/text-fragment';
import { bundleJson } from '@/lib/export/bundle';
import { toCsl } from '@/lib/export/csl';
import { cslName } from '@/lib/export/csl-names';
import { CSV_COLUMNS, claimRow, neutralizeCell, startsFormula, toCsv } from '@/lib/export/csv';
import type { EntityInfo } from '@/lib/export/entities';
import { escapeMarkdown, toMarkdown } from '@/lib/export/markdown';
import { toAnnotationCollection } from '@/lib/export/web-annotation';
import { readImport } from '@/lib/import/read';
import { hostileClaims, unboundedHostileClaim } from '../../fixtures/hostile/claims';
import { payload, payloads, type Payload } from '../../fixtures/hostile/payloads';
import { inspectTree, serializeDom } from '../../fixtures/hostile/inspect';

/** Entity labels are knowledge-pack text, so hostile too. */
const infoFor =
  (p: Payload): EntityInfo =>
  () => ({ label: p.text, kind: 'person' });

const every = payloads.map((p, i) => ({ p, claim: unboundedHostileClaim(p, i + 1) }));

describe('CSV export of hostile claims', () => {
  it('starts no cell with a formula character, and keeps every value (apostrophe aside)', () => {
    const problems: string[] = [];
    for (const { p, claim } of every) {
      const csv = toCsv([claim], infoFor(p));
      const parsed = Papa.parse<string[]>(csv.trimEnd(), { header: false });
      if (parsed.errors.length > 0) problems.push(`${p.id}: ${parsed.errors[0]!.message}`);
      const [header, row] = parsed.data;
      expect(header).toEqual([...CSV_COLUMNS]);
      const expected = claimRow(claim, infoFor(p));
      CSV_COLUMNS.forEach((column, c) => {
        const cell = row![c]!;
        if (startsFormula(cell))
          problems.push(`${p.id} ${column} starts a formula: ${JSON.stringify(cell.slice(0, 20))}`);
        if (cell !== neutralizeCell(expected[column])) problems.push(`${p.id} ${column} changed`);
      });
      if (row![CSV_COLUMNS.indexOf('quote')] !== neutralizeCell(p.text)) problems.push(`${p.id} quote lost`);
    }
    expect(problems).toEqual([]);
  });

  it('neutralises each formula payload with a leading apostrophe', () => {
    const formulas = payloads.filter((x) => x.category === 'csv-formula' && startsFormula(x.text));
    expect(formulas.length).toBeGreaterThanOrEqual(8);
    for (const p of formulas) {
      const cell = neutralizeCell(p.text);
      expect(cell.startsWith("'")).toBe(true);
      expect(cell.replaceAll("'", '')).toBe(p.text.replaceAll("'", ''));
    }
  });
});

/** Markdown rendered as a permissive note app would: raw HTML and any link protocol allowed. */
const render = (md: string) =>
  micromark(md.replace(/^---\n[\s\S]*?\n---\n/, ''), {
    allowDangerousHtml: true,
    allowDangerousProtocol: true,
  });

/** The elements Backstory's Markdown may produce, and nothing else. */
const MARKDOWN_ELEMENTS = new Set(['body', 'h1', 'h2', 'h3', 'p', 'blockquote', 'strong', 'a']);

function markdownProblems(html: string, pageUrl: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const problems = inspectTree(serializeDom('body', document as unknown as Document), {
    extensionOrigin: 'chrome-extension://none',
  });
  for (const element of document.querySelectorAll('*')) {
    const tag = element.localName;
    if (tag === 'html' || tag === 'head') continue;
    if (!MARKDOWN_ELEMENTS.has(tag)) problems.push(`unexpected <${tag}>`);
  }
  for (const link of document.querySelectorAll('a')) {
    const href = link.getAttribute('href') ?? '';
    // The only links are back to the claim's own page.
    if (!href.startsWith(pageUrl)) problems.push(`link to ${href.slice(0, 80)}`);
  }
  return problems;
}

describe('Markdown export of hostile claims', () => {
  it('renders no HTML, image or link but the links back to each claim’s http(s) page', () => {
    const problems = every.flatMap(({ p, claim }) =>
      (['page', 'entity'] as const).flatMap((grouping) =>
        markdownProblems(render(toMarkdown([claim], infoFor(p), { grouping })), claim.url).map(
          (problem) => `${p.id} by ${grouping}: ${problem}`,
        ),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('shows each payload as the text it is', () => {
    const bounded = every.filter(({ p }) => p.category !== 'oversize');
    const shown = bounded.map(({ p, claim }) => {
      const { document } = parseHTML(`<html><body>${render(toMarkdown([claim], infoFor(p)))}</body></html>`);
      return [p.id, document.querySelector('blockquote')!.textContent!.trim()];
    });
    // Markdown has no way to show NUL (CommonMark replaces it) or a line break inside a quote.
    const expected = bounded.map(({ p }) => [
      p.id,
      p.text
        .replace(/\0/g, '\uFFFD')
        .replace(/\r\n?|\n/g, ' ')
        .trim(),
    ]);
    expect(shown).toEqual(expected);
  });

  it('renders every payload as plain text under GitHub-flavoured Markdown too (autolinks, tables, strikethrough)', () => {
    // Note apps read GFM: bare addresses, `www.` and emails become links there, `~` strikes
    // through. Only the constructs that would become markup are escaped, so check the result.
    const problems: string[] = [];
    for (const p of payloads.filter((x) => x.category !== 'oversize')) {
      const html = micromark(escapeMarkdown(p.text), {
        extensions: [gfm()],
        htmlExtensions: [gfmHtml()],
        allowDangerousHtml: true,
        allowDangerousProtocol: true,
      });
      const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
      const elements = [...document.body.querySelectorAll('*')].map((e) => e.localName);
      if (elements.some((e) => e !== 'p')) problems.push(`${p.id}: ${elements.join(',')}`);
    }
    expect(problems).toEqual([]);
  });

  it('never lets a page address with a line break start a live link (whatever the claim schema allows)', () => {
    const url = payload('url-scheme/https-newline-link');
    const claim = { ...unboundedHostileClaim(payloads[0]!, 1), url, seenUrl: url } as SavedClaim;
    for (const grouping of ['page', 'entity'] as const) {
      const html = render(toMarkdown([claim], infoFor(payloads[0]!), { grouping }));
      expect(html).not.toMatch(/href="javascript:/i);
      expect(markdownProblems(html, 'https://news.example/')).toEqual([]);
    }
  });
});

describe('text-fragment links for hostile quotes', () => {
  it('are built for every payload (unpaired surrogates included) and stay on the claim’s http(s) page', () => {
    const problems: string[] = [];
    for (const { p, claim } of every) {
      let link: string;
      try {
        link = textFragmentUrl(claim.url, claim.selectors.quote);
      } catch (error) {
        problems.push(`${p.id}: ${String(error)}`);
        continue;
      }
      const url = new URL(link);
      if (url.protocol !== 'https:' || url.host !== 'hostile.example')
        problems.push(`${p.id}: left the page`);
      if (!link.startsWith(`${claim.url}#:~:text=`)) problems.push(`${p.id}: not a text fragment`);
      if (/[\s<>"\p{Cc}\p{Cs}]/u.test(link)) problems.push(`${p.id}: raw character in the link`);
    }
    expect(problems).toEqual([]);
  });
});

describe('JSON formats keep hostile strings exactly', () => {
  const claims = hostileClaims();

  it('Backstory JSON reads back to the same claims, as well-formed UTF-16 text', () => {
    const text = bundleJson({ claims, relations: [], kbVersion: payload('script-tag/script') });
    // Unpaired surrogates travel as \ud800 escapes, so saving the file as UTF-8 loses nothing.
    expect(/\p{Cs}/u.test(text)).toBe(false);
    const read = readImport(text);
    expect(read.invalid).toEqual([]);
    expect(read.claims).toEqual(claims);
  });

  it('W3C Web Annotation reads back to the same claims', () => {
    const text = JSON.stringify(
      toAnnotationCollection(claims, 'urn:uuid:00000000-0000-4000-8000-000000000000'),
    );
    expect(/\p{Cs}/u.test(text)).toBe(false);
    const read = readImport(text);
    expect(read.invalid).toEqual([]);
    expect(read.claims).toEqual(claims);
  });

  it('CSL-JSON carries titles, sites and authors exactly', () => {
    const items = JSON.parse(JSON.stringify(toCsl(claims))) as ReturnType<typeof toCsl>;
    expect(items).toHaveLength(claims.length);
    items.forEach((item, i) => {
      const page = claims[i]!.page;
      // The outlet's name comes off the title only where the title names it.
      expect(page.title.includes(item.title) || item.title === claims[i]!.url).toBe(true);
      expect(item['container-title']).toBe(page.siteName || undefined);
      expect(item.author).toEqual(page.authors.length ? page.authors.map(cslName) : undefined);
      expect(item.URL).toBe(claims[i]!.url);
    });
  });
});
