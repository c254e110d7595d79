/**
 * The house plan's rules (ARCHITECTURE.md), checked from the source text alone so a plain clone can
 * run them without a build: no import circle, no module over the line limit, and IndexedDB only in
 * the background wing.
 */
import { dirname, join, normalize, relative } from 'node:path';

export const LINE_LIMIT = 300;
/** Folders whose code may open or read IndexedDB; nothing outside them may import them. */
export const BACKGROUND_WING = ['lib/background/', 'entrypoints/background/'];

export interface SourceFile {
  /** Path relative to the project root, with forward slashes. */
  path: string;
  text: string;
}

const IMPORT_FROM = /(?:^|\n)\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g;
const BARE_IMPORT = /(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
/** What marks a module as touching the database itself, rather than through messaging. */
const DATABASE_USE = /from\s+['"]idb['"]|\bindexedDB\b|\bIDB(?:P)?(?:Database|Transaction|ObjectStore)\b/;

export function importSpecifiers(text: string): string[] {
  const found = new Set<string>();
  for (const pattern of [IMPORT_FROM, BARE_IMPORT, DYNAMIC_IMPORT]) {
    for (const match of text.matchAll(pattern)) found.add(match[1]!);
  }
  return [...found];
}

/** The project file an import names, or undefined for packages, assets and files not in `paths`. */
export function resolveImport(
  from: string,
  specifier: string,
  paths: ReadonlySet<string>,
): string | undefined {
  let base: string;
  if (specifier.startsWith('@/') || specifier.startsWith('~/')) base = specifier.slice(2);
  else if (specifier.startsWith('@@/') || specifier.startsWith('~~/')) base = specifier.slice(3);
  else if (specifier.startsWith('.')) base = join(dirname(from), specifier);
  else return undefined;
  base = normalize(base).replaceAll('\\', '/');
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  return candidates.find((candidate) => paths.has(candidate));
}

export function importGraph(files: readonly SourceFile[]): Map<string, string[]> {
  const paths = new Set(files.map((file) => file.path));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = importSpecifiers(file.text)
      .map((specifier) => resolveImport(file.path, specifier, paths))
      .filter((target): target is string => target !== undefined);
    graph.set(file.path, [...new Set(targets)]);
  }
  return graph;
}

/** Strongly connected components with more than one module (or a module importing itself). */
export function importCircles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  // Tarjan's algorithm, iterative so a deep import chain cannot overflow the stack.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const circles: string[][] = [];
  let counter = 0;
  for (const root of graph.keys()) {
    if (index.has(root)) continue;
    const work: Array<{ node: string; next: number }> = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const targets = graph.get(frame.node) ?? [];
      if (frame.next < targets.length) {
        const target = targets[frame.next++]!;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      const selfImport = (graph.get(frame.node) ?? []).includes(frame.node);
      if (component.length > 1 || selfImport) circles.push(component.toSorted());
    }
  }
  return circles;
}

const inWing = (path: string) => BACKGROUND_WING.some((folder) => path.startsWith(folder));

/** Every breach of the house plan, each as one sentence that says where and what to do. */
export function housePlanBreaches(files: readonly SourceFile[]): string[] {
  const breaches: string[] = [];
  for (const file of files) {
    const lines = file.text.split('\n').length - (file.text.endsWith('\n') ? 1 : 0);
    if (lines > LINE_LIMIT) {
      breaches.push(`${file.path} has ${lines} lines, over the ${LINE_LIMIT}-line limit: split it by job.`);
    }
    if (!inWing(file.path) && DATABASE_USE.test(file.text)) {
      breaches.push(
        `${file.path} uses IndexedDB outside the background wing: move that code under lib/background/.`,
      );
    }
  }
  const graph = importGraph(files);
  for (const [from, targets] of graph) {
    if (inWing(from)) continue;
    for (const target of targets) {
      if (inWing(target)) {
        breaches.push(
          `${from} imports ${target} from the background wing: ask the background through messaging, or move shared types beside their schema.`,
        );
      }
    }
  }
  for (const circle of importCircles(graph)) {
    breaches.push(
      `Import circle among ${circle.join(', ')}: move what they share into a module none of them imports.`,
    );
  }
  return breaches;
}

export function relativePath(root: string, path: string): string {
  return relative(root, path).replaceAll('\\', '/');
}
