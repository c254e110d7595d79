/**
 * The passage index, on the seed knowledge base's quotes: a quote is found under the edits a
 * repeating outlet makes (quotation marks, case, a changed word, abbreviations, sentences split
 * differently, surrounding text), and text that does not repeat it finds nothing.
 */
import { assert, boolean, constantFrom, integer, property, record, subarray, tuple } from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEchoes } from '@/lib/echo/find-echoes';
import { buildEchoIndex } from '@/lib/echo/index';
import { kbPhraseTable } from '@/lib/echo/kb-phrases';
import { termsOf } from '@/lib/echo/terms';
import { validatePack } from '@/lib/kb/validate-pack';
import { readSeedPack } from '../../../scripts/lib/seed-pack';

const result = validatePack(readSeedPack().pack);
if (!result.ok) throw new Error('the seed knowledge base does not validate');
const pack = result.pack;
const table = kbPhraseTable(pack.entities);
const quotes = pack.claims.filter((c) => termsOf(c.quote, table).length >= 8);
const index = buildEchoIndex(
  pack.claims.map((c) => ({ id: c.id, text: c.quote })),
  table,
);
/** Prose from the sources that is no quote: filler around an echo. */
const filler = [
  'Markets in Karachi closed higher on Tuesday as traders weighed the budget.',
  'The weather office forecast rain across Punjab later this week.',
  'Cricket fans packed the stadium for the final of the domestic season.',
];

const REPLACEMENTS = ['notably', 'reportedly', 'also', 'then', 'once again'];

/** A quote as another outlet might print it. */
const edited = (quote: string) =>
  record({
    marks: constantFrom(['', ''], ['"', '"'], ['“', '”'], ['‘', '’']),
    lowercase: boolean(),
    change: integer({ min: 0, max: 1000 }),
    changeWith: constantFrom(...REPLACEMENTS),
    split: constantFrom('none', 'period', 'semicolon', 'newline'),
    before: subarray(filler, { maxLength: 2 }),
    after: subarray(filler, { maxLength: 2 }),
  }).map((e) => {
    const words = quote.split(/\s+/);
    // One word in twelve changed, at most two changes.
    const changes = Math.min(2, Math.floor(words.length / 12));
    for (let c = 0; c < changes; c++) {
      const at = (e.change + c * 7) % words.length;
      words[at] = e.changeWith;
    }
    let text = words.join(' ');
    // Case changes, acronyms aside ("imf" is no way to write the IMF).
    if (e.lowercase)
      text = text.replace(/\b([A-Z])([a-z]+)/g, (_, a: string, b: string) => a.toLowerCase() + b);
    text = text
      .replace(/\bUnited Nations\b/g, 'UN')
      .replace(/\bUnited States\b/g, 'U.S.')
      .replace(/\bUS\b/g, 'United States');
    if (e.split !== 'none') {
      const mid = text.indexOf(' ', Math.floor(text.length / 2));
      const sep = e.split === 'period' ? '. ' : e.split === 'semicolon' ? '; ' : '\n';
      if (mid > 0) text = `${text.slice(0, mid)}${sep}${text.slice(mid + 1)}`;
    }
    return { text: [...e.before, `${e.marks[0]}${text}${e.marks[1]}`, ...e.after].join(' '), edits: e };
  });

describe('the echo index', () => {
  it('indexes the seed quotes compactly', () => {
    expect(index.ids.length).toBeGreaterThan(150);
    expect(index.postings.length).toBeLessThan(index.ids.length * 120);
  });

  it('finds a quote under the allowed edits (property)', () => {
    assert(
      property(
        constantFrom(...quotes).chain((q) => tuple(constantFrom(q), edited(q.quote))),
        ([claim, page]) => {
          const hits = findEchoes(index, page.text, table);
          const hit = hits.find((h) => h.id === claim.id);
          expect(hit, `${claim.id} in ${JSON.stringify(page.text)}`).toBeDefined();
          // The passage found is the repeated quote, not the filler around it.
          const { start, end } = hit!;
          expect(filler.filter((f) => page.text.slice(start, end).indexOf(f) >= 0)).toEqual([]);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('finds nothing in the same words in reverse order (property)', () => {
    assert(
      property(constantFrom(...quotes), (claim) => {
        // The pairs and the order that carry meaning are gone; the words are all there.
        const reversed = claim.quote.split(/\s+/).toReversed().join(' ');
        const hits = findEchoes(index, [...filler, reversed].join(' '), table);
        expect(hits.filter((h) => h.id === claim.id)).toEqual([]);
      }),
      { numRuns: 300 },
    );
    expect(findEchoes(index, filler.join(' '), table)).toEqual([]);
  });

  it('finds each source’s own quotes in it, and no other source’s', () => {
    const sourceOf = new Map(pack.claims.map((c) => [c.id, c.source]));
    for (const source of pack.sources) {
      const hits = findEchoes(index, source.text, table);
      const own = new Set(hits.filter((h) => sourceOf.get(h.id) === source.id).map((h) => h.id));
      const indexed = new Set(index.ids);
      const expected = pack.claims.filter((c) => c.source === source.id && indexed.has(c.id));
      expect(own.size / expected.length).toBeGreaterThan(0.9);
      expect(hits.filter((h) => sourceOf.get(h.id) !== source.id).map((h) => h.id)).toEqual([]);
    }
  });

  it('reads abbreviations, quotation marks and possessives alike', () => {
    const keys = (t: string) => termsOf(t, table).map((x) => x.key);
    expect(keys('the United Nations’ envoy')).toEqual(keys('"the UN envoy"'));
    expect(keys('U.S. officials')).toEqual(keys('United States officials'));
    // "us" the pronoun is not the United States.
    expect(keys('told us')).not.toEqual(keys('told US'));
  });
});
