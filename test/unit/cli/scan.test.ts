import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../scripts/lib/build';

const dir = mkdtempSync(join(tmpdir(), 'backstory-scan-'));
const textFile = join(dir, 'note.txt');
writeFileSync(
  textFile,
  'Field Marshal Asim Munir met Donald Trump.\n\nMunir flew home; Nawaz Sharif stayed.\n',
);
const binaryFile = join(dir, 'image.png');
writeFileSync(binaryFile, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));

function scan(...args: string[]) {
  return spawnSync('npx', ['tsx', 'scripts/scan.ts', ...args], { cwd: projectRoot, encoding: 'utf8' });
}

describe('npm run scan', () => {
  it('prints one JSON line per mention with offsets into the visible text', () => {
    const run = scan(textFile);
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, string | number>);
    expect(lines.map((l) => [l['text'], l['entity'], l['label'], l['kind']])).toEqual([
      ['Field Marshal Asim Munir', 'asim-munir', 'Asim Munir', 'person'],
      ['Donald Trump', 'donald-trump', 'Donald Trump', 'person'],
      ['Munir', 'asim-munir', 'Asim Munir', 'person'],
    ]);
    const text = 'Field Marshal Asim Munir met Donald Trump.\n\nMunir flew home; Nawaz Sharif stayed.\n';
    for (const l of lines) expect(text.slice(l['start'] as number, l['end'] as number)).toBe(l['text']);
    expect(Object.keys(lines[0]!)).toEqual([
      'file',
      'start',
      'end',
      'text',
      'entity',
      'label',
      'kind',
      'via',
    ]);
  });

  it('scans saved HTML pages and writes CSV on request', () => {
    const run = scan('--format', 'csv', 'test/fixtures/layout-wire.html');
    expect(run.status).toBe(0);
    const parsed = Papa.parse<Record<string, string>>(run.stdout.trim(), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([
      'file',
      'start',
      'end',
      'text',
      'entity',
      'label',
      'kind',
      'via',
      'parent',
    ]);
    expect(parsed.data.some((row) => row['entity'] === 'asim-munir')).toBe(true);
  });

  it('prints the names inside an event or a titled name with the index of the line they are in', () => {
    const file = join(dir, 'nested.txt');
    writeFileSync(
      file,
      'Pakistan condemned the US strikes on Iranian nuclear facilities, said US President Donald Trump.\n',
    );
    const run = scan(file);
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, string | number>);
    expect(lines.map((l) => [l['text'], l['entity'], l['parent']])).toEqual([
      ['Pakistan', 'pakistan', undefined],
      ['US strikes on Iranian nuclear facilities', 'us-strikes-on-iranian-nuclear-facilities', undefined],
      ['US', 'united-states', 1],
      ['US President Donald Trump', 'donald-trump', undefined],
      ['US', 'united-states', 3],
    ]);
  });

  it('reports missing and binary files clearly, scans the rest, and exits non-zero', () => {
    const run = scan(join(dir, 'missing.html'), binaryFile, textFile);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`cannot read ${join(dir, 'missing.html')}: no such file`);
    expect(run.stderr).toContain('looks binary');
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(run.stdout.trim().split('\n')).toHaveLength(3);
  });

  it('refuses unknown options with a usage line', () => {
    const run = scan('--format', 'xml', textFile);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: npm run scan');
  });
});
