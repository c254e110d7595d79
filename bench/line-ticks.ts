/**
 * Ad hoc: `FN=<regexp> npx tsx bench/line-ticks.ts <profiling build dir> <raw profile.json>…`: the
 * self samples of Backstory's functions matching FN (default `walkBlocks`) by source line, in ms per
 * profile, within the scan's slices when the marks list them — to see which statement of a hot
 * loop (a DOM read, a lookup) costs what. `bench/raw-profile.ts` saves the profiles.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEAST_UPPER_BOUND, originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import type { Profile } from './lib/profile-attribute';

const [dir, ...files] = process.argv.slice(2);
if (!dir || files.length === 0)
  throw new Error('usage: FN=<regexp> tsx bench/line-ticks.ts <build dir> <profile.json>…');
const traceMap = new TraceMap(readFileSync(join(dir, 'content-scripts', 'content.js.map'), 'utf8'));
const fn = new RegExp(process.env['FN'] ?? '^walkBlocks$');
const lines = new Map<string, number>();
const sources = new Map<string, string[]>();
let total = 0;
for (const file of files) {
  const { profile } = JSON.parse(readFileSync(file, 'utf8')) as { profile: Profile };
  const { startTime, endTime } = profile as unknown as { startTime: number; endTime: number };
  const interval = (endTime - startTime) / profile.samples.length / 1000;
  for (const node of profile.nodes as (Profile['nodes'][number] & {
    positionTicks?: { line: number; ticks: number }[];
  })[]) {
    const frame = node.callFrame;
    if (!frame.url.endsWith('/content-scripts/content.js') || !fn.test(frame.functionName)) continue;
    for (const { line, ticks } of node.positionTicks ?? []) {
      const at = originalPositionFor(traceMap, { line, column: 0, bias: LEAST_UPPER_BOUND });
      const src = readSource(at.source, at.line);
      const key = `${(at.source ?? '?').split('/').at(-1)}:${at.line} ${src}`;
      lines.set(key, (lines.get(key) ?? 0) + (ticks * interval) / files.length);
      total += (ticks * interval) / files.length;
    }
  }
}
function readSource(source: string | null, line: number | null): string {
  if (!source || !line) return '';
  const path = source.replace(/^.*?(lib|entrypoints)\//, '$1/');
  let text = sources.get(path);
  if (!text) {
    try {
      text = readFileSync(path, 'utf8').split('\n');
    } catch {
      text = [];
    }
    sources.set(path, text);
  }
  return (text[line - 1] ?? '').trim().slice(0, 90);
}
console.log(`total ${total.toFixed(1)} ms per profile`);
for (const [key, ms] of [...lines].toSorted((a, b) => b[1] - a[1]).slice(0, 30))
  console.log(`${ms.toFixed(2).padStart(7)}  ${key}`);
