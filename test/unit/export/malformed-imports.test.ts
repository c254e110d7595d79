/**
 * Hostile and broken import files — truncated, wrong types, huge strings, prototype keys,
 * unknown versions, bad annotation shapes — are each refused with a message that says where the
 * problem is, and the database stays exactly as it was.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BackstoryDb } from '@/lib/background/db/object-stores';
import { importRecords, saveClaim, snapshot } from '@/lib/background/claims/store';
import { bundleJson } from '@/lib/export/bundle';
import { toAnnotation, toAnnotationCollection } from '@/lib/export/web-annotation';
import { planImport } from '@/lib/import/plan-whole';
import { ImportError, readImport } from '@/lib/import/read';
import { savedClaim } from '../claims/claim-fixture';
import { freshDb } from '../fresh-db';

const name = 'malformed-imports';
let db: BackstoryDb;
const { open } = freshDb(name, { after: 'all' });

const stored = savedClaim({ id: '9b7d3a52-3c1e-4f6a-9a51-6d2f5e1c9b09' });
const incoming = savedClaim();
const bundle = JSON.parse(bundleJson({ claims: [incoming], relations: [], kbVersion: 'seed@1' })) as Record<
  string,
  unknown
>;
const annotation = toAnnotation(incoming) as unknown as Record<string, unknown>;

type Json = unknown;
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** Every leaf path of a JSON value. */
function leaves(value: Json, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.length ? value.flatMap((v, i) => leaves(v, [...path, i])) : [path];
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, Json>);
    return entries.length ? entries.flatMap(([k, v]) => leaves(v, [...path, k])) : [path];
  }
  return [path];
}

function setAt(root: Json, path: (string | number)[], value: Json): Json {
  const copy = clone(root);
  let node = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[path[path.length - 1]!] = value;
  return copy;
}

const cases: { name: string; text: string }[] = [];
const full = JSON.stringify(bundle);
for (let n = 0; n < 40; n++)
  cases.push({
    name: `truncated export at ${n}/40`,
    text: full.slice(0, Math.floor((full.length * n) / 40)),
  });
const fullW3c = JSON.stringify(
  toAnnotationCollection([incoming], 'urn:uuid:11111111-2222-4333-8444-555555555555'),
);
for (let n = 1; n < 20; n++)
  cases.push({
    name: `truncated W3C at ${n}/20`,
    text: fullW3c.slice(0, Math.floor((fullW3c.length * n) / 20)),
  });
