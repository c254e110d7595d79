import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformWithEsbuild } from 'vite';
import { describe, expect, it } from 'vitest';

/**
 * Scripts and benchmarks run under tsx, which compiles with esbuild's `keepNames`: every named
 * function becomes `__name(fn, "name")`. A function passed to Playwright's `evaluate` is sent to
 * the page as source text, where `__name` does not exist, so a named function inside it throws
 * "__name is not defined" in the page. That stopped `npm run bench` and `bench:sync`'s import
 * for a while with nothing to say so; this finds such a function before anyone runs them.
 */
const root = join(import.meta.dirname, '../../..');

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Each `evaluate(…)` call's text, from the opening parenthesis to its match. */
function evaluateCalls(code: string): { line: number; text: string }[] {
  const calls: { line: number; text: string }[] = [];
  for (let at = code.indexOf('evaluate('); at >= 0; at = code.indexOf('evaluate(', at + 1)) {
    let depth = 0;
    let end = at + 'evaluate'.length;
    for (; end < code.length; end++) {
      if (code[end] === '(') depth++;
      else if (code[end] === ')' && --depth === 0) break;
    }
    calls.push({ line: code.slice(0, at).split('\n').length, text: code.slice(at, end) });
  }
  return calls;
}

async function namedFunctionsSentToPages(file: string): Promise<string[]> {
  const { code } = await transformWithEsbuild(readFileSync(file, 'utf8'), file, {
    keepNames: true,
    format: 'esm',
    jsx: 'automatic',
  });
  return evaluateCalls(code)
    .filter((call) => call.text.includes('__name('))
    .map((call) => `${file.slice(root.length + 1)} (compiled line ${call.line})`);
}

describe('functions that tsx-run scripts send to pages', () => {
  it('finds a named function inside an evaluate call', async () => {
    const { code } = await transformWithEsbuild(
      'page.evaluate(() => { const next = () => 1; return next(); });',
      'x.ts',
      { keepNames: true },
    );
    expect(evaluateCalls(code).some((call) => call.text.includes('__name('))).toBe(true);
  });

  it('has none in bench/ or scripts/', async () => {
    const files = [...sourceFiles('bench'), ...sourceFiles('scripts')];
    const found = (await Promise.all(files.map(namedFunctionsSentToPages))).flat();
    expect(found).toEqual([]);
  });
});
