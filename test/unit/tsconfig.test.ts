/**
 * The project's tsconfig.json declares WXT's aliases and options itself, so tools that read only
 * tsconfig.json follow `@/` imports without `wxt prepare`. This keeps the copy in step with what
 * the installed WXT generates in .wxt/tsconfig.json (`npm ci` runs `wxt prepare`).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
type Options = Record<string, unknown> & { paths?: Record<string, string[]> };

/** A tsconfig's compiler options; tsconfig files may hold `//` comments on lines of their own. */
function optionsOf(path: string): Options {
  const text = readFileSync(resolve(root, path), 'utf8').replace(/^\s*\/\/.*$/gm, '');
  return (JSON.parse(text) as { compilerOptions: Options }).compilerOptions;
}

/** Each alias with its targets as absolute paths (each file's paths are relative to itself). */
function absolutePaths(options: Options, configDir: string) {
  return Object.fromEntries(
    Object.entries(options.paths ?? {}).map(([alias, targets]) => [
      alias,
      targets.map((target) => resolve(root, configDir, target)),
    ]),
  );
}

describe('tsconfig.json', () => {
  const own = optionsOf('tsconfig.json');
  const generated = optionsOf('.wxt/tsconfig.json');

  it('declares every alias WXT generates, pointing at the same folders', () => {
    expect(Object.keys(generated.paths ?? {})).toContain('@/*');
    expect(absolutePaths(own, '.')).toEqual(absolutePaths(generated, '.wxt'));
  });

  it('keeps every other option WXT generates', () => {
    const { paths: _generatedPaths, ...rest } = generated;
    for (const [option, value] of Object.entries(rest))
      expect([option, own[option]]).toEqual([option, value]);
  });
});
