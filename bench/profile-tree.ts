/**
 * `ROOT=<regexp> npx tsx bench/profile-tree.ts <profiling build dir> <raw profile.json>…`: the
 * call tree below the functions matching ROOT (e.g. `'^(open|addMatches|settle) \(page'`), merged
 * over the raw profiles `bench/raw-profile.ts` saves, in milliseconds per profile, each function
 * with everything it called (a native call by name in brackets). `npm run bench:profile` and
 * `bench/scan-profile.ts` charge samples to the nearest Backstory frame only, which hides what a
 * function's callees cost. DEPTH (default 5) and MIN (ms, default 0.5) trim it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import type { Profile } from './lib/profile-attribute';

const [dir, ...files] = process.argv.slice(2);
if (!dir || files.length === 0)
  throw new Error('usage: ROOT=<regexp> tsx bench/profile-tree.ts <build dir> <profile.json>…');
const traceMap = new TraceMap(readFileSync(join(dir, 'content-scripts', 'content.js.map'), 'utf8'));
const root = new RegExp(process.env['ROOT'] ?? '^addMatches ');
const depth = Number(process.env['DEPTH'] ?? 5);
const min = Number(process.env['MIN'] ?? 0.5);

type Frame = Profile['nodes'][number]['callFrame'];
interface Tree {
  ms: number;
  below: Map<string, Tree>;
}
const top: Tree = { ms: 0, below: new Map() };
const names = new Map<string, string>();
/** "function (module.ts:line)" for Backstory's frames, "[name]" for natives, null for the rest. */
function nameOf(frame: Frame): string | null {
  if (!frame.url.endsWith('/content-scripts/content.js'))
    return frame.url ? null : `[${frame.functionName || 'native'}]`;
  const key = `${frame.lineNumber}:${frame.columnNumber}`;
  let name = names.get(key);
  if (name === undefined) {
    const at = originalPositionFor(traceMap, {
      line: frame.lineNumber + 1,
      column: Math.max(0, frame.columnNumber),
    });
    name = `${frame.functionName || '(anonymous)'} (${(at.source ?? '?').split('/').at(-1)}:${at.line})`;
    names.set(key, name);
  }
  return name;
}

for (const file of files) {
  const { profile } = JSON.parse(readFileSync(file, 'utf8')) as { profile: Profile };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000 / files.length;
    const stack: string[] = [];
    for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id)) {
      const name = nameOf(byId.get(id)!.callFrame);
      if (name) stack.push(name);
    }
    stack.reverse();
    const from = stack.findIndex((name) => root.test(name));
    if (from < 0) continue;
    let tree = top;
    for (const name of stack.slice(from, from + depth)) {
      let next = tree.below.get(name);
      if (!next) tree.below.set(name, (next = { ms: 0, below: new Map() }));
      next.ms += ms;
      tree = next;
    }
  }
}

function print(tree: Tree, indent: string) {
  for (const [name, below] of [...tree.below].toSorted((a, b) => b[1].ms - a[1].ms)) {
    if (below.ms < min) continue;
    console.log(`${below.ms.toFixed(1).padStart(7)} ${indent}${name}`);
    print(below, `${indent}  `);
  }
}
print(top, '');
