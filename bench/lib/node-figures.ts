/**
 * What the benchmark measures in Node: the matcher per dictionary size (build time, compiled
 * and serialised size, search time over the same megabyte of news text) and the gzip size of
 * everything each entrypoint loads.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { compileDictionary } from '../../lib/match/compile-dictionary';
import { dictionaryBytes, type AliasSpec, type CompiledDictionary } from '../../lib/match/dictionary';
import { matchText } from '../../lib/match/match-text';
import { serializeDictionary } from '../../lib/match/serialize';
import { stat, type Stat } from './stats';

export interface MatcherFigures {
  aliases: number;
  build_ms: Stat;
  size_mb: number;
  serialized_mb: number;
  search_1mb_ms: Stat;
  matches: number;
}

function timed<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

export function matcherFigures(aliases: readonly AliasSpec[], text: string, runs: number): MatcherFigures {
  const builds: number[] = [];
  let dict: CompiledDictionary | undefined;
  for (let i = 0; i < runs; i++) {
    const [compiled, ms] = timed(() => compileDictionary(aliases));
    dict = compiled;
    builds.push(ms);
  }
  const searches: number[] = [];
  let matches = 0;
  for (let i = 0; i < runs; i++) {
    const [found, ms] = timed(() => matchText(dict!, text));
    matches = found.length;
    searches.push(ms);
  }
  return {
    aliases: aliases.length,
    build_ms: stat(builds),
    size_mb: dictionaryBytes(dict!) / 1e6,
    serialized_mb: JSON.stringify(serializeDictionary(dict!)).length / 1e6,
    search_1mb_ms: stat(searches),
    matches,
  };
}

export interface BundleFigures {
  /** Gzip size of each built file, in KB. */
  files: Record<string, number>;
  /** Per entrypoint: every file it loads, gzipped, in KB. */
  entrypoints: Record<string, number>;
}

const gzipKb = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length / 1024;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The scripts and styles an extension page loads, from its HTML. */
function pageAssets(html: string): string[] {
  return [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
}

export function bundleFigures(outDir: string): BundleFigures {
  const files: Record<string, number> = {};
  for (const path of walk(outDir))
    if (/\.(js|css|html|json)$/.test(path)) files[relative(outDir, path)] = gzipKb(path);
  const entrypoints: Record<string, number> = {
    'content-script': files['content-scripts/content.js'] ?? NaN,
    background: files['background.js'] ?? NaN,
  };
  for (const name of Object.keys(files).filter((f) => f.endsWith('.html'))) {
    const assets = pageAssets(readFileSync(join(outDir, name), 'utf8'));
    entrypoints[name.replace('.html', '')] = [name, ...assets].reduce((sum, f) => sum + (files[f] ?? 0), 0);
  }
  const round = (record: Record<string, number>) =>
    Object.fromEntries(Object.entries(record).map(([k, v]) => [k, Math.round(v * 10) / 10]));
  return { files: round(files), entrypoints: round(entrypoints) };
}
