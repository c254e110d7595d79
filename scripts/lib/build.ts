/** Building the extension from scripts and tests. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');

/** Where `wxt build` puts each target. */
export function extensionDir(target: 'chrome' | 'firefox' = 'chrome'): string {
  return resolve(projectRoot, 'dist', `${target}-mv3`);
}

/** Runs `wxt build` for a target and throws with its output if it fails. */
export function buildExtension(target: 'chrome' | 'firefox' = 'chrome'): string {
  const args = ['wxt', 'build', ...(target === 'firefox' ? ['-b', 'firefox'] : [])];
  const result = spawnSync('npx', args, { cwd: projectRoot, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`wxt build failed (${target}):\n${result.stdout}\n${result.stderr}`);
  }
  return extensionDir(target);
}
