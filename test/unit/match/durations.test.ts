import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { durationAtEnd, isDuration } from '@/lib/match/durations';
import { pairNamed } from '@/lib/match/pair-words';

// The patterns they replace (main 4eb9bef: phrase-words.ts DURATION, event-phrase.ts DURATION_OF).
const DURATION =
  /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)-(?:day|days|hour|week|month|year|decade)s?(?:-long)?$/;
const DURATION_OF =
  /(?<![\p{L}\p{N}])(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)[ -](day|week|month|year|decade)s? $/u;

const RUNS = 50_000;
const pieces = (
  'one two three ten eleven seven twenty twelve One someone 1 12 007 ٣ x é 𝐀 2x day days dayss Day hour hours week weeks ' +
  'month months year years decade decades decadess long -long of the'
).split(' ');
const text = fc
  .array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom('', ' ', '-', '--', '  ')), { maxLength: 5 })
  .map((pairs) => pairs.map(([p, g]) => p + g).join(''));

describe('durations', () => {
  it('isDuration agrees with the pattern it replaces', () => {
    let matched = 0;
    fc.assert(
      fc.property(text, (t) => {
        const word = t.trim();
        expect({ word, read: isDuration(word) }).toEqual({ word, read: DURATION.test(word) });
        if (DURATION.test(word)) matched++;
      }),
      { numRuns: RUNS, seed: 19 },
    );
    expect(matched).toBeGreaterThan(RUNS / 1000);
  });

  it('durationAtEnd finds the span, count and unit the old pattern found', () => {
    let matched = 0;
    fc.assert(
      fc.property(text, (t) => {
        const m = DURATION_OF.exec(t);
        const expected = m ? { span: m[0], count: m[1], unit: m[2] } : undefined;
        expect({ t, read: durationAtEnd(t) }).toEqual({ t, read: expected });
        if (m) matched++;
      }),
      { numRuns: RUNS, seed: 19 },
    );
    expect(matched).toBeGreaterThan(RUNS / 1000);
  });

  it('reads the examples', () => {
    expect(isDuration('four-day')).toBe(true);
    expect(isDuration('12-day-long')).toBe(true);
    expect(isDuration('Four-day')).toBe(false);
    expect(durationAtEnd('after four days ')).toEqual({ span: 'four days ', count: 'four', unit: 'day' });
    expect(durationAtEnd('someone days ')).toBeUndefined();
  });
});

describe('pairNamed', () => {
  // The pattern it replaces (main 4eb9bef: event-phrase-right.ts PAIR).
  const PAIR =
    /^between (?:the |both )?(?:two )?(?:[a-z-]+ ){0,2}(?:(countries|nations|rivals|capitals)|(neighbou?rs)|(leaders|premiers|presidents)|(generals|chiefs|commanders)|(men|sides))$/;
  // Neighbours are a pair of states that border each other (#13's twenty-first events pass).
  const kindOf = (m: RegExpExecArray | null) =>
    !m ? undefined : m[1] ? 'state' : m[2] ? 'neighbours' : m[3] ? 'leader' : m[4] ? 'military' : 'person';
  const words = (
    'between Between the both two The nuclear-armed rival old - x2 é countries nations neighbours neighbors neighbourss ' +
    'rivals capitals leaders premiers presidents generals chiefs commanders men sides them'
  ).split(' ');
  it('agrees with the pattern it replaces', () => {
    let matched = 0;
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { maxLength: 7 }),
        fc.constantFrom('', ' ', 'between '),
        (list, lead) => {
          const w = lead + list.join(' ');
          expect({ w, read: pairNamed(w) }).toEqual({ w, read: kindOf(PAIR.exec(w)) });
          if (PAIR.test(w)) matched++;
        },
      ),
      { numRuns: RUNS, seed: 19 },
    );
    expect(matched).toBeGreaterThan(RUNS / 1000);
  });
});
