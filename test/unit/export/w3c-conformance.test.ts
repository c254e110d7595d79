/**
 * The W3C's own JSON Schema assertions for the Web Annotation Data Model (vendored in
 * test/fixtures/w3c-web-annotation-tests, with their licence), run with a draft-04 validator: every MUST assertion for
 * annotations, annotation collections and annotation pages must hold for what Backstory exports.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
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
});
