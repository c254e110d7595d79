/**
 * Generated news pages for the benchmark: realistic markup (masthead, navigation, headline,
 * paragraphs with links and emphasis, asides, footer) around news-like text that mentions the
 * dictionary's names, at a chosen amount of visible text.
 */
import type { AliasSpec } from '../../lib/match/dictionary';
import { newsText } from './workloads';
import { pick, seededRandom } from '../../scripts/lib/random';

const escape = (text: string) =>
  text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);

/** One paragraph of text with some words wrapped in links and emphasis, as articles do. */
function decorate(text: string, random: () => number): string {
  return text
    .split(' ')
    .map((word) => {
      const roll = random();
      if (roll < 0.03) return `<a href="#${word.length}">${escape(word)}</a>`;
      if (roll < 0.05) return `<em>${escape(word)}</em>`;
      if (roll < 0.06) return `<strong>${escape(word)}</strong>`;
      return escape(word);
    })
    .join(' ');
}

/** An article page with about `bytes` characters of visible text. */
export function newsPage(bytes: number, aliases: readonly AliasSpec[], seed = 11): string {
  const random = seededRandom(seed);
  const text = newsText(bytes, aliases, seed);
  const sentences = text.split(/(?<=\. )/);
  const parts: string[] = [];
  let paragraph: string[] = [];
  let count = 0;
  for (const sentence of sentences) {
    paragraph.push(sentence);
    if (paragraph.length >= 3 + Math.floor(random() * 4)) {
      parts.push(`<p>${decorate(paragraph.join(''), random)}</p>`);
      paragraph = [];
      if (++count % 12 === 0) {
        parts.push(
          `<aside class="related"><h3>Related</h3><ul><li><a href="#">${escape(pick(random, sentences).slice(0, 80))}</a></li></ul></aside>`,
        );
      }
      if (count % 30 === 0) parts.push(`<h2>${escape(pick(random, sentences).slice(0, 60))}</h2>`);
    }
  }
  if (paragraph.length) parts.push(`<p>${decorate(paragraph.join(''), random)}</p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Benchmark article (${bytes} bytes)</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:760px;margin:0 auto;padding:0 16px}aside{border-left:3px solid #ccc;padding-left:8px}</style></head>
<body><header><nav><a href="#">World</a> <a href="#">Asia</a> <a href="#">Politics</a> <a href="#">Opinion</a></nav></header>
<main><article><h1>Benchmark article</h1><p class="byline">By A. Writer</p>
${parts.join('\n')}
</article></main><footer><p>© Benchmark Times</p></footer></body></html>`;
}

/**
 * A live blog that appends `perSecond` paragraphs a second for `seconds` seconds, then marks
 * itself done. Paced by the clock, not by timer ticks, so a busy main thread cannot slow the
 * feed down (it catches up instead, as a real feed's backlog would).
 */
export function liveBlogPage(aliases: readonly AliasSpec[], perSecond = 1000, seconds = 10): string {
  const posts = newsText(20_000, aliases, 3)
    .split(/(?<=\. )/)
    .slice(0, 200);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live blog benchmark</title></head>
<body><main><h1>Live</h1><div id="feed"></div></main>
<script>
const posts = ${JSON.stringify(posts)};
const feed = document.getElementById('feed');
const total = ${perSecond * seconds};
window.startFeed = () => {
  const start = performance.now();
  let added = 0;
  const timer = setInterval(() => {
    const due = Math.min(total, Math.floor(((performance.now() - start) * ${perSecond}) / 1000));
    for (; added < due; added++) {
      const p = document.createElement('p');
      p.textContent = posts[added % posts.length];
      feed.append(p);
    }
    if (added >= total) { clearInterval(timer); document.documentElement.dataset.feedDone = ''; }
  }, 50);
};
</script></body></html>`;
}
