/**
 * Hostile import files (attacker review "a hostile file", December 2026). Each builder returns
 * the bytes of one file; `npx tsx test/attacks/import-files.ts DIR` writes them all to DIR so they
 * can be picked in the options page of a built extension. The findings are in FINDINGS.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SavedClaim } from '../../lib/claims/schema';

/** A valid claim on a page, with the given id and changes. */
export function claim(id: string, changes: Partial<SavedClaim> = {}): SavedClaim {
  return {
    id,
    schemaVersion: 1,
    url: 'https://news.example/story',
    seenUrl: 'https://news.example/story',
    page: { title: 'Story', siteName: 'News Example', authors: [], published: null },
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: 'a private lunch', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 15 },
    },
    pageTextHash: 'abc',
    created: '2026-01-01T00:00:00.000Z',
    updated: '2026-01-01T00:00:00.000Z',
    entities: [],
    note: '',
    tags: [],
    label: 'claim',
    kbVersion: '',
    ...changes,
  };
}

const bundle = (claims: unknown[], relations: unknown[] = []) =>
  JSON.stringify({
    format: 'backstory-claims',
    formatVersion: 1,
    exported: '2026-12-06T00:00:00.000Z',
    kbVersion: '',
    claims,
    relations,
  });

/**
 * Finding 1. Every claim carries one unknown key of almost 4 MB (the largest record the scanner
 * lets through). zod names an unknown key in its message, so each becomes a problem of 4 MB in
 * the preview; 20 of them (80 MB of file, well under the 512 MB limit) make a preview too big
 * for one extension message (64 MiB): the background's reply was never delivered.
 */
export function longKeys(records = 20, keyLength = 3_900_000): string {
  const key = 'k'.repeat(keyLength);
  const items = Array.from({ length: records }, (_, i) =>
    JSON.stringify({ ...claim(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`), [key]: 1 }),
  );
  return bundle([]).replace('"claims":[]', `"claims":[${items.join(',')}]`);
}

/**
 * Finding 2. A W3C relation (a `linking` annotation) to a knowledge-base claim whose IRI decodes
 * to an id longer than a relation end may hold (120): read without a check, planned, previewed
 * as "1 relations", and only refused by the write, as "Something went wrong inside Backstory".
 */
export function longKbRelation(): string {
  const id = '11111111-2222-4333-8444-555555555555';
  return JSON.stringify([
    {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: `urn:uuid:${id}`,
      type: 'Annotation',
      target: {
        source: 'https://news.example/story',
        selector: { type: 'TextQuoteSelector', exact: 'a private lunch' },
      },
    },
    {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      motivation: 'linking',
      body: { type: 'TextualBody', purpose: 'classifying', value: 'agree' },
      target: [`urn:uuid:${id}`, `urn:backstory:kb-claim:${'x'.repeat(200)}`],
    },
  ]);
}

/**
 * Finding 3. A file holding the reader's claim (same id) as another claim: another page, another
 * quote, an older edit. The preview says "1 updated"; the import replaced the stored claim whole.
 * `VICTIM_ID` is the id the e2e test gives the reader's claim.
 */
export const VICTIM_ID = '0a0a0a0a-0000-4000-8000-00000000beef';
export function overwrite(): string {
  return bundle([
    claim(VICTIM_ID, {
      url: 'https://attacker.example/',
      seenUrl: 'https://attacker.example/',
      note: 'planted',
      created: '2020-01-01T00:00:00.000Z',
      updated: '2020-01-01T00:00:00.000Z',
    }),
  ]);
}

/** Files that were refused or read safely (see FINDINGS.md, "Tried and found defended"). */
export function defended(): Record<string, string | Uint8Array> {
  const csv = '"created","label","quote","note"\r\n"2026-01-01","claim","=HYPERLINK(""http://x"")",""\r\n';
  const ok = claim('22222222-2222-4222-8222-222222222222', {
    note: '<img src=x onerror=alert(1)><script>alert(2)</script>',
    tags: ["=cmd|' /C calc'!A0", '@SUM(1+1)'],
    page: { title: '<svg onload=alert(3)>', siteName: '-2+3', authors: ['+cmd'], published: 'not a date' },
  });
  return {
    'csv-export.csv': csv,
    'markdown-export.md': '---\ntitle: "Claims marked with Backstory"\n---\n# Claims marked with Backstory\n',
    'csl.json': JSON.stringify([{ id: 'x', type: 'webpage', title: 't', URL: 'javascript:alert(1)' }]),
    'bom-utf16.json': new Uint8Array([0xff, 0xfe, ...Buffer.from(bundle([ok]), 'utf16le')]),
    'proto.json': bundle([]).replace(
      '"claims":[]',
      `"claims":[{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},${JSON.stringify(ok).slice(1)}]`,
    ),
    'script-strings.json': bundle([ok]),
    'javascript-url.jsonld': JSON.stringify({
      type: 'Annotation',
      target: {
        source: 'javascript:alert(1)//https://a',
        selector: { type: 'TextQuoteSelector', exact: 'x' },
      },
    }),
    'deep.json': `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    'bad-date.json': bundle([{ ...ok, created: '2026-02-30T25:61:00Z' }]),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] ?? 'backstory-attack-files';
  mkdirSync(dir, { recursive: true });
  const files: Record<string, string | Uint8Array> = {
    'long-keys.json': longKeys(),
    'long-kb-relation.jsonld': longKbRelation(),
    'overwrite.json': overwrite(),
    ...defended(),
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  console.log(`wrote ${Object.keys(files).length} files to ${dir}`);
}
