/**
 * Import files carrying the hostile corpus: every payload comes back exactly as data; records
 * with addresses that are not http(s) (or only look it) are refused with the JSON path of the
 * problem; files that are not what they claim are refused where they go wrong.
 */
import { describe, expect, it } from 'vitest';
import { webUrlSchema } from '@/lib/claims/schema';
import { toAnnotation } from '@/lib/export/web-annotation';
import { planImport } from '@/lib/import/plan-whole';
import { ImportError, readImport } from '@/lib/import/read';
import { hostileBundle, hostileClaims, refusedClaims } from '../../fixtures/hostile/claims';
import { boundedPayloads, payload, payloads } from '../../fixtures/hostile/payloads';

const claims = hostileClaims();
const refused = refusedClaims(claims.length + 1);

describe('importing a Backstory file of hostile claims', () => {
  const read = readImport(JSON.stringify(hostileBundle(claims, refused)));

  it('reads every hostile claim back exactly, as data', () => {
    expect(read.claims).toEqual(claims);
    claims.forEach((claim, i) => {
      expect(claim.note).toBe(boundedPayloads[i]!.text);
      expect(claim.selectors.quote.exact).toBe(boundedPayloads[i]!.text);
    });
  });

  it('refuses each bad record with the JSON path of its problem', () => {
    expect(read.invalid.map((i) => i.path)).toEqual(refused.map((_, k) => `claims[${claims.length + k}]`));
    const unlocated = refused
      .map((r, k) => `claims[${claims.length + k}].${r.path}`)
      .filter((path, k) => !read.invalid[k]!.issues.some((i) => i.path === path));
    expect(unlocated).toEqual([]);
  });

  it('previews the import with counts and located problems before writing anything', () => {
    const plan = planImport(read, new Map(), new Map());
    expect(plan.preview.counts).toMatchObject({ new: claims.length, invalid: refused.length });
    expect(plan.write).toEqual(claims);
    expect(plan.preview.problems.some((p) => p.path === `claims[${claims.length}].url`)).toBe(true);
  });
});

describe('page addresses in imported files', () => {
  it('are refused unless http(s), without whitespace or control characters', () => {
    const accepted = (address: string) => webUrlSchema.safeParse(address).success;
    expect(payloads.filter((x) => x.category === 'url-scheme' && accepted(x.text)).map((x) => x.id)).toEqual(
      [],
    );
    const bad = [
      'https://hostile.example/\n<img src=x onerror=alert(1)>',
      'https://hostile.example/\tx',
      'https://hostile.example/ x',
      ' https://hostile.example/',
      'https://hostile.example/\u0000',
      'https://hostile.example/\u2028x',
      'http:/\n/hostile.example/',
    ];
    expect(bad.filter(accepted)).toEqual([]);
    const good = [
      'https://hostile.example/',
      'http://hostile.example:8080/a?b=c#d',
      'https://ur.example/%0A',
    ];
    expect(good.filter(accepted)).toEqual(good);
  });
});

describe('importing W3C annotations with hostile content', () => {
  it('keeps payload bodies as the note and tags, exactly', () => {
    const annotations = claims.map(toAnnotation);
    const read = readImport(JSON.stringify(annotations));
    expect(read.invalid).toEqual([]);
    expect(read.claims).toEqual(claims);
  });

  it('refuses targets that are not http(s) pages, at target.source', () => {
    for (const source of [
      payload('url-scheme/javascript'),
      payload('url-scheme/data-html'),
      payload('url-scheme/https-newline-link'),
    ]) {
      const annotation = {
        ...toAnnotation(claims[0]!),
        target: { ...toAnnotation(claims[0]!).target, source },
      };
      const read = readImport(JSON.stringify([annotation]));
      expect(read.claims).toEqual([]);
      expect(read.invalid[0]!.issues.map((i) => i.path)).toContain('[0].target.source');
    }
  });
});

describe('files that are not what they claim', () => {
  const refusal = (text: string) => {
    try {
      readImport(text);
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      return (error as ImportError).issues.map((i) => i.path);
    }
    throw new Error('accepted');
  };

  it('names where each goes wrong, never echoing markup as anything but text', () => {
    expect(refusal(payload('script-tag/script'))).toEqual(['$']);
    expect(refusal(JSON.stringify(payload('event-handler/img-onerror')))).toEqual(['$']);
    expect(refusal(JSON.stringify({ format: payload('script-tag/script') }))).toEqual(['format']);
    expect(
      refusal(
        JSON.stringify({ format: 'backstory-claims', formatVersion: payload('url-scheme/javascript') }),
      ),
    ).toEqual(['formatVersion']);
    expect(
      refusal(JSON.stringify({ ...hostileBundle([], []), exported: payload('csv-formula/hyperlink') })),
    ).toEqual(['exported']);
  });

  it('does not let prototype keys in a file pollute objects', () => {
    const text = `{"format":"backstory-claims","formatVersion":1,"exported":"2025-06-22T00:00:00.000Z","kbVersion":"","claims":[],"relations":[],"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}`;
    expect(refusal(text).length).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const inClaim = JSON.parse(JSON.stringify(hostileBundle(claims.slice(0, 1), []))) as { claims: object[] };
    const withProto = JSON.stringify(inClaim).replace('"id":', '"__proto__":{"polluted":true},"id":');
    const read = readImport(withProto);
    expect(read.claims).toEqual([]);
    expect(read.invalid[0]!.path).toBe('claims[0]');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
