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

/** Where `wxt build` puts each target and flavour (wxt.config.ts). */
export function extensionDir(target: Target = 'chrome', flavour: Flavour = 'shipped'): string {
  return resolve(projectRoot, 'dist', `${target}-mv3${flavour === 'bench' ? '-bench' : ''}`);
}

/** Runs `wxt build` for a target and throws with its output if it fails. */
export function buildExtension(target: Target = 'chrome', flavour: Flavour = 'shipped'): string {
  const args = ['wxt', 'build', ...(target === 'firefox' ? ['-b', 'firefox'] : [])];
  const result = spawnSync('npx', args, {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, BACKSTORY_BUILD: flavour },
  });
  if (result.status !== 0) {
    throw new Error(`wxt build failed (${target}, ${flavour}):\n${result.stdout}\n${result.stderr}`);
  }
  return extensionDir(target, flavour);
}
