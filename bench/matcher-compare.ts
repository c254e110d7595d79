/**
 * Chooses the matcher by measurement: Backstory's word-trie matcher against modern-ahocorasick
 * (compact and double-array backends), on the same dictionaries and the same ~1 MB of text.
 * Reports build time, compiled size and search time (median of runs). `npx tsx bench/matcher-compare.ts`
 */
import AhoCorasick from 'modern-ahocorasick';
import FastAhoCorasick from 'modern-ahocorasick/fast';
import { compileDictionary } from '../lib/match/compile-dictionary';
import { dictionaryBytes } from '../lib/match/dictionary';
import { findMatches } from '../lib/match/matcher';
import { normalizeText } from '../lib/match/normalize';
import { dictionaryOfSize, newsText, seedAliases } from './lib/workloads';

const runs = Number(process.env['RUNS'] ?? 5);
const median = (xs: number[]) => xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function time<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const value = fn();
  return [value, performance.now() - t];
}
const sizes: [string, number][] = [
  ['seed', seedAliases().length],
  ['1k', 1000],
  ['10k', 10_000],
  ['100k', 100_000],
];
// modern-ahocorasick spends seconds per 100 KB (it segments graphemes): it searches a tenth of
// the text, and its figure is scaled to 1 MB.
const AHO_SHARE = 10;
console.log(`runs per figure: ${runs}; text ≈ 1 MB (modern-ahocorasick: 100 KB, time × ${AHO_SHARE})\n`);
console.log('dictionary | matcher | build ms | size MB | search ms per MB | matches');
for (const [name, size] of sizes) {
  const aliases = dictionaryOfSize(size);
  const text = newsText(1_000_000, aliases);
  const lowerPatterns = aliases.map((a) => a.text.toLowerCase());

  const ours = median(Array.from({ length: runs }, () => time(() => compileDictionary(aliases))[1]));
  const dict = compileDictionary(aliases);
  let count = 0;
  const oursSearch = median(
    Array.from(
      { length: runs },
      () => time(() => (count = findMatches(dict, normalizeText(text)).length))[1],
    ),
  );
  console.log(
    `${name} | backstory word trie | ${ours.toFixed(1)} | ${(dictionaryBytes(dict) / 1e6).toFixed(2)} | ${oursSearch.toFixed(1)} | ${count}`,
  );

  for (const [label, Impl] of [
    ['modern-ahocorasick', AhoCorasick],
    ['modern-ahocorasick/fast', FastAhoCorasick],
  ] as const) {
    const build = median(
      Array.from({ length: runs }, () => time(() => new Impl(lowerPatterns, { boundary: 'unicode' }))[1]),
    );
    const ac = new Impl(lowerPatterns, { boundary: 'unicode' });
    const lower = text.slice(0, text.length / AHO_SHARE).toLowerCase();
    let hits = 0;
    const search = median(
      Array.from(
        { length: Math.min(runs, 3) },
        () => time(() => (hits = ac.search(lower, { strategy: 'leftmost-longest' }).length))[1],
      ),
    );
    console.log(
      `${name} | ${label} | ${build.toFixed(1)} | ${(ac.getStats().typedArrayBytes / 1e6).toFixed(2)} (typed arrays only) | ${(search * AHO_SHARE).toFixed(0)} | ${hits} in 100 KB`,
    );
  }
}
