/**
 * The corpus pages and labels are generated from markup sources (test/corpus/src/SET, built by
 * test/corpus/tools/gen.py). Labels corrected by hand in the JSON once drifted from their sources,
 * so regenerating a set would have undone the corrections. This keeps every set's sources and its
 * committed files in step: `gen.py --check` regenerates each set in memory and lists what differs.
 * It needs python3 (CI installs it: .ci/run).
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const generator = join(root, 'test/corpus/tools/gen.py');
const sources = join(root, 'test/corpus/src');

/** Set folders the shared generator owns: every one without a generator of its own. */
const sets = readdirSync(sources, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !existsSync(join(sources, entry.name, 'gen.py')))
  .map((entry) => entry.name)
  .toSorted();

function check(cwd: string, ...set: string[]) {
  const run = spawnSync('python3', [generator, '--check', ...set], { cwd, encoding: 'utf8' });
  if (run.error) throw new Error(`corpus generation check needs python3 on PATH: ${run.error.message}`);
  return { status: run.status, output: run.stdout + run.stderr };
}

describe('corpus sources regenerate the committed pages and labels byte for byte', () => {
  // one run for all sets: a line per set with its verdict, then the files that differ, indented
  let all = { status: null as number | null, lines: [] as string[] };
  beforeAll(() => {
    const run = check(root, ...sets);
    all = { status: run.status, lines: run.output.split('\n') };
  });

  it('covers every set written in markup', () => {
    expect(sets).toEqual(expect.arrayContaining(['F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P']));
  });

  it.each(sets)('set %s', (set) => {
    expect(all.lines).toContain(`${set}: regenerates byte for byte`);
  });

  it('lists no drift', () => {
    expect(all.lines.filter((line) => line.startsWith('  '))).toEqual([]);
    expect(all.status).toBe(0);
  });
});

describe('gen.py --check reports drift', () => {
  // A copy of one page of set F, its source edited, in a scratch tree laid out like the repository.
  const scratch = mkdtempSync(join(tmpdir(), 'corpus-drift-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const slug = '76-wire-india-pakistan-truce';
  const source = readdirSync(join(sources, 'F')).find((name) => name.startsWith('76-'));

  function scratchWith(edit: (text: string) => string = (text) => text) {
    for (const folder of ['src/F', 'pages', 'labels'])
      mkdirSync(join(scratch, 'test/corpus', folder), { recursive: true });
    copyFileSync(join(sources, 'F/styles.json'), join(scratch, 'test/corpus/src/F/styles.json'));
    for (const file of [`pages/${slug}.html`, `labels/${slug}.json`])
      copyFileSync(join(root, 'test/corpus', file), join(scratch, 'test/corpus', file));
    const text = readFileSync(join(sources, 'F', source ?? ''), 'utf8');
    const edited = edit(text);
    writeFileSync(join(scratch, 'test/corpus/src/F', source ?? ''), edited);
  }

  it('passes on the unedited copy', () => {
    scratchWith();
    const { status, output } = check(scratch, 'F');
    expect(output).toContain('F: regenerates byte for byte');
    expect(status).toBe(0);
  });

  it('fails when one character of the page text changes', () => {
    scratchWith((text) => text.replace('nuclear-armed neighbours', 'nuclear-armed neighbors'));
    const { status, output } = check(scratch, 'F');
    expect(status).toBe(1);
    expect(output).toContain(`test/corpus/pages/${slug}.html differs`);
  });

  it('fails when a label loses its paraphrase flag', () => {
    scratchWith((text) => text.replace('|IPC|p}', '|IPC}'));
    const { status, output } = check(scratch, 'F');
    expect(status).toBe(1);
    expect(output).toContain(`test/corpus/labels/${slug}.json differs`);
    expect(output).not.toContain(`pages/${slug}.html differs`);
  });
});
