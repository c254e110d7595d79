/**
 * The hostile corpus and its fixtures are themselves checked: enough payloads in every category,
 * a fixture page that shows each one as text (and runs nothing), and a DOM inspector that
 * does flag the markup the payloads would create if anything parsed them as HTML.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { FLAG, boundedPayloads, payloadCategories, payloads } from '../../fixtures/hostile/payloads';
import { hostilePageHtml, paragraphId } from '../../fixtures/hostile/page';
import { allowedAddress, inspectTree, linksIn, serializeDom } from '../../fixtures/hostile/inspect';

const EXTENSION = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

/** What an HTML parser makes of text that went through the page's escaping. */
const asParsed = (text: string) => text.replace(/\0|\p{Cs}/gu, '\uFFFD');

describe('the hostile corpus', () => {
  it('has at least 50 payloads with unique ids, in every category', () => {
    expect(payloads.length).toBeGreaterThanOrEqual(50);
    expect(new Set(payloads.map((p) => p.id)).size).toBe(payloads.length);
    const thin = payloadCategories.filter((c) => payloads.filter((p) => p.category === c).length < 2);
    expect(thin).toEqual([]);
    // Most payloads try to run script, and all of those set the same flag.
    expect(payloads.filter((p) => p.text.includes(FLAG)).length).toBeGreaterThanOrEqual(50);
    expect(payloads.find((p) => p.text.length >= 100_000)).toBeDefined();
    expect(payloads.some((p) => p.text.includes('\u202E'))).toBe(true);
    expect(payloads.some((p) => /\p{Cs}/u.test(p.text))).toBe(true);
  });
});

describe('the hostile fixture page', () => {
  for (const variant of ['citation', 'open-graph'] as const) {
    it(`shows every payload as text and carries no active markup (${variant})`, () => {
      const { document } = parseHTML(hostilePageHtml(variant));
      const shown = (id: string) => document.getElementById(paragraphId(id))?.textContent;
      expect(boundedPayloads.filter((p) => shown(p.id) !== asParsed(p.text)).map((p) => p.id)).toEqual([]);
      const problems = inspectTree(serializeDom('html', document as unknown as Document), {
        extensionOrigin: EXTENSION,
        // The page's own head: its charset, metadata, canonical link and JSON-LD block.
        allow: (e) =>
          e.tag === 'meta' ||
          e.tag === 'link' ||
          (e.tag === 'script' && e.attrs['type'] === 'application/ld+json'),
      });
      // Only the head is flagged: its deliberately hostile canonical address (which Backstory
      // must ignore) and, on the Open Graph page, the payloads inside its JSON-LD data.
      expect(problems.filter((line) => !line.startsWith(' > html > head > '))).toEqual([]);
      expect(problems.filter((line) => / > link: href=/.test(line))).toHaveLength(1);
      expect(document.querySelectorAll('body script, body img, body svg, body iframe')).toHaveLength(0);
    });
  }
});

describe('the DOM inspector', () => {
  const inspectBody = (html: string) => {
    const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
    return inspectTree(serializeDom('body', document as unknown as Document), { extensionOrigin: EXTENSION });
  };

  /** Payloads that create flagged markup when parsed as HTML (the others are attribute or URL payloads). */
  const markupCategories = new Set(['script-tag', 'event-handler', 'svg-mathml', 'frame-embed']);
  /** Becomes a script only once a naive filter strips the inner tag; parsed as it is, it is inert. */
  const filterEvasion = new Set(['script-tag/script-nested']);

  it('flags the markup every markup payload would create if parsed as HTML', () => {
    const markup = payloads.filter(
      (p) =>
        (markupCategories.has(p.category) && !filterEvasion.has(p.id)) ||
        ['markup-breakout/attr-double', 'markup-breakout/json-ld', 'css/style-breakout'].includes(p.id),
    );
    expect(markup.length).toBeGreaterThan(25);
    expect(markup.filter((p) => inspectBody(p.text).length === 0).map((p) => p.id)).toEqual([]);
  });

  it('passes plain text, http(s) links and Backstory’s own addresses', () => {
    expect(inspectBody('<p>text &lt;img src=x onerror=1&gt;</p>')).toEqual([]);
    expect(inspectBody('<a href="https://news.example/">x</a><a href="#top">top</a>')).toEqual([]);
    expect(allowedAddress(`${EXTENSION}/reader.html?source=a`, EXTENSION)).toBe(true);
    expect(allowedAddress(`blob:${EXTENSION}/0b7d3a52-3c1e-4f6a-9a51-6d2f5e1c9b01`, EXTENSION)).toBe(true);
    const bad = ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,x', 'vbscript:x'];
    expect(bad.filter((address) => allowedAddress(address, EXTENSION))).toEqual([]);
    const { document } = parseHTML('<html><body><a href="javascript:x">a</a><a>b</a></body></html>');
    expect(linksIn(serializeDom('body', document as unknown as Document))).toEqual(['javascript:x', '']);
  });
});
