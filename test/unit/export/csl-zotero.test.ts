/**
 * CSL-JSON as Zotero imports it: checked by rendering an APA reference with citation-js (which
 * runs citeproc-js, the engine Zotero uses) from the exported items.
 */
import { Cite } from '@citation-js/core';
// The plugin registers the CSL formats (APA among them) with citation-js when loaded.
// oxlint-disable-next-line import/no-unassigned-import
import '@citation-js/plugin-csl';
import { describe, expect, it } from 'vitest';
import { toCsl } from '@/lib/export/csl';
import { articleTitle, cslName, titleOutlet } from '@/lib/export/csl-names';
import { savedClaim } from '../claims/claim-fixture';

const apa = (items: unknown[]) =>
  new Cite(items).format('bibliography', { template: 'apa', format: 'text' }).trim();

describe('articleTitle', () => {
  it('takes the outlet off either end, and only the outlet', () => {
    const url = 'https://www.karachicourier.example/a';
    expect(articleTitle('Munir meets Trump | The Karachi Courier', 'The Karachi Courier', url)).toBe(
      'Munir meets Trump',
    );
    expect(articleTitle('The Karachi Courier - Munir meets Trump', 'The Karachi Courier', url)).toBe(
      'Munir meets Trump',
    );
    expect(articleTitle('Gaza - a timeline | Dawn', 'Dawn', 'https://www.dawn.com/news/1')).toBe(
      'Gaza - a timeline',
    );
    expect(articleTitle('Munir meets Trump – Dawn.com', 'DAWN.COM', 'https://www.dawn.com/news/1')).toBe(
      'Munir meets Trump',
    );
    // A bar or dash that separates no outlet stays.
    expect(articleTitle('Iran - Israel: the 12-day war', 'Asia Times', 'https://asiatimes.example/x')).toBe(
      'Iran - Israel: the 12-day war',
    );
  });
});

describe('titleOutlet', () => {
  it('takes a short name after the last spaced dash or bar as the outlet', () => {
    expect(titleOutlet('Talks resume in Doha | The Daily Ledger')).toEqual({
      title: 'Talks resume in Doha',
      outlet: 'The Daily Ledger',
    });
    expect(titleOutlet('Pakistan–US talks – The Daily Ledger')).toEqual({
      title: 'Pakistan–US talks',
      outlet: 'The Daily Ledger',
    });
    expect(titleOutlet('Gaza - a timeline — Dawn')).toEqual({ title: 'Gaza - a timeline', outlet: 'Dawn' });
    expect(titleOutlet('Talks resume - Dawn.com')).toEqual({ title: 'Talks resume', outlet: 'Dawn.com' });
  });

  it('leaves a title whose last part is not a name, or is all there is', () => {
    for (const title of [
      'Pakistan–US talks resume in Doha',
      'Iran - Israel: the 12-day war',
      'Talks resume | seven words make this part far too long',
      `Talks resume | ${'x'.repeat(61)}`,
      '| The Daily Ledger',
      'Who pays? – Is it us?',
      // A live page's or a series' marker is not an outlet.
      'Gaza ceasefire | Live updates',
      'Gaza ceasefire - LIVE',
      'The Doha talks - day 3',
      'The Doha talks – Part 2',
      'Why Pakistan matters | Opinion',
      'Inside the summit | Video',
    ])
      expect(titleOutlet(title)).toBeUndefined();
  });

  it("takes a lower-case last part only when it names the page's host", () => {
    expect(titleOutlet('Talks resume - dawn.com', 'www.dawn.com')).toEqual({
      title: 'Talks resume',
      outlet: 'dawn.com',
    });
    expect(titleOutlet('Talks resume | the daily ledger', 'dailyledger.example')).toEqual({
      title: 'Talks resume',
      outlet: 'the daily ledger',
    });
    expect(titleOutlet('Talks resume - dawn.com', 'example.org')).toBeUndefined();
  });
});

