/**
 * `npm run bench:echo`: the "Seen elsewhere" passage index at 100,000 saved claims, in Node.
 * Index size and build time, time per page (50 KB and 1 MB pages), and how many of 200 claims
 * repeated on a page with small edits it finds — beside MinHash with banded LSH over page
 * windows, the usual alternative, on the same workload. Writes bench/results/echo.json.
 *
 * The workload is generated: words drawn by Zipf's law from the seed sources' vocabulary and
 * generated words, so common words are as common as in news prose.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findEchoes } from '../lib/echo/find-echoes';
import { buildEchoIndex, indexBytes, indexPrepared, prepareEntry } from '../lib/echo/index';
import { findInLayers, layerIndex } from '../lib/echo/layers';
import { kbPhraseTable } from '../lib/echo/kb-phrases';
import { termsOf, type PhraseTable } from '../lib/echo/terms';
import { validatePack } from '../lib/kb/validate-pack';
import { projectRoot } from '../scripts/lib/build';
import { pick, seededRandom } from '../scripts/lib/random';
import { readSeedPack } from '../scripts/lib/seed-pack';
import { minHashIndex } from './lib/minhash';
import { stat } from './lib/stats';

const CLAIMS = Number(process.argv[2] ?? 100_000);
const REPEATED = 200;
const pack = validatePack(readSeedPack().pack);
if (!pack.ok) throw new Error('seed KB invalid');
const table: PhraseTable = kbPhraseTable(pack.pack.entities);
const random = seededRandom(17);

// Words drawn with Zipf's law (the n-th most common word n times rarer than the first) from
// the seed sources' vocabulary followed by generated words: news prose's spread of words.
const vocabulary = [
  ...new Set(
    pack.pack.sources.flatMap((source) => source.text.split(/\s+/).filter((w) => /^[\p{L}’'-]+$/u.test(w))),
  ),
];
const syllables = [
  'ka',
  'ro',
  'mi',
  'sta',
  'len',
  'dor',
  'vi',
  'an',
  'tel',
  'shu',
  'par',
  'gen',
  'ol',
  'bri',
];
while (vocabulary.length < 40_000)
  vocabulary.push(
    Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(random, syllables)).join(''),
  );
const harmonic = vocabulary.reduce((sum, _, i) => sum + 1 / (i + 1), 0);
const cumulative = new Float64Array(vocabulary.length);
vocabulary.reduce((sum, _, i) => (cumulative[i] = sum + 1 / (i + 1) / harmonic), 0);
function zipfWord(): string {
  const r = random();
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! < r) lo = mid + 1;
    else hi = mid;
  }
  return vocabulary[lo]!;
}
const starts = vocabulary.slice(0, 200);
function sentence(words: number): string {
  const out = [pick(random, starts)];
  while (out.length < words) out.push(zipfWord());
  return out.join(' ');
}
function prose(chars: number): string {
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    const s = `${sentence(12 + Math.floor(random() * 20))}. `;
    parts.push(s);
    length += s.length;
  }
  return parts.join('');
}
/** A claim as another outlet repeats it: quoted, one word in twelve changed, split in two. */
function repeatEdited(quote: string): string {
  const words = quote.split(' ');
  for (let i = 5; i < words.length; i += 12) words[i] = 'reportedly';
  const mid = Math.floor(words.length / 2);
  return `“${words.slice(0, mid).join(' ')}. ${words.slice(mid).join(' ')}”`;
}

const claims = Array.from({ length: CLAIMS }, (_, i) => ({
  id: `c${i}`,
  text: sentence(15 + Math.floor(random() * 25)),
}));
const repeated = Array.from({ length: REPEATED }, () => claims[Math.floor(random() * CLAIMS)]!);
function pageWith(chars: number, embedded: typeof repeated): string {
  const filler = prose(chars);
  const step = Math.floor(filler.length / (embedded.length + 1));
  return embedded
    .map((c, i) => `${filler.slice(i * step, (i + 1) * step)} ${repeatEdited(c.text)} `)
    .join('')
    .concat(filler.slice(embedded.length * step));
}
const page50k = pageWith(50_000, repeated.slice(0, 20));
const page1m = pageWith(1_000_000, repeated);
const clean50k = prose(50_000);

const time = <T>(work: () => T): [T, number] => {
  const t = performance.now();
  const value = work();
  return [value, performance.now() - t];
};
const heap = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
};

function measure(name: string, build: () => { find: (text: string) => string[]; bytes: number }) {
  const before = heap();
  const [index, buildMs] = time(build);
  const heapMb = (heap() - before) / 1e6;
  const runs = (text: string) => Array.from({ length: 5 }, () => time(() => index.find(text))[1]);
  const found1m = new Set(index.find(page1m));
  const wanted = new Set(repeated.map((c) => c.id));
  const recall = [...wanted].filter((id) => found1m.has(id)).length / wanted.size;
  const falseHits = [...found1m].filter((id) => !wanted.has(id)).length + index.find(clean50k).length;
  const result = {
    buildMs: Math.round(buildMs),
    indexMb: Math.round((index.bytes / 1e6) * 10) / 10,
    heapMb: Math.round(heapMb * 10) / 10,
    page50kMs: stat(runs(page50k)),
    page1mMs: stat(runs(page1m)),
    recall,
    falseHits,
  };
  console.log(name, JSON.stringify(result));
  return result;
}

const shingles = measure('shingle index', () => {
  const index = buildEchoIndex(claims, table);
  return { find: (text) => findEchoes(index, text, table).map((h) => h.id), bytes: indexBytes(index) };
});
// After the reader saves one more claim the background reads only the new claim's text (it
// keeps what it read) and indexes it in a layer beside the base (lib/echo/layers.ts); with more
// than MAX_LAYER changes it sorts everything again, as a first build does.
const prepared = claims.flatMap((c) => prepareEntry(c, table) ?? []);
const layered = layerIndex(undefined, prepared);
const oneMore = { id: 'c-new', text: sentence(25) };
const rebuildRuns = Array.from(
  { length: 5 },
  () => time(() => layerIndex(layered, [...prepared, prepareEntry(oneMore, table)!]))[1],
);
const resortRuns = Array.from({ length: 3 }, () => time(() => indexPrepared(prepared))[1]);
const lookupLayered = Array.from({ length: 5 }, () => {
  const index = layerIndex(layered, [...prepared, prepareEntry(oneMore, table)!]);
  return time(() => findInLayers(index, page50k, table))[1];
});
const shinglesRebuild = {
  afterOneSaveMs: stat(rebuildRuns),
  sortAllMs: stat(resortRuns),
  page50kWithLayerMs: stat(lookupLayered),
};
console.log('shingle index, after one save', JSON.stringify(shinglesRebuild));

const minhash = measure('minhash-lsh', () =>
  minHashIndex(claims, (text) => termsOf(text, table).map((t) => t.key)),
);

const out = join(projectRoot, 'bench/results');
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, 'echo.json'),
  `${JSON.stringify(
    {
      claims: CLAIMS,
      repeated: REPEATED,
      node: process.version,
      shingles: { ...shingles, ...shinglesRebuild },
      minhash,
    },
    null,
    2,
  )}\n`,
);
