/** Building the extension from scripts and tests. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');

export type Target = 'chrome' | 'firefox';

/**
 * Which build: the one that ships, or the benchmark's, which also leaves User Timing marks
 * (`backstory:*`) in the page's timeline for the benchmark and the tests that time the scanner
 * (lib/dom/timing.ts). The shipped build never does: pages could read them.
 */
export type Flavour = 'shipped' | 'bench';

/**
 * The folder builds go to: `dist`, unless `BACKSTORY_DIST` names another (relative to the
 * project). The benchmarks build into their own (`useOwnDist`), so a benchmark and the e2e
 * tests run in one checkout never rebuild the extension under each other's browser.
 */
export function distRoot(): string {
  return resolve(projectRoot, process.env['BACKSTORY_DIST'] ?? 'dist');
}

/** Sends this process's builds (and the `wxt build` runs it starts) to `dist/<name>`. */
export function useOwnDist(name: string): void {
  process.env['BACKSTORY_DIST'] = `dist/${name}`;
}

/** Where `wxt build` puts each target and flavour (wxt.config.ts). */
export function extensionDir(target: Target = 'chrome', flavour: Flavour = 'shipped'): string {
  return resolve(distRoot(), `${target}-mv3${flavour === 'bench' ? '-bench' : ''}`);
}

/** Runs `wxt build` for a target and throws with its output if it fails. */
export function buildExtension(target: Target = 'chrome', flavour: Flavour = 'shipped'): string {
  const args = ['wxt', 'build', ...(target === 'firefox' ? ['-b', 'firefox'] : [])];
  const result = spawnSync('npx', args, {
    cwd: projectRoot,
    encoding: 'utf8',
    // NODE_ENV as `wxt build` run by hand has it: Vitest sets it to `test` for the e2e tests'
    // global setup, and Vite then built Preact's development JSX (each element's file and line),
    // so the e2e tests ran, and bundle-size.e2e.ts measured, 1.3 KB gzipped that never ships.
    env: { ...process.env, NODE_ENV: 'production', BACKSTORY_BUILD: flavour },
  });
  if (result.status !== 0) {
    throw new Error(`wxt build failed (${target}, ${flavour}):\n${result.stdout}\n${result.stderr}`);
  }
  return extensionDir(target, flavour);
}
