/**
 * The W3C's own JSON Schema assertions for the Web Annotation Data Model (vendored in
 * test/fixtures/w3c-web-annotation-tests, with their licence), run with a draft-04 validator: every MUST assertion for
 * annotations, annotation collections and annotation pages must hold for what Backstory exports.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats';
import { iriToUri } from '@/lib/export/iri';
import { readImport } from '@/lib/import/read';
import { relationId } from '@/lib/claims/schema';
import { assert, property } from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toAnnotation, toAnnotationCollection } from '@/lib/export/web-annotation';
import { projectRoot } from '../../../scripts/lib/build';
import { savedClaim } from '../claims/claim-fixture';
import { savedClaimArbitrary } from './arbitrary';

const suite = resolve(projectRoot, 'test/fixtures/w3c-web-annotation-tests');

interface Assertion {
  id: string;
  assertionType: string;
  expectedResult: 'valid' | 'invalid';
  errorMessage?: string;
}

function loadSuite() {
  const ajv = new Ajv({ allErrors: false, strict: false, validateSchema: false });
  addFormats(ajv);
  // The suite writes "format": "uri" where the model says IRI (draft-04 has no "iri"): an
  // address passes when the URI that RFC 3987 §3.1 maps it to is a valid URI. The mapping only
  // encodes non-ASCII characters, so anything an IRI forbids in ASCII still fails.
  const uri = fullFormats.uri as (value: string) => boolean;
  ajv.addFormat('uri', (value: string) => uri(iriToUri(value)));
  for (const name of readdirSync(join(suite, 'definitions'))) {
    ajv.addSchema(JSON.parse(readFileSync(join(suite, 'definitions', name), 'utf8')) as object);
  }
  const musts = (testFile: string) => {
    const test = JSON.parse(readFileSync(join(suite, testFile), 'utf8')) as { assertions: string[] };
    return test.assertions.map((path) => {
      const schema = JSON.parse(readFileSync(join(suite, path), 'utf8')) as Assertion;
      expect(schema.assertionType).toBe('must');
      return { path, schema, validate: ajv.compile(schema) };
    });
  };
  return {
    annotation: musts('annotations/annotationMusts.test'),
    collection: musts('collections/collectionMusts.test'),
    page: musts('collections/pages/pageMusts.test'),
  };
}

/** The assertions an object fails, as "path: message". */
function failures(assertions: ReturnType<typeof loadSuite>['annotation'], value: unknown): string[] {
  return assertions.flatMap(({ path, schema, validate }) => {
    const valid = validate(value) as boolean;
    return valid === (schema.expectedResult === 'valid') ? [] : [`${path}: ${schema.errorMessage ?? ''}`];
  });
}

describe('W3C Web Annotation conformance (MUST assertions)', () => {
  it('has the W3C test suite to run', () => {
    // The suite ships with the workspace; CI clones beside it. Without it this test must fail loudly.
    expect(existsSync(join(suite, 'annotations/annotationMusts.test'))).toBe(true);
  });

  const tests = existsSync(suite) ? loadSuite() : undefined;

  it('runs every MUST assertion the suite lists', () => {
    expect(tests!.annotation.length).toBeGreaterThan(50);
    expect(tests!.collection.length).toBeGreaterThan(5);
    expect(tests!.page.length).toBeGreaterThan(5);
  });

  it('exports annotations that pass every MUST assertion', () => {
    const claims = [savedClaim(), savedClaim({ note: '', tags: [], entities: [], label: 'disputed' })];
    for (const claim of claims) expect(failures(tests!.annotation, toAnnotation(claim))).toEqual([]);
  });

  it('passes for any claim, hostile text included (property)', () => {
    assert(
      property(savedClaimArbitrary, (claim) => {
        expect(failures(tests!.annotation, toAnnotation(claim))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('exports collections and pages that pass every MUST assertion', () => {
    const claims = Array.from({ length: 230 }, (_, i) =>
      savedClaim({ id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` }),
    );
    const collection = toAnnotationCollection(claims, 'urn:uuid:11111111-2222-4333-8444-555555555555');
    expect(failures(tests!.collection, collection)).toEqual([]);
    expect(failures(tests!.page, collection.first)).toEqual([]);
    expect(collection.first.items).toHaveLength(230);
    for (const annotation of collection.first.items)
      expect(failures(tests!.annotation, annotation)).toEqual([]);
    expect(collection.total).toBe(230);
  });

  it('can fail: a broken annotation is caught', () => {
    const broken = {
      ...toAnnotation(savedClaim()),
      '@context': 'http://example.org/other',
      created: 'yesterday',
    };
    expect(failures(tests!.annotation, broken).length).toBeGreaterThanOrEqual(2);
  });

  const addresses = [
    'https://news.example/search?q=a|b',
    'https://news.example/a^b?x=^',
    'https://news.example/list?ids[]=1&ids[]=2',
    'https://news.example/100%',
    'https://news.example/a%zz?b=%',
    'https://news.example/say?q="quoted"',
    'https://news.example/\u202Eevil\u202C?q=\u200F',
    'https://news.example/caf\u00E9/\u0645\u0642\u0627\u0644?\u00FC=1#s\u00E9c',
    'https://[2001:db8::1]:8443/a[1]#x#y',
    'https://news.example/{a}/`b`/<c>/\\d',
  ];

  it('exports valid IRIs for everyday and hostile addresses, and keeps the address exactly', () => {
    const claims = addresses.map((url, i) =>
      savedClaim({ id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, url, seenUrl: url }),
    );
    const relation = {
      id: relationId({ kind: 'saved', id: claims[0]!.id }, { kind: 'saved', id: claims[1]!.id }),
      from: { kind: 'saved' as const, id: claims[0]!.id },
      to: { kind: 'saved' as const, id: claims[1]!.id },
      relation: 'conflict' as const,
      created: '2025-06-21T00:00:00.000Z',
    };
    const collection = toAnnotationCollection(
      claims,
      'urn:uuid:11111111-2222-4333-8444-555555555555',
      new Date(),
      [relation],
    );
    for (const annotation of collection.first.items as { id: string }[])
      expect({ id: annotation.id, failures: failures(tests!.annotation, annotation) }).toEqual({
        id: annotation.id,
        failures: [],
      });
    expect(failures(tests!.collection, collection)).toEqual([]);
    expect(failures(tests!.page, collection.first)).toEqual([]);
    const back = readImport(JSON.stringify(collection));
    expect(back.invalid).toEqual([]);
    expect(back.claims).toEqual(claims);
    expect(back.relations).toEqual([relation]);
  });

  it('can fail: a raw address with | is caught', () => {
    const annotation = toAnnotation(savedClaim());
    const raw = { ...annotation, target: { ...annotation.target, source: 'https://news.example/?q=a|b' } };
    expect(failures(tests!.annotation, raw).length).toBeGreaterThan(0);
  });
});
