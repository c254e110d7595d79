import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { canonicalUrl, cleanUrl, normalizeDate, readPageMeta } from '@/lib/claims/page-meta';

const doc = (head: string, body = '') =>
  parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document;

describe('canonical addresses', () => {
  it('prefers link rel=canonical, then og:url, strips tracking and fragments, resolves relative links', () => {
    expect(
      canonicalUrl(
        doc('<link rel="canonical" href="/world/story?id=7&utm_source=x#top">'),
        'https://news.example/a?fbclid=1',
      ),
    ).toBe('https://news.example/world/story?id=7');
    expect(
      canonicalUrl(
        doc('<meta property="og:url" content="https://news.example/b?gclid=z&page=2">'),
        'https://news.example/b/amp',
      ),
    ).toBe('https://news.example/b?page=2');
    expect(canonicalUrl(doc(''), 'https://news.example/c?utm_medium=s&utm_campaign=t#comments')).toBe(
      'https://news.example/c',
    );
  });

  it('ignores a canonical address on another origin: a copy cannot claim to be the original', () => {
    const copy = doc(
      '<link rel="canonical" href="https://news.example/world/story"><meta property="og:url" content="https://news.example/world/story">',
    );
    expect(canonicalUrl(copy, 'https://copycat.example/story?utm_source=x')).toBe(
      'https://copycat.example/story',
    );
    // Another subdomain, scheme or port is another origin too.
    expect(canonicalUrl(copy, 'https://m.news.example/world/story')).toBe(
      'https://m.news.example/world/story',
    );
    expect(canonicalUrl(copy, 'http://news.example/world/story')).toBe('http://news.example/world/story');
    expect(canonicalUrl(copy, 'https://news.example:8443/x')).toBe('https://news.example:8443/x');
  });

  it('ignores canonical links that are not http(s)', () => {
    expect(
      canonicalUrl(doc('<link rel="canonical" href="javascript:alert(1)">'), 'https://news.example/d'),
    ).toBe('https://news.example/d');
    expect(cleanUrl('data:text/html,hi')).toBeUndefined();
  });
});

describe('page metadata', () => {
  it('reads Google Scholar citation_* tags first', () => {
    const meta = readPageMeta(
      doc(`<meta name="citation_title" content="Pakistan between Iran and Israel">
        <meta name="citation_author" content="Marvin G. Weinbaum"><meta name="citation_author" content="Naade Ali">
        <meta name="citation_publication_date" content="2025/06/26">
        <meta property="og:title" content="Ignored"><meta property="og:site_name" content="Middle East Institute">
        <title>Page title</title>`),
      'https://mei.example/p',
    );
    expect(meta).toEqual({
      title: 'Pakistan between Iran and Israel',
      siteName: 'Middle East Institute',
      authors: ['Marvin G. Weinbaum', 'Naade Ali'],
      published: '2025-06-26',
    });
  });

  it('falls back to Open Graph and article:* tags', () => {
    const meta = readPageMeta(
      doc(`<meta property="og:title" content="  US quietly pushing   Pakistan and Israel together ">
        <meta property="og:site_name" content="Asia Desk"><meta property="article:author" content="https://facebook.com/someone">
        <meta name="author" content="Imran Khurshid"><meta property="article:published_time" content="2025-11-20T08:30:00+05:00">`),
      'https://asia.example/x',
    );
    expect(meta).toEqual({
      title: 'US quietly pushing Pakistan and Israel together',
      siteName: 'Asia Desk',
      authors: ['Imran Khurshid'],
      published: '2025-11-20T03:30:00.000Z',
    });
  });

  it('reads JSON-LD NewsArticle data, including @graph, arrays and Person objects', () => {
    const jsonLd = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', name: 'Not this' },
        {
          '@type': ['NewsArticle', 'Article'],
          headline: 'Pakistan weighs Gaza role',
          author: [{ '@type': 'Person', name: 'A. Reporter' }, 'B. Writer'],
          publisher: { '@type': 'Organization', name: 'The Daily Example' },
          datePublished: '2025-10-14',
        },
      ],
    };
    const meta = readPageMeta(
      doc(
        `<script type="application/ld+json">{ broken</script><script type="application/ld+json">${JSON.stringify(jsonLd)}</script><title>T</title>`,
      ),
      'https://daily.example/story',
    );
    expect(meta).toEqual({
      title: 'Pakistan weighs Gaza role',
      siteName: 'The Daily Example',
      authors: ['A. Reporter', 'B. Writer'],
      published: '2025-10-14',
    });
  });

  it('uses the document title and host name when the page says nothing else', () => {
    expect(readPageMeta(doc('<title>Plain page</title>'), 'https://plain.example/p')).toEqual({
      title: 'Plain page',
      siteName: 'plain.example',
      authors: [],
      published: null,
    });
  });

  it('keeps hostile strings as plain, bounded text', () => {
    const meta = readPageMeta(
      doc(`<meta property="og:title" content="<img src=x onerror=alert(1)>${'x'.repeat(5000)}">`),
      'https://h.example/',
    );
    expect(meta.title.startsWith('<img src=x onerror=alert(1)>')).toBe(true);
    expect(meta.title.length).toBe(1000);
  });

  it('normalises dates without inventing precision', () => {
    expect(normalizeDate('2025-06')).toBe('2025-06');
    expect(normalizeDate('2025.6.5')).toBe('2025-06-05');
    expect(normalizeDate('last Tuesday')).toBe('last Tuesday');
    expect(normalizeDate('')).toBeNull();
  });
});