// Wrong types at every leaf of the claim (a claim-level problem makes the only claim invalid).
for (const path of leaves(bundle['claims']).map((p) => ['claims', ...p])) {
  for (const wrong of [42, null, true, ['x'], { x: 1 }]) {
    const original = path.reduce<Json>((n, k) => (n as Record<string | number, Json>)[k], bundle);
    if (typeof original === typeof wrong && !Array.isArray(wrong)) continue;
    if (path.at(-1) === 'published' && wrong === null) continue; // null is a valid "not stated"
    cases.push({
      name: `${path.join('.')} = ${JSON.stringify(wrong)}`,
      text: JSON.stringify(setAt(bundle, path, wrong)),
    });
  }
}
const huge = 'x'.repeat(1_000_000);
for (const path of [
  ['claims', 0, 'note'],
  ['claims', 0, 'selectors', 'quote', 'exact'],
  ['claims', 0, 'tags', 0],
  ['claims', 0, 'page', 'title'],
  ['claims', 0, 'url'],
]) {
  cases.push({ name: `huge ${path.join('.')}`, text: JSON.stringify(setAt(bundle, path, huge)) });
}
for (const key of ['__proto__', 'constructor', 'prototype']) {
  cases.push({ name: `${key} at the top`, text: full.replace('{', `{"${key}": {"polluted": true},`) });
  cases.push({
    name: `${key} in a claim`,
    text: full.replace('"schemaVersion"', `"${key}": {"polluted": true}, "schemaVersion"`),
  });
  cases.push({
    name: `${key} in page metadata`,
    text: full.replace('"title"', `"${key}": {"polluted": true}, "title"`),
  });
}
for (const version of [2, 0, '1', null, 1.5]) {
  cases.push({
    name: `formatVersion ${JSON.stringify(version)}`,
    text: JSON.stringify({ ...bundle, formatVersion: version }),
  });
}
for (const [field, value] of [
  ['start', -1],
  ['end', 0],
] as const) {
  cases.push({
    name: `position ${field} = ${value}`,
    text: JSON.stringify(setAt(bundle, ['claims', 0, 'selectors', 'position', field], value)),
  });
}
cases.push(
  { name: 'not JSON', text: 'claims: yes' },
  { name: 'a number', text: '42' },
  { name: 'a string', text: '"hello"' },
  { name: 'null', text: 'null' },
  { name: 'an unknown object', text: '{"hello": "world"}' },
  { name: 'an unknown format', text: JSON.stringify({ ...bundle, format: 'other-tool' }) },
  { name: 'claims not a list', text: JSON.stringify({ ...bundle, claims: {} }) },
  { name: 'array of numbers', text: '[1, 2, 3]' },
);
// Broken annotations.
const w3c = (patch: Record<string, Json>) => JSON.stringify({ ...annotation, ...patch });
cases.push(
  {
    name: 'annotation with javascript: source',
    text: w3c({
      target: { source: 'javascript:alert(1)', selector: { type: 'TextQuoteSelector', exact: 'x' } },
    }),
  },
  {
    name: 'annotation with data: source',
    text: w3c({
      target: {
        source: 'data:text/html,<script>alert(1)</script>',
        selector: { type: 'TextQuoteSelector', exact: 'x' },
      },
    }),
  },
  { name: 'annotation with a string target', text: w3c({ target: 'https://news.example/a' }) },
  { name: 'annotation without target', text: JSON.stringify({ ...annotation, target: undefined }) },
  {
    name: 'annotation without a quote selector',
    text: w3c({
      target: { source: 'https://news.example/a', selector: { type: 'CssSelector', value: 'p' } },
    }),
  },
  {
    name: 'annotation with an empty quote',
    text: w3c({
      target: { source: 'https://news.example/a', selector: { type: 'TextQuoteSelector', exact: '' } },
    }),
  },
  { name: 'annotation with a bad created date', text: w3c({ created: 'yesterday' }) },
  { name: 'annotation of the wrong type', text: w3c({ type: 'Note' }) },
  { name: 'annotation with a numeric body', text: w3c({ body: 42 }) },
  {
    name: 'annotation page of broken items',
    text: JSON.stringify({ type: 'AnnotationPage', items: [{ type: 'Annotation' }, 7] }),
  },
  {
    name: 'collection with a broken first page',
    text: JSON.stringify({
      type: 'AnnotationCollection',
      first: {
        type: 'AnnotationPage',
        items: [{ ...annotation, target: { source: 'ftp://x/y', selector: [] } }],
      },
    }),
  },
  {
    name: 'annotation with a hostile extension',
    text: w3c({ 'backstory:claim': { seenUrl: 'javascript:alert(1)' } }),
  },
);

beforeAll(async () => {
  db = await open();
  await saveClaim(db, stored);
});

describe('malformed import files', () => {
  it('has at least 200 of them', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
  });

  it.each(cases)('refuses $name with a located message and changes nothing', async ({ text }) => {
    const before = await snapshot(db);
    const outcome = await (async () => {
      try {
        const read = readImport(text);
        const plan = planImport(read, before.claims, before.relations);
        await importRecords(db, plan.write, plan.relations);
        return {
          written: plan.write.length,
          invalid: plan.preview.counts.invalid,
          located: plan.preview.problems.map((p) => p.path),
          message: 'preview',
        };
      } catch (error) {
        if (!(error instanceof ImportError)) throw error;
        return { written: 0, invalid: 1, located: error.issues.map((i) => i.path), message: error.message };
      }
    })();
    expect(outcome.written).toBe(0);
    expect(outcome.invalid).toBeGreaterThan(0);
    expect(outcome.message.length).toBeGreaterThan(5);
    const located = outcome.located;
    expect(located.length).toBeGreaterThan(0);
    for (const path of located) expect(path).toMatch(/\S/);
    expect(await snapshot(db)).toEqual(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
