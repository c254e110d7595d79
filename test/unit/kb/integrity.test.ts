import { describe, expect, it } from 'vitest';
import { validatePack } from '@/lib/kb/validate-pack';
import type { KnowledgePack } from '@/lib/kb/schema';
import { miniPack } from './mini-pack';

/** Validates a copy of the mini pack after `breakIt` changes it, and returns the issue paths. */
function problems(breakIt: (pack: KnowledgePack) => void): string[] {
  const pack = structuredClone(miniPack());
  breakIt(pack);
  const result = validatePack(pack);
  return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
}

describe('knowledge pack integrity', () => {
  it('accepts the valid mini pack', () => {
    expect(validatePack(miniPack())).toMatchObject({ ok: true });
  });

  it('catches a quote that is not verbatim at its offsets', () => {
    expect(problems((p) => (p.claims[1]!.quote = 'Pakistan praised the ceasefirE.'))).toEqual([
      expect.stringMatching(/^claims\[1\]\.quote: quote does not occur verbatim/),
    ]);
    expect(
      problems((p) => {
        p.claims[1]!.start += 1;
        p.claims[1]!.end += 1;
      }),
    ).toEqual([expect.stringMatching(/^claims\[1\]\.quote: quote is not at/)]);
  });

  it('catches offsets that disagree with the quote length through the schema', () => {
    expect(problems((p) => (p.claims[0]!.end -= 1))).toEqual([
      expect.stringMatching(/^claims\[0\]\.end: end - start/),
    ]);
  });

  it('catches references that do not resolve', () => {
    expect(problems((p) => (p.claims[0]!.about = ['nobody']))).toContainEqual(
      expect.stringMatching(/^claims\[0\]\.about\[0\]: unknown entity "nobody"/),
    );
    expect(problems((p) => (p.entities[0]!.summaryClaims = ['no-claim']))).toContainEqual(
      expect.stringMatching(/^entities\[0\]\.summaryClaims\[0\]: unknown claim/),
    );
    expect(problems((p) => (p.entities[0]!.related[0]!.target = 'elsewhere'))).toContainEqual(
      expect.stringMatching(/^entities\[0\]\.related\[0\]\.target: unknown entity/),
    );
    expect(problems((p) => (p.claims[0]!.source = 'nowhere'))).toContainEqual(
      expect.stringMatching(/^claims\[0\]\.source: unknown source/),
    );
    expect(
      problems((p) => ((p.entities[2] as { participants: string[] }).participants = ['ghost'])),
    ).toContainEqual(expect.stringMatching(/^entities\[2\]\.participants\[0\]: unknown entity/));
  });

  it('requires a summary to rest on claims about the entity', () => {
    expect(problems((p) => (p.entities[1]!.summaryClaims = ['mini-c3']))).toContainEqual(
      expect.stringMatching(
        /^entities\[1\]\.summaryClaims\[0\]: claim "mini-c3" is not about "mini-pakistan"/,
      ),
    );
    expect(problems((p) => (p.entities[1]!.summaryClaims = []))).toContainEqual(
      expect.stringMatching(/^entities\[1\]\.summaryClaims/),
    );
  });

  it('requires every entity to have a claim', () => {
    expect(problems((p) => (p.claims[1]!.about = ['mini-munir']))).toContainEqual(
      expect.stringMatching(/^entities\[1\]\.id: entity "mini-pakistan" has no claim/),
    );
  });

  it('refuses an alias shared by two entities unless both are marked ambiguous with a rule', () => {
    const shared = (pack: KnowledgePack) =>
      pack.entities[1]!.aliases.push({
        text: 'munir',
        caseSensitive: false,
        needsContext: null,
        confusables: [],
        origin: 'seed',
      });
    expect(problems(shared)).toEqual([
      expect.stringMatching(/^entities\[0\]\.aliases\[0\]: alias "munir" is shared with "mini-pakistan"/),
      expect.stringMatching(/^entities\[1\]\.aliases\[1\]: alias "munir" is shared with "mini-munir"/),
    ]);
    expect(
      problems((p) => {
        shared(p);
        p.entities[0]!.aliases[0]!.ambiguous = { rule: 'the person when a person is named nearby' };
        p.entities[1]!.aliases[1]!.ambiguous = { rule: 'the state otherwise' };
      }),
    ).toEqual([]);
  });

  it('refuses confusables that do not contain their alias', () => {
    expect(problems((p) => (p.entities[0]!.aliases[0]!.confusables = ['Nawaz Sharif']))).toEqual([
      expect.stringMatching(/^entities\[0\]\.aliases\[0\]\.confusables\[0\]: confusable "Nawaz Sharif"/),
    ]);
  });

  it('requires metadata evidence to be verbatim or "not stated"', () => {
    expect(
      problems((p) => (p.sources[0]!.outlet = { value: 'Dawn', evidence: 'the masthead says Dawn' })),
    ).toEqual([
      'sources[0].outlet.evidence: evidence must be a verbatim excerpt of the source or start with "not stated"',
    ]);
  });

  it('catches duplicate ids and labels', () => {
    expect(problems((p) => p.claims.push({ ...p.claims[0]! }))).toContainEqual(
      expect.stringMatching(/^claims\[3\]\.id: duplicate id "mini-c1"/),
    );
    expect(problems((p) => (p.entities[1]!.label = 'Mini Munir'))).toContainEqual(
      expect.stringMatching(/^entities\[1\]\.label: label "Mini Munir" is also used/),
    );
  });

  it('reports schema problems with JSON paths', () => {
    const result = validatePack({ ...miniPack(), claims: [{ ...miniPack().claims[0], status: 'rumour' }] });
    expect(result).toMatchObject({
      ok: false,
      issues: [expect.objectContaining({ path: 'claims[0].status' })],
    });
    const events = validatePack({
      ...miniPack(),
      entities: [{ ...miniPack().entities[2], date: { on: '2025-13-01', claims: ['mini-c1'] } }],
    });
    expect(events).toMatchObject({
      ok: false,
      issues: expect.arrayContaining([
        expect.objectContaining({ path: expect.stringMatching(/^entities\[0\]\.date/) }),
      ]),
    });
  });

  it('lets a pack refer to installed entities but not redefine them', () => {
    const pack = structuredClone(miniPack());
    pack.claims[1]!.about.push('asim-munir');
    const installed = {
      entities: new Set(['asim-munir']),
      claims: new Set<string>(),
      sources: new Set<string>(),
    };
    expect(validatePack(pack, installed)).toMatchObject({ ok: true });
    const clash = {
      entities: new Set(['mini-munir']),
      claims: new Set<string>(),
      sources: new Set<string>(),
    };
    expect(validatePack(miniPack(), clash)).toMatchObject({
      ok: false,
      issues: expect.arrayContaining([
        expect.objectContaining({ message: expect.stringMatching(/already installed/) }),
      ]),
    });
  });
});
