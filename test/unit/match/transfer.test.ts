import { describe, expect, it } from 'vitest';
import { compileDictionary } from '@/lib/match/compile-dictionary';
import { serializeDictionary } from '@/lib/match/serialize';
import { assembleMatcher, splitMatcher } from '@/lib/match/transfer';
import type { MatchEntity } from '@/lib/match/from-kb';

const specs = Array.from({ length: 3000 }, (_, i) => ({
  text: `Name${i} Person${i % 97}`,
  entity: i % 1200,
  caseSensitive: i % 5 === 0,
  needsContext: i % 7 === 0 ? ('surname' as const) : null,
}));
const entities: MatchEntity[] = Array.from({ length: 1200 }, (_, i) => ({
  id: `e-${i}`,
  label: `Entity ${i}`,
  kind: 'person',
  support: i % 3 ? [i - 1] : [],
}));

function assemble(manifest: Parameters<typeof assembleMatcher>[0], pieces: string[]) {
  const steps = assembleMatcher(manifest, pieces);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

describe('the matcher in pieces', () => {
  it('comes back exactly as it was sent, however small the pieces', () => {
    const dictionary = compileDictionary(specs);
    for (const size of [64, 1000, 1 << 20]) {
      const { manifest, pieces } = splitMatcher('v1', serializeDictionary(dictionary), entities, size);
      expect(
        pieces.every((p) => p.length <= Math.max(size, JSON.stringify(entities.slice(0, 2000)).length)),
      ).toBe(true);
      const back = assemble(manifest, pieces);
      expect(back.entities).toEqual(entities);
      expect(back.dictionary).toEqual(dictionary);
    }
  });

  it('sends a small matcher as one piece (each message costs the page a round trip)', () => {
    const { manifest, pieces } = splitMatcher('v1', serializeDictionary(compileDictionary(specs)), entities);
    expect(pieces).toHaveLength(1);
    expect(manifest.pieces).toBe(1);
    expect(assemble(manifest, pieces).entities).toEqual(entities);
  });

  it('refuses an incomplete set of pieces', () => {
    const { manifest, pieces } = splitMatcher(
      'v1',
      serializeDictionary(compileDictionary(specs)),
      entities,
      500,
    );
    expect(() => assemble(manifest, pieces.slice(1))).toThrow(/incomplete/);
  });
});
