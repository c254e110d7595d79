import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extensionDir, projectRoot, useOwnDist } from '../../../scripts/lib/build';

const before = process.env['BACKSTORY_DIST'];
afterEach(() => {
  if (before === undefined) delete process.env['BACKSTORY_DIST'];
  else process.env['BACKSTORY_DIST'] = before;
});

describe('build folders (scripts/lib/build.ts)', () => {
  it('builds into dist by default, one folder per target and flavour', () => {
    delete process.env['BACKSTORY_DIST'];
    expect(extensionDir('chrome')).toBe(resolve(projectRoot, 'dist/chrome-mv3'));
    expect(extensionDir('chrome', 'bench')).toBe(resolve(projectRoot, 'dist/chrome-mv3-bench'));
    expect(extensionDir('firefox')).toBe(resolve(projectRoot, 'dist/firefox-mv3'));
  });

  it("gives a benchmark its own folders, apart from the e2e tests' builds", () => {
    useOwnDist('bench');
    expect(extensionDir('chrome')).toBe(resolve(projectRoot, 'dist/bench/chrome-mv3'));
    expect(extensionDir('chrome', 'bench')).toBe(resolve(projectRoot, 'dist/bench/chrome-mv3-bench'));
  });
});
