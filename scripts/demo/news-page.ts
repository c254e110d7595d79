/**
 * The demo page: seed article 000 ("US quietly pushing Pakistan and Israel together", by Imran
 * Khurshid) laid out as a news page. The article's words are the seed's, verbatim; only the
 * furniture around them (masthead, navigation, a "more" rail) is Backstory's, and it says so.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectRoot } from '../lib/build';

export const demoSeed = 'seeds/sources/000_caa46a23ca560ad9.txt';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** A block with no closing punctuation and a short length reads as a subheading. */
const isSubheading = (block: string) => block.length < 80 && !/[.?!:”"]$/.test(block);

export interface DemoArticle {
  title: string;
  standfirst: string;
  author: string;
  body: { kind: 'p' | 'h2'; text: string }[];
  bio: string;
}

/** Splits the seed text into headline, standfirst, body and author bio. */
export function parseDemoArticle(text: string): DemoArticle {
  const blocks = text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  // blocks[0] is the site's breadcrumb run together with the headline ("HomeAsiaUS quietly…").
  const [, title = '', standfirst = ''] = blocks;
  const end = blocks.findIndex((block) => block.startsWith('LEAVE A REPLY'));
  const rest = blocks.slice(3, end === -1 ? undefined : end);
  const bioIndex = rest.findIndex((block) => /^[A-Z][\w. ]+ \(PhD\) is /.test(block));
  const bio = bioIndex === -1 ? '' : rest[bioIndex]!;
  const author = bio.match(/^([A-Z][\w. ]+?) \(PhD\)/)?.[1] ?? '';
  const body = (bioIndex === -1 ? rest : rest.slice(0, bioIndex)).map((block) => ({
    kind: isSubheading(block) ? ('h2' as const) : ('p' as const),
    text: block,
  }));
  return { title, standfirst, author, body, bio };
}

/** The demo page's HTML. */
export function demoPageHtml(): string {
  const article = parseDemoArticle(readFileSync(resolve(projectRoot, demoSeed), 'utf8'));
  const body = article.body
    .map((b) => `        <${b.kind}>${escapeHtml(b.text)}</${b.kind}>`)
    .join('\n')
    // One link of the site's own, so the demo shows how Backstory's marks differ from links.
    .replace('widely photographed exchange', '<a href="#">widely photographed exchange</a>');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(article.title)}</title>
    <meta property="og:title" content="${escapeHtml(article.title)}" />
    <meta name="author" content="${escapeHtml(article.author)}" />
    <style>
      body { margin: 0; font: 18px/1.6 Georgia, 'Times New Roman', serif; color: #1d1d1f; background: #fff; }
      .masthead { border-bottom: 3px solid #1d1d1f; padding: 14px 24px; display: flex; align-items: baseline; gap: 24px; }
      .masthead strong { font: 700 26px/1 'Helvetica Neue', Arial, sans-serif; letter-spacing: -0.5px; }
      .masthead nav a { font: 14px Arial, sans-serif; color: #444; margin-right: 14px; text-decoration: none; }
      .notice { background: #fff6d6; font: 13px Arial, sans-serif; padding: 6px 24px; color: #5a4a00; }
      .layout { display: grid; grid-template-columns: minmax(0, 680px) 260px; gap: 48px; padding: 24px; max-width: 1040px; margin: 0 auto; }
      .crumbs { font: 13px Arial, sans-serif; color: #666; }
      h1 { font-size: 40px; line-height: 1.15; margin: 8px 0 12px; }
      .standfirst { font-size: 21px; color: #444; margin: 0 0 16px; }
      .byline { font: 14px Arial, sans-serif; color: #555; border-top: 1px solid #ddd; border-bottom: 1px solid #ddd; padding: 8px 0; margin-bottom: 20px; }
      article h2 { font: 700 22px 'Helvetica Neue', Arial, sans-serif; margin: 32px 0 8px; }
      .bio { font-style: italic; font-size: 16px; color: #555; border-top: 1px solid #ddd; padding-top: 12px; }
      aside { font: 15px/1.45 Arial, sans-serif; }
      aside h3 { font-size: 13px; text-transform: uppercase; letter-spacing: 1px; border-bottom: 2px solid #1d1d1f; }
      aside li { margin-bottom: 10px; }
      footer { font: 13px Arial, sans-serif; color: #666; padding: 24px; border-top: 1px solid #ddd; text-align: center; }
      article a { color: #0b57d0; }
      @media (max-width: 760px) {
        .layout { grid-template-columns: minmax(0, 1fr); gap: 16px; padding: 16px; }
        .masthead { flex-wrap: wrap; padding: 12px 16px; }
        h1 { font-size: 30px; }
        .notice { padding: 6px 16px; }
      }
      @media (prefers-color-scheme: dark) {
        body { color: #e8e6e3; background: #16181c; }
        .masthead { border-color: #e8e6e3; }
        .masthead nav a, .crumbs, .byline, .bio, footer { color: #a9adb3; }
        .notice { background: #3a3320; color: #f0deb0; }
        .standfirst { color: #c4c7cc; }
        .byline, .bio, footer { border-color: #33363b; }
        aside h3 { border-color: #e8e6e3; }
        article a { color: #8ab4f8; }
      }
    </style>
  </head>
  <body>
    <header class="masthead">
      <strong>The Demo Dispatch</strong>
      <nav><a href="#">World</a><a href="#">Asia</a><a href="#">Analysis</a><a href="#">Opinion</a></nav>
    </header>
    <p class="notice">A Backstory demo page. The article below is ${escapeHtml(article.author)}’s “${escapeHtml(article.title)}”, one of the sources of Backstory’s knowledge base, word for word; the masthead, side rail and link are made up for the demo.</p>
    <div class="layout">
      <main>
        <p class="crumbs">Home › Asia</p>
        <article>
          <h1>${escapeHtml(article.title)}</h1>
          <p class="standfirst">${escapeHtml(article.standfirst)}</p>
          <p class="byline">By ${escapeHtml(article.author)}</p>
${body}
          <p class="bio">${escapeHtml(article.bio)}</p>
        </article>
      </main>
      <aside aria-label="More from the demo">
        <h3>Demo rail</h3>
        <ul>
          <li>Hover a highlighted name to see its backstory.</li>
          <li>Select a sentence to mark it as a claim.</li>
          <li>Open the side panel from the toolbar button.</li>
        </ul>
      </aside>
    </div>
    <footer>Backstory demo · served from your machine · no network</footer>
  </body>
</html>
`;
}
