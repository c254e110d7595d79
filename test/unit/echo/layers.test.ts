/**
 * The layered echo index finds what one index built afresh from the same entries finds, after
 * any claims are added, removed or changed, and keeps its base while few change.
 */
import { assert, integer, property, subarray, tuple } from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEchoes } from '@/lib/echo/find-echoes';
import { buildEchoIndex, prepareEntry, type PreparedEntry } from '@/lib/echo/index';
import { kbPhraseTable } from '@/lib/echo/kb-phrases';
import { findInLayers, layerIndex, MAX_LAYER } from '@/lib/echo/layers';
import { validatePack } from '@/lib/kb/validate-pack';
import { readSeedPack } from '../../../scripts/lib/seed-pack';

const checked = validatePack(readSeedPack().pack);
if (!checked.ok) throw new Error('the seed knowledge base does not validate');
const pack = checked.pack;
const table = kbPhraseTable(pack.entities);
const quotes = pack.claims.map((c) => ({ id: c.id, text: c.quote }));
const prepare = (entries: { id: string; text: string }[]) =>
  entries.flatMap((e) => prepareEntry(e, table) ?? []) as PreparedEntry[];
/** Each source's text: pages that repeat many quotes. */
const pages = pack.sources.map((s) => s.text);
const found = (hits: { id: string }[]) => hits.map((h) => h.id).toSorted();

describe('the layered echo index', () => {
  it('finds what a fresh index of the same entries finds (property)', () => {
    assert(
      property(
        tuple(
          subarray(quotes, { minLength: 20 }),
          subarray(quotes),
          integer({ min: 0, max: quotes.length - 1 }),
        ),
        ([first, later, changed]) => {
          const before = layerIndex(undefined, prepare(first));
          // Some kept, some new; one entry keeps its id with another quote's words.
          const now = [
            ...new Map([...first.slice(first.length >> 1), ...later].map((e) => [e.id, e])).values(),
          ];
          const swapped = now[changed % now.length]!;
          now[changed % now.length] = { id: swapped.id, text: quotes[(changed + 1) % quotes.length]!.text };
          const after = layerIndex(before, prepare(now));
          expect(after.base).toBe(before.base);
          const fresh = buildEchoIndex(now, table);
          for (const page of pages)
            expect(found(findInLayers(after, page, table))).toEqual(found(findEchoes(fresh, page, table)));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('rebuilds its base once more than MAX_LAYER entries changed', () => {
    const few = prepare(quotes.slice(0, 10));
    const before = layerIndex(undefined, few);
    const many = Array.from({ length: MAX_LAYER + 1 }, (_, i) => ({
      ...few[i % few.length]!,
      id: `copy-${i}`,
    }));
    const after = layerIndex(before, [...few, ...many]);
    expect(after.base).not.toBe(before.base);
    expect(after.layer.ids).toEqual([]);
    expect(after.base.ids).toHaveLength(few.length + many.length);
  });
});
