/**
 * What a hostile page says about itself: titles, sites, authors and dates are kept as plain,
 * bounded text; a canonical address or og:url that is not http(s) is never stored as the
 * claim's page address (the address the page was read at is used instead).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { canonicalUrl, normalizeDate, readPageMeta } from '@/lib/claims/page-meta';
import { webUrlSchema } from '@/lib/claims/schema';
import { escapeAttr, hostileMeta, hostilePageHtml } from '../../fixtures/hostile/page';
import { payloads } from '../../fixtures/hostile/payloads';

const SEEN = 'https://news.example/hostile?utm_source=feed';
const CLEAN_SEEN = 'https://news.example/hostile';

const parse = (html: string) => parseHTML(html).document as unknown as Document;
const head = (tags: string) => parse(`<!doctype html><html><head>${tags}</head><body></body></html>`);
/** Page metadata is whitespace-collapsed, trimmed text. */
const collapsed = (text: string, max: number) => text.replace(/\s+/g, ' ').trim().slice(0, max);
/** ...of what an HTML attribute can hold (no NUL or unpaired surrogate). */
const asText = (text: string, max = 1000) => collapsed(text.replace(/\0|\p{Cs}/gu, '\uFFFD'), max);

describe('metadata of the hostile fixture pages', () => {
  for (const variant of ['citation', 'open-graph'] as const) {
    it(`is read as text, and the javascript:/data: canonical is ignored (${variant})`, () => {
      const doc = parse(hostilePageHtml(variant));
      const expected = hostileMeta[variant];
      expect(readPageMeta(doc, SEEN)).toEqual({
        title: asText(expected.title),
        siteName: asText(expected.siteName, 300),
        authors: expected.authors.map((a) => asText(a, 300)),
        published: normalizeDate(expected.published),
      });
      expect(canonicalUrl(doc, SEEN)).toBe(CLEAN_SEEN);
    });
  }
});

describe('every payload as page metadata', () => {
  it('is kept as the text it is, bounded', () => {
    const read = payloads.map((p) => {
      const doc = head(
        `<meta property="og:title" content="${escapeAttr(p.text)}">` +
          `<meta property="og:site_name" content="${escapeAttr(p.text)}">` +
          `<script type="application/ld+json">${JSON.stringify({
            '@type': 'NewsArticle',
            author: { name: p.text },
          }).replace(/</g, '\\u003c')}</script>`,
      );
      const { title, siteName, authors } = readPageMeta(doc, SEEN);
      return { id: p.id, title, siteName, authors };
    });
    expect(read).toEqual(
      payloads.map((p) => ({
        id: p.id,
        title: asText(p.text),
        siteName: asText(p.text, 300),
        // JSON-LD can carry any string, NUL and unpaired surrogates included.
        authors: [collapsed(p.text, 300)],
      })),
    );
  });

  it('as a canonical address or og:url, never yields a stored address that is not http(s)', () => {
    const problems: string[] = [];
    for (const p of payloads) {
      for (const tags of [
        `<link rel="canonical" href="${escapeAttr(p.text)}">`,
        `<meta property="og:url" content="${escapeAttr(p.text)}">`,
      ]) {
        const url = canonicalUrl(head(tags), SEEN);
        // Either the address the page was read at, or the payload resolved as a path on it.
        if (!webUrlSchema.safeParse(url).success || new URL(url).origin !== 'https://news.example')
          problems.push(`${p.id}: ${url.slice(0, 80)}`);
      }
    }
    expect(problems).toEqual([]);
    // The payloads a browser reads as a javascript:, data: or vbscript: address.
    const schemes = [
      'javascript',
      'javascript-mixed-case',
      'javascript-leading-space',
      'javascript-tab-inside',
    ];
    const absolute = [...schemes, 'data-html', 'data-base64', 'vbscript'].map((name) => `url-scheme/${name}`);
    const hostile = payloads.filter((x) => absolute.includes(x.id));
    expect(hostile).toHaveLength(absolute.length);
    const canonical = (p: { text: string }) =>
      canonicalUrl(head(`<link rel="canonical" href="${escapeAttr(p.text)}">`), SEEN);
    expect(hostile.map(canonical)).toEqual(hostile.map(() => CLEAN_SEEN));
  });
});
