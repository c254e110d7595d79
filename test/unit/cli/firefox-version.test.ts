import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { FIREFOX_MIN_MAJOR, firefoxMajor, firefoxProblem } from '../../../scripts/lib/firefox';
import { projectRoot } from '../../../scripts/lib/build';

const dir = mkdtempSync(join(tmpdir(), 'backstory-firefox-'));
/** A stand-in Firefox that only answers `--version`, as Debian's firefox-esr does. */
function fakeFirefox(version: string): string {
  const path = join(dir, `firefox-${version}`);
  writeFileSync(path, `#!/bin/sh\necho "Mozilla Firefox ${version}"\n`);
  chmodSync(path, 0o755);
  return path;
}

const before = process.env['FIREFOX_PATH'];
afterEach(() => {
  if (before === undefined) delete process.env['FIREFOX_PATH'];
  else process.env['FIREFOX_PATH'] = before;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('which Firefox can run the Firefox tests (scripts/lib/firefox.ts)', () => {
  it('reads the major version Firefox reports of itself', () => {
    expect(firefoxMajor(fakeFirefox('140.12.0esr'))).toBe(140);
    expect(firefoxMajor(fakeFirefox('153.8.0esr'))).toBe(153);
  });

  it('turns down a Firefox older than the build needs, in plain words that say how to update it', () => {
    process.env['FIREFOX_PATH'] = fakeFirefox('140.12.0esr');
    const problem = firefoxProblem();
    expect(problem?.split('\n')[0]).toBe(
      `The Firefox at ${process.env['FIREFOX_PATH']} is version 140; the Firefox build needs ${FIREFOX_MIN_MAJOR} or later.`,
    );
    expect(problem).toContain('apt-get update');
  });

  it('accepts a Firefox new enough, and says when there is none', () => {
    process.env['FIREFOX_PATH'] = fakeFirefox(`${FIREFOX_MIN_MAJOR}.0`);
    expect(firefoxProblem()).toBeUndefined();
    process.env['FIREFOX_PATH'] = join(dir, 'no-such-firefox');
    expect(firefoxProblem()).toMatch(
      /^FIREFOX_PATH is set to ".*no-such-firefox", but no file exists there\./,
    );
  });

  it('has CI upgrade the same Firefox the tests turn down', () => {
    const ci = readFileSync(join(projectRoot, '.ci/run'), 'utf8');
    expect(ci).toContain(`FIREFOX_MIN_MAJOR=${FIREFOX_MIN_MAJOR}\n`);
    // .ci/run's own test of a version, run on the stand-ins.
    const check = (path: string) =>
      spawnSync('bash', [
        '-c',
        `${ci.slice(ci.indexOf('FIREFOX_MIN_MAJOR='), ci.indexOf('have_firefox()'))}\nnew_enough "$1"`,
        '-',
        path,
      ]).status;
    expect(check(fakeFirefox('140.12.0esr'))).not.toBe(0);
    expect(check(fakeFirefox('153.8.0esr'))).toBe(0);
  });
});
