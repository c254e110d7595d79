/**
 * Which modules the content script's bytes come from: `npx tsx bench/bundle-breakdown.ts [dir]`
 * builds the shipped Chrome extension with hidden source maps (BACKSTORY_SOURCEMAP=1, the same
 * bytes as the shipped build) into `dist/breakdown` unless a built folder is given, and prints a
 * Markdown table: per module (or package), its minified bytes, its bytes gzipped alone, and what
 * gzipping the whole script saves without it, the closest to "what it costs in
 * `content_script_kb_gzip`" (bench/lib/node-figures.ts measures with gzip level 9 too).
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { eachMapping, TraceMap } from '@jridgewell/trace-mapping';
import { buildExtension, projectRoot, useOwnDist } from '../scripts/lib/build';

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Packages collapse to one row (`preact`, `zod`); project files keep their path. */
function owner(source: string): string {
  const path = relative(projectRoot, join(projectRoot, 'dist/breakdown/chrome-mv3/content-scripts', source));
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  return pkg ? `npm:${pkg[1]}` : path.replace(/^(\.\.\/)+/, '');
}

const UNMAPPED_RUN = 1500;

function unmappedOwner(run: string, before: string): string {
  if (/=\s*["'`]:host,:root\{|["'`]\.bs-[a-z-]+\{/.test(run)) return '(CSS imported ?inline)';
  if (run.includes('Symbol.for("pv")') || run.includes('__H')) return 'npm:preact (no source map)';
  return `(unmapped, after ${before})`;
}

function breakdown(scriptPath: string): void {
  const code = readFileSync(scriptPath, 'utf8');
  const map = new TraceMap(readFileSync(`${scriptPath}.map`, 'utf8'));
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  // Each generated character belongs to the source of the last mapping at or before it; bytes
  // before the first mapping (or mapped to nothing) are the bundler's own wrapper.
  const owners = Array.from({ length: code.length }, () => '(bundler)');
  const marks: { at: number; who: string }[] = [];
  eachMapping(map, (m) => {
    const at = lineStarts[m.generatedLine - 1]! + m.generatedColumn;
    marks.push({ at, who: m.source ? owner(m.source) : '(bundler)' });
  });
  marks.sort((a, b) => a.at - b.at);
  for (let k = 0; k < marks.length; k++) {
    const end = k + 1 < marks.length ? marks[k + 1]!.at : code.length;
    // Minified code has a mapping every few tokens, so a long run without one is code that came
    // without a source map (a package's prebuilt file, CSS imported `?inline`), not the module
    // whose last token precedes it.
    const who =
      end - marks[k]!.at > UNMAPPED_RUN
        ? unmappedOwner(code.slice(marks[k]!.at, end), marks[k]!.who)
        : marks[k]!.who;
    for (let i = marks[k]!.at; i < end; i++) owners[i] = who;
  }
  const text = new Map<string, string[]>();
  for (let i = 0; i < code.length; i++) {
    const parts = text.get(owners[i]!) ?? [];
    parts.push(code[i]!);
    text.set(owners[i]!, parts);
  }
  const whole = gz(code);
  const rows = [...text.keys()].map((who) => {
    const own = text.get(who)!.join('');
    const without = owners.map((o, i) => (o === who ? '' : code[i])).join('');
    return { who, bytes: Buffer.byteLength(own), alone: gz(own), saves: whole - gz(without) };
  });
  rows.sort((a, b) => b.saves - a.saves);
  const kb = (n: number) => (n / 1024).toFixed(1);
  console.log(`${relative(projectRoot, scriptPath)}: ${kb(code.length)} KB, ${kb(whole)} KB gzip\n`);
  console.log('| Module | KB min | KB gzip alone | KB gzip saved without it |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const r of rows) console.log(`| ${r.who} | ${kb(r.bytes)} | ${kb(r.alone)} | ${kb(r.saves)} |`);
}

let dir = process.argv[2];
if (!dir) {
  useOwnDist('breakdown');
  process.env['BACKSTORY_SOURCEMAP'] = '1';
  dir = buildExtension('chrome');
}
breakdown(join(dir, 'content-scripts/content.js'));
