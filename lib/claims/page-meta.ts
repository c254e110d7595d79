/**
 * What a page says about itself, for citing a claim: its canonical address and the title, site,
 * authors and publication date from `citation_*` meta tags (Google Scholar's), Open Graph and
 * `article:*` tags, and JSON-LD `NewsArticle` data, in that order of trust. Everything read is
 * page-supplied text: it is trimmed, bounded and only ever rendered as text.
 */
import { MAX_URL_LENGTH } from './constants';
import type { PageMeta } from './schema';

/** Query parameters that only track the reader, never change the page. */
const TRACKING =
  /^(?:utm_.*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|_ga|_gl|ref_src|ref_url|spm|cmpid|ocid|ncid|smid|s_cid|__twitter_impression)$/i;

/** An http(s) address with tracking parameters and the fragment removed; undefined if not http(s). */
export function cleanUrl(value: string, base?: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim(), base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  for (const key of Array.from(url.searchParams.keys())) if (TRACKING.test(key)) url.searchParams.delete(key);
  url.search = url.searchParams.toString() ? `?${url.searchParams.toString()}` : '';
  return url.href;
}

const clean = (value: string | null | undefined, max = 1000) =>
  (value ?? '').replace(/\s+/g, ' ').trim().slice(0, max);

function metaAll(doc: Document, key: string): string[] {
  const values: string[] = [];
  doc.querySelectorAll('meta').forEach((meta) => {
    const name = meta.getAttribute('name') ?? meta.getAttribute('property') ?? meta.getAttribute('itemprop');
    if (name && name.toLowerCase() === key) {
      const content = clean(meta.getAttribute('content'));
      if (content) values.push(content);
    }
  });
  return values;
}

const meta = (doc: Document, ...keys: string[]) => {
  for (const key of keys) {
    const [value] = metaAll(doc, key);
    if (value) return value;
  }
  return '';
};

type Json = Record<string, unknown>;
const ARTICLE_TYPES =
  /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|ScholarlyArticle|Report)$/;

/** The first JSON-LD object on the page that describes an article. */
function jsonLdArticle(doc: Document): Json | undefined {
  const found: Json[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const object = value as Json;
      const types = ([] as unknown[]).concat(object['@type'] ?? []);
      if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) found.push(object);
      if (object['@graph']) visit(object['@graph']);
    }
  };
  doc.querySelectorAll('script[type="application/ld+json"]').forEach((script) => {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken JSON-LD block is the page's problem; other sources of metadata remain.
    }
  });
  return found[0];
}

const names = (value: unknown): string[] =>
  ([] as unknown[])
    .concat(value ?? [])
    .map((item) =>
      typeof item === 'string' ? item : item && typeof item === 'object' ? (item as Json)['name'] : undefined,
    )
    .filter((name): name is string => typeof name === 'string')
    .map((name) => clean(name, 300))
    .filter(Boolean);

/** A date as ISO 8601: date-only inputs stay date-only; unparseable ones are kept as written. */
export function normalizeDate(value: string): string | null {
  const text = clean(value, 100);
  if (!text) return null;
  const dateOnly = text.match(/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/);
  if (dateOnly) return `${dateOnly[1]}-${dateOnly[2]!.padStart(2, '0')}-${dateOnly[3]!.padStart(2, '0')}`;
  if (/^\d{4}(?:-\d{2})?$/.test(text)) return text;
  const parsed = new Date(text);
  return Number.isNaN(parsed.getTime()) ? text : parsed.toISOString();
}

/**
 * The page's canonical address: link rel=canonical, else og:url, else the address it was read
 * at. A canonical address on another origin is ignored: any page can name any address, and a
 * copy of an article naming the original must not be treated as the original (the background
 * applies the same rule to what the browser reports, lib/background/senders.ts).
 */
export function canonicalUrl(doc: Document, seenUrl: string): string {
  const link = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  const og = meta(doc, 'og:url');
  const origin = originOf(seenUrl);
  for (const candidate of [link, og]) {
    const url = candidate ? cleanUrl(candidate, seenUrl) : undefined;
    // A canonical address too long for a claim to keep would make every save on the page fail.
    if (url && url.length <= MAX_URL_LENGTH && originOf(url) === origin) return url;
  }
  return cleanUrl(seenUrl) ?? seenUrl;
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** Title, site name, authors and publication date, from the best source that has each. */
export function readPageMeta(doc: Document, seenUrl: string): PageMeta {
  const article = jsonLdArticle(doc);
  const title =
    meta(doc, 'citation_title', 'og:title', 'twitter:title') ||
    clean(typeof article?.['headline'] === 'string' ? article['headline'] : '') ||
    clean(doc.title);
  const publisher = article?.['publisher'];
  const siteName =
    meta(doc, 'og:site_name', 'citation_publisher', 'citation_journal_title') ||
    names(publisher)[0] ||
    meta(doc, 'application-name') ||
    (() => {
      try {
        return new URL(seenUrl).hostname;
      } catch {
        return '';
      }
    })();
  const citationAuthors = metaAll(doc, 'citation_author');
  const articleAuthors = metaAll(doc, 'article:author').filter((a) => !/^https?:\/\//i.test(a));
  const authors = (
    citationAuthors.length > 0
      ? citationAuthors
      : names(article?.['author']).length > 0
        ? names(article?.['author'])
        : articleAuthors.length > 0
          ? articleAuthors
          : metaAll(doc, 'author')
  ).slice(0, 50);
  const publishedRaw =
    meta(
      doc,
      'citation_publication_date',
      'citation_date',
      'citation_online_date',
      'article:published_time',
    ) ||
    (typeof article?.['datePublished'] === 'string' ? article['datePublished'] : '') ||
    meta(doc, 'date', 'pubdate', 'dc.date', 'dcterms.date') ||
    clean(doc.querySelector('time[datetime]')?.getAttribute('datetime'));
  return {
    title: clean(title),
    siteName: clean(siteName, 300),
    authors: [...new Set(authors.map((a) => clean(a, 300)))],
    published: publishedRaw ? normalizeDate(publishedRaw) : null,
  };
}