describe('cslName', () => {
  it('splits people into family and given names and keeps organisations whole', () => {
    expect(cslName('Jane Smith')).toEqual({ family: 'Smith', given: 'Jane' });
    expect(cslName('By A. Reporter')).toEqual({ family: 'Reporter', given: 'A.' });
    expect(cslName('Smith, Jane')).toEqual({ family: 'Smith', given: 'Jane' });
    expect(cslName('Ludwig van Beethoven')).toEqual({ family: 'van Beethoven', given: 'Ludwig' });
    expect(cslName('Martin Luther King Jr.')).toEqual({
      family: 'King',
      given: 'Martin Luther',
      suffix: 'Jr.',
    });
    expect(cslName('Reuters')).toEqual({ literal: 'Reuters' });
    expect(cslName('Dawn Staff Reporter')).toEqual({ literal: 'Dawn Staff Reporter' });
    expect(cslName('Web Desk')).toEqual({ literal: 'Web Desk' });
  });
});

describe('CSL-JSON for Zotero', () => {
  it('renders a clean APA reference: title without the outlet, outlet as container, names split', () => {
    const claim = savedClaim({
      url: 'https://www.karachicourier.example/2025/06/munir-trump',
      seenUrl: 'https://www.karachicourier.example/2025/06/munir-trump?utm_source=x',
      page: {
        title: 'Munir lunches with Trump | The Karachi Courier',
        siteName: 'The Karachi Courier',
        authors: ['Ayesha Khan', 'Smith, John'],
        published: '2025-06-19T08:30:00.000Z',
      },
    });
    const items = JSON.parse(JSON.stringify(toCsl([claim])));
    expect(items[0]).toMatchObject({
      type: 'article-newspaper',
      title: 'Munir lunches with Trump',
      'container-title': 'The Karachi Courier',
      author: [
        { family: 'Khan', given: 'Ayesha' },
        { family: 'Smith', given: 'John' },
      ],
      issued: { 'date-parts': [[2025, 6, 19]] },
      accessed: { 'date-parts': [[2025, 6, 20]] },
      URL: 'https://www.karachicourier.example/2025/06/munir-trump',
    });
    expect(apa(items)).toBe(
      'Khan, A., & Smith, J. (2025, June 19). Munir lunches with Trump. The Karachi Courier. https://www.karachicourier.example/2025/06/munir-trump',
    );
  });

  it('with no site name recorded, takes the outlet off the end of the title', () => {
    const page = (title: string, path: string) =>
      savedClaim({
        url: `http://127.0.0.1:8080/${path}`,
        page: { title, siteName: '127.0.0.1', authors: [], published: '2025-06-19' },
      });
    const [doha, pakistan] = JSON.parse(
      JSON.stringify(
        toCsl([
          page('Talks resume in Doha | The Daily Ledger', 'talks'),
          page('Pakistan–US talks – The Daily Ledger', 'pakistan'),
        ]),
      ),
    );
    expect(doha).toMatchObject({
      type: 'article-newspaper',
      title: 'Talks resume in Doha',
      'container-title': 'The Daily Ledger',
    });
    expect(pakistan).toMatchObject({ title: 'Pakistan–US talks', 'container-title': 'The Daily Ledger' });
    expect(apa([doha])).toBe(
      'Talks resume in Doha. (2025, June 19). The Daily Ledger. http://127.0.0.1:8080/talks',
    );
  });

  it('with no site name and no outlet in the title, keeps the title whole and the host', () => {
    const claim = savedClaim({
      url: 'http://127.0.0.1:8080/war',
      page: { title: 'Iran - Israel: the 12-day war', siteName: '127.0.0.1', authors: [], published: null },
    });
    expect(toCsl([claim])[0]).toMatchObject({
      type: 'webpage',
      title: 'Iran - Israel: the 12-day war',
      'container-title': '127.0.0.1',
    });
  });

  it('renders a page without byline or date as a web page, its outlet kept as written', () => {
    const claim = savedClaim({
      url: 'https://b.example/x',
      page: { title: 'Ceasefire timeline', siteName: 'b.example', authors: [], published: null },
    });
    const items = JSON.parse(JSON.stringify(toCsl([claim])));
    expect(items[0]).toMatchObject({ type: 'webpage', title: 'Ceasefire timeline' });
    expect(apa(items)).toContain('Ceasefire timeline');
    expect(apa(items)).toContain('https://b.example/x');
  });
});
