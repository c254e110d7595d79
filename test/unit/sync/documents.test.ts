/** Documents from a team server are checked with the import schemas; each refusal says why. */
import { describe, expect, it } from 'vitest';
import { readCouchDoc, toCouchDoc } from '@/lib/sync/documents';
import { childOf } from '@/lib/sync/revisions';
import { savedClaim } from '../claims/claim-fixture';

const claim = savedClaim();
const id = `claim:${claim.id}`;
const valid = { _id: id, _rev: '1-abc', backstory: 1, type: 'claim', claim };

describe('documents on the server', () => {
  it('round-trips a claim through the format Backstory stores', () => {
    const leaf = childOf(undefined, { deleted: false, body: { type: 'claim' as const, claim } });
    const doc = toCouchDoc(id, leaf);
    const read = readCouchDoc(doc);
    expect(read).toEqual({
      kind: 'leaf',
      id,
      // Its size is what keeping it costs (lib/background/sync/limits.ts).
      leaf: {
        rev: leaf.rev,
        history: [],
        deleted: false,
        body: { type: 'claim', claim },
        size: JSON.stringify(doc).length,
      },
    });
  });

  it('reads a deletion without a body', () => {
    const doc = { _id: id, _rev: '2-def', _deleted: true, _revisions: { start: 2, ids: ['def', 'abc'] } };
    expect(readCouchDoc(doc)).toEqual({
      kind: 'leaf',
      id,
      leaf: { rev: '2-def', history: ['1-abc'], deleted: true, size: JSON.stringify(doc).length },
    });
  });

  it('skips design documents without complaint', () => {
    expect(readCouchDoc({ _id: '_design/app', _rev: '1-a', views: {} }).kind).toBe('skip');
  });

  const refusals: [string, unknown, RegExp][] = [
    ['not an object', ['x'], /not a JSON object/],
    ['a bad revision', { ...valid, _rev: 'x' }, /_rev: is not a CouchDB revision/],
    [
      'someone else’s data',
      { _id: 'x', _rev: '1-a', hello: 1 },
      /not a claim or relation shared by Backstory/,
    ],
    [
      'a javascript: address',
      { ...valid, claim: { ...claim, url: 'javascript:alert(1)' } },
      /^claim\.url: must be an http\(s\) URL/,
    ],
    ['an unknown field', { ...valid, claim: { ...claim, onload: 'x' } }, /^claim: Unrecognized key/],
    ['a mismatched id', { ...valid, _id: 'claim:other' }, /id does not match/],
    ['a huge note', { ...valid, claim: { ...claim, note: 'x'.repeat(250_000) } }, /larger than any claim/],
    [
      'history that contradicts the revision',
      { ...valid, _revisions: { start: 5, ids: ['abc'] } },
      /history does not match/,
    ],
    ['an unknown kind', { ...valid, type: 'script' }, /^type: /],
  ];
  for (const [what, doc, reason] of refusals) {
    it(`refuses ${what}, saying why`, () => {
      const read = readCouchDoc(doc);
      expect(read.kind).toBe('refused');
      expect(read.kind === 'refused' && read.reason).toMatch(reason);
    });
  }
});
