import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { bundleJson } from '@/lib/export/bundle';
import { toAnnotationCollection } from '@/lib/export/web-annotation';
import { projectRoot } from '../../../scripts/lib/build';
import { savedClaim } from '../claims/claim-fixture';

const dir = mkdtempSync(join(tmpdir(), 'backstory-convert-'));
const claims = [
  savedClaim(),
  savedClaim({ id: '2b7d3a52-3c1e-4f6a-9a51-6d2f5e1c9b02', note: '=1+1', entities: ['asim-munir'] }),
];
const bundleFile = join(dir, 'claims.json');
writeFileSync(bundleFile, bundleJson({ claims, relations: [], kbVersion: 'seed@1' }));
const w3cFile = join(dir, 'claims.jsonld');
writeFileSync(
  w3cFile,
  JSON.stringify(toAnnotationCollection(claims, 'urn:uuid:11111111-2222-4333-8444-555555555555')),
);

const convert = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'scripts/convert.ts', ...args], { cwd: projectRoot, encoding: 'utf8' });

describe('npm run convert', () => {
  it('converts a Backstory export to CSV on stdout', () => {
    const run = convert(bundleFile, '--to', 'csv');
    expect(run.status).toBe(0);
    const rows = Papa.parse<Record<string, string>>(run.stdout.trim(), { header: true }).data;
    expect(rows.map((r) => r['id'])).toEqual(claims.map((c) => c.id));
    expect(rows[1]!['note']).toBe("'=1+1");
    expect(rows[1]!['actors']).toBe('Asim Munir');
  });

  it('converts W3C annotations back to Backstory JSON without loss, into a file', () => {
    const out = join(dir, 'back.json');
    const run = convert(w3cFile, '--to', 'json', '-o', out);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    const back = JSON.parse(readFileSync(out, 'utf8')) as { claims: unknown[] };
    expect(back.claims).toEqual(claims);
  });

  it('writes Markdown, CSL-JSON and W3C too', () => {
    expect(convert(bundleFile, '--to', 'md', '--group', 'entity').stdout).toContain('## Asim Munir');
    expect(JSON.parse(convert(bundleFile, '--to', 'csl').stdout)).toHaveLength(1);
    expect(JSON.parse(convert(bundleFile, '--to', 'w3c').stdout)).toMatchObject({
      type: 'AnnotationCollection',
      total: 2,
    });
  });

  it('reports malformed input briefly, with the JSON path, and no stack trace', () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify({ format: 'backstory-claims', formatVersion: 7, claims: [] }));
    const run = convert(broken, '--to', 'csv');
    expect(run.status).toBe(1);
    expect(
      run.stderr
        .trim()
        .split('\n')
        .filter((l) => !l.startsWith('npm warn')),
    ).toEqual([
      `convert: ${broken} (at formatVersion): This file is version 7 of Backstory's export format, and this Backstory reads version 1; update Backstory and import it again.`,
    ]);
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, '{ nope');
    const second = convert(notJson, '--to', 'json');
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('is not valid JSON at line 1');
    expect(second.stderr).not.toMatch(/\n\s+at /);
    expect(convert(join(dir, 'missing.json'), '--to', 'csv').stderr).toContain('no such file');
    expect(convert(bundleFile, '--to', 'xml').status).toBe(2);
  });
});
