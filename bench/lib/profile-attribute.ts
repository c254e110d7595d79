/**
 * Charging a CPU profile's samples to Backstory's source modules and functions (bench/profile.ts
 * for page loads, bench/hover-profile.ts for hovers). Every sample whose stack holds
 * content-script code is charged to the nearest such frame's source module (native calls such
 * as getComputedStyle or toLowerCase count for their caller); the rest is kept by the name of
 * what was running ("(program)" is the browser's own work: style, layout, paint, messaging).
 */
import { readFileSync } from 'node:fs';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { stageOf, STAGES, type Stage } from './profile-stages';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
export interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** `attribute(profile, from?, to?)` for the content script at `scriptPath` (with its source map). */
export function attributor(scriptPath: string) {
  const traceMap = new TraceMap(readFileSync(`${scriptPath}.map`, 'utf8'));
  const sourceCache = new Map<string, string>();
  /** The source module a content-script frame comes from (bundle line/column → original file). */
  function sourceOf(frame: ProfileNode['callFrame']): string {
    const key = `${frame.lineNumber}:${frame.columnNumber}`;
    let source = sourceCache.get(key);
    if (source === undefined) {
      const position = originalPositionFor(traceMap, {
        line: frame.lineNumber + 1,
        column: Math.max(0, frame.columnNumber),
      });
      source = (position.source ?? '(unmapped)').replace(/^(\.\.\/)+/, '');
      sourceCache.set(key, source);
    }
    return source;
  }
  const isOwn = (node: ProfileNode) => node.callFrame.url.endsWith('/content-scripts/content.js');

  /**
   * Milliseconds per stage, per module and per function of one profile; with `from`/`to`
   * (profile clock, µs), only the samples taken between them.
   */
  return function attribute(profile: Profile, from = -Infinity, to = Infinity) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const ownedBy = new Map<number, string | null>();
    const moduleOf = (id: number): string | null => {
      if (ownedBy.has(id)) return ownedBy.get(id)!;
      const node = byId.get(id)!;
      let owner: string | null = null;
      if (isOwn(node)) owner = sourceOf(node.callFrame);
      else if (parent.has(id)) owner = moduleOf(parent.get(id)!);
      ownedBy.set(id, owner);
      return owner;
    };
    const nearestOwn = (id: number): ProfileNode => {
      let node = byId.get(id)!;
      while (!isOwn(node) && parent.has(node.id)) node = byId.get(parent.get(node.id)!)!;
      return node;
    };
    const stages = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
    const modules: Record<string, number> = {};
    /** By Backstory function, with the native call it was in when sampled ("walk (trie-walk.ts) → charCodeAt"). */
    const functions: Record<string, number> = {};
    /** Samples outside Backstory's code, by what was running. */
    const elsewhere: Record<string, number> = {};
    let gc = 0;
    let t = profile.startTime;
    for (let i = 0; i < profile.samples.length; i++) {
      t += profile.timeDeltas[i] ?? 0;
      if (t < from || t > to) continue;
      const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      const node = byId.get(profile.samples[i]!)!;
      if (node.callFrame.functionName === '(garbage collector)') gc += ms;
      const owner = moduleOf(node.id);
      if (!owner) {
        const name = node.callFrame.functionName || '(anonymous)';
        const where = node.callFrame.url ? ` (${node.callFrame.url.split('/').at(-1)})` : '';
        elsewhere[`${name}${where}`] = (elsewhere[`${name}${where}`] ?? 0) + ms;
        continue;
      }
      modules[owner] = (modules[owner] ?? 0) + ms;
      stages[stageOf(owner)] += ms;
      const own = nearestOwn(node.id);
      const native = node.callFrame.url === '' ? ` → ${node.callFrame.functionName || '(native)'}` : '';
      const key = `${own.callFrame.functionName || '(anonymous)'} (${owner.split('/').at(-1)})${native}`;
      functions[key] = (functions[key] ?? 0) + ms;
    }
    return { stages, modules, functions, elsewhere, gc };
  };
}
