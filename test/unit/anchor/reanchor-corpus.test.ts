/**
 * Re-anchoring on pages nobody here wrote: test/reanchor-corpus/ holds articles as a reader first
 * saw them and as they read when the reader came back (updated, corrected, redesigned, cut), with
 * the passages the reader marked and where each must be found — written and decided by a helper
 * who never saw the re-anchoring code or its output (its README). The table is printed on every
 * run (`REANCHOR_ERRORS=1` lists every claim not found where it should be); the figures measured
 * when the corpus was added are floors, so no later change can lose ground.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scoreCase, summarise, type ClaimResult, type CorpusClaim } from './reanchor-corpus-score';

const root = join(import.meta.dirname, '../../reanchor-corpus/cases');
const cases = existsSync(root) ? readdirSync(root).toSorted() : [];
const results: (ClaimResult & { name: string })[] = [];

/**
 * Measured when the corpus was added (rounded down), then raised: found 0.897 → 0.907 once a quote is
 * looked for through what a site put inside it, and every placement without a doubt flag right
 * once a few words with no neighbour left are flagged (before: 0.988). Raise them as it improves.
 */
const FLOORS = { recall: 0.906, precision: 0.988, confidentPrecision: 1, orphansRight: 0.933 };

describe('re-anchoring on the blind corpus of changed pages', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(0));

  for (const name of cases) {
    it(`places the claims of ${name}`, () => {
      const read = (file: string) => readFileSync(join(root, name, file), 'utf8');
      const { claims } = JSON.parse(read('claims.json')) as { claims: CorpusClaim[] };
      const scored = scoreCase(read('before.html'), read('after.html'), claims);
      results.push(...scored.map((r) => ({ ...r, name })));
      expect(scored).toHaveLength(claims.length);
    });
  }

  it('keeps the figures measured when the corpus was added', () => {
    const figures = summarise(results);
    expect(figures.claims).toBeGreaterThan(0);
    const short = Object.entries(FLOORS).filter(([key, min]) => figures[key as keyof typeof FLOORS] < min);
    expect(short).toEqual([]);
  });

  afterAll(() => {
    if (results.length === 0) return;
    const s = summarise(results);
    const lines = [
      `Re-anchoring on the blind corpus (${cases.length} cases, ${s.claims} claims): found where the passage still is ${s.recall.toFixed(3)}, placed on the right words ${s.precision.toFixed(3)} (unflagged ${s.confidentPrecision.toFixed(3)}), gone passages left as orphans ${s.orphansRight.toFixed(3)}`,
      ...Object.entries(s.byExpectation).map(
        ([e, t]) => `  ${e.padEnd(8)} ${t.right}/${t.n} right, ${t.doubtful} flagged doubtful`,
      ),
    ];
    if (process.env.REANCHOR_ERRORS)
      for (const wrong of results.filter((r) => r.outcome !== 'right'))
        lines.push(
          `  ${wrong.name} ${wrong.claim.id} (${wrong.claim.expect}): ${wrong.outcome}${wrong.found ? ` on "${wrong.found.replaceAll(/\s+/g, ' ')}"` : ''} — ${wrong.claim.why ?? ''}`,
        );
    console.log(lines.join('\n'));
  });
});
